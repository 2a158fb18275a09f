// readability: the SMOG reading grade of the document and of each top-level
// section, always given as a figure; a warning where it passes the threshold (Mainstream).
import { defineRule } from '../rule';
import { documentSpan } from '../rule-helpers';
import { figuresFromRuns, smogRuns, type SmogRun } from '../words/smog';

interface Options {
  maxGrade: number;
  minSentences: number;
}

export default defineRule<Options, SmogRun[]>({
  meta: {
    id: 'readability',
    description: 'The SMOG reading grade of the document and of each top-level section, with a warning where it is above 14.',
    defaultSeverity: 'info',
    category: 'writing',
    fixable: false,
    quality: 'mainstream',
    options: {
      maxGrade: { type: 'number', minimum: 6, maximum: 25, default: 14, description: 'SMOG grade above which a section or the document is reported. NHS guidance: above 14, most readers struggle.' },
      minSentences: { type: 'integer', minimum: 1, maximum: 200, default: 10, description: 'Sections (and documents) with fewer sentences than this are too short to grade reliably and are not reported.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance asks for a mainstream strategy that people can digest and remember. SMOG is the readability measure the NHS uses for written information: it estimates the years of education a reader needs, from the share of words of three or more syllables. Above about 14, most adults struggle, and a strategy that staff and patients cannot read will not be owned by them.',
      good: 'A grade of 14 or below for the document and for each section, with short sentences and everyday words. The figure is a guide, not a pass mark: read the section aloud and ask whether a member of staff new to the topic would follow it.',
      before: 'Comprehensive interoperability capabilities will facilitate organisational integration, enabling transformational improvements in operational productivity.',
      after: 'Our systems will share information, so staff spend less time chasing results and more time with patients.',
      fix: 'Use shorter words and sentences: see the words-to-avoid, plain-words and sentence-length findings for the places to start. Headings and list items are scored as sentences, as if each ended with a full stop.',
    },
  },
  scan(chunk) {
    // SMOG's counts per heading; which top-level section a heading falls in is for `check`.
    return smogRuns(chunk);
  },
  check(ctx) {
    const { doc, options } = ctx;
    const figures = figuresFromRuns(doc, ctx.scanned);
    const d = figures.document;
    if (d.sentences === 0) return;
    const docSpan = documentSpan(doc);
    // Too short to grade, so no evidence either way (a one-word document is not "mainstream").
    if (d.sentences < options.minSentences) return;
    if (d.grade > options.maxGrade) {
      ctx.report({
        span: docSpan,
        message: `The document's SMOG reading grade is ${d.grade} (${d.polysyllables} long words over ${d.sentences} sentences). Above ${options.maxGrade}, most readers struggle${ctx.profile === 'nhs' ? ', by NHS guidance on written information' : ''}.`,
        data: { grade: d.grade, scope: 'document' },
      });
    } else {
      ctx.evidence(docSpan, `SMOG reading grade ${d.grade} for the document`);
    }
    for (const s of figures.sections) {
      if (s.grade.sentences < options.minSentences || s.grade.grade <= options.maxGrade) continue;
      ctx.report({
        span: doc.sections[s.section].heading.span,
        message: `This section's SMOG reading grade is ${s.grade.grade} (the document's is ${d.grade}). Above ${options.maxGrade}, most readers struggle: use shorter words and sentences.`,
        data: { grade: s.grade.grade, scope: 'section' },
      });
    }
  },
});
