// document-length: a long strategy with no summary section (Mainstream).
// The quick fix inserts a summary skeleton before the first section.
import { sectionsOfKind } from '../model';
import { SectionMatcher } from '../sections';
import { sectionSkeleton } from '../fixes';
import { defineRule } from '../rule';
import { documentSpan } from '../rule-helpers';
import type { Doc } from '../model';
import type { Words } from '../profile-choice';
import type { Fix } from '../types';

const BROKEN_HEADING = /^ {0,3}#{1,6}([^\s#][^\r\n]{0,80})$/gm;
const MATCHER = new SectionMatcher();

interface Options {
  maxWords: number;
}

export default defineRule<Options>({
  meta: {
    id: 'document-length',
    description: 'A strategy of over 6,000 words with no summary section.',
    defaultSeverity: 'warning',
    fixable: true,
    quality: 'mainstream',
    options: {
      maxWords: { type: 'integer', minimum: 100, maximum: 1_000_000, default: 6000, description: 'Documents with more words than this need a summary section.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance says a good strategy is mainstream: short and clear enough for people to digest and remember, not a long document that sits on a shelf. A long strategy can still work if it opens with a summary that a board member, a clinician or a patient can read in a few minutes.',
      good: 'A strategy short enough to read in one sitting, or one that opens with a summary of a page or less: what will be different, by when, and the few things that come first.',
      before: '# Digital strategy\n\n## Context\n\n(8,000 words follow, with no summary.)',
      after: '# Digital strategy\n\n## Summary\n\nBy 2028 every patient will ... The first three things we will do are ...\n\n## Context\n\n...',
      fix: 'The quick fix inserts a "Summary" section before the first section, with a prompt to replace. Headings such as "Executive summary", "At a glance" or "Overview" also count. Better still, cut the document: move detail into appendices or supporting plans.',
    },
  },
  check(ctx) {
    const { doc, options } = ctx;
    if (doc.words <= options.maxWords) return;
    const summaries = sectionsOfKind(doc, 'summary');
    if (summaries.length) {
      ctx.evidence(summaries[0].heading.span, `Summary section "${summaries[0].heading.text}"`);
      return;
    }
    // "##02 Executive summary" is a summary the author meant as a heading; heading-syntax reports the missing space.
    BROKEN_HEADING.lastIndex = 0;
    for (let m; (m = BROKEN_HEADING.exec(doc.text)); ) {
      if (MATCHER.kindsOf(m[1]).includes('summary')) {
        ctx.evidence({ start: m.index, end: m.index + m[0].length }, `Summary section "${m[1].trim()}" (its heading needs a space after the "#")`);
        return;
      }
    }
    ctx.report({
      span: documentSpan(doc),
      message: `This strategy has about ${doc.words.toLocaleString('en-GB')} words and no summary section. Past ${options.maxWords.toLocaleString('en-GB')} words, few readers will get through it: add a short summary at the start.`,
      fixes: [summaryFix(doc, ctx.words)],
      data: { words: doc.words },
    });
  },
});

/** Insert a summary before the first section at the document's section level (after the title and any preamble). */
function summaryFix(doc: Doc, words: Words): Fix {
  const first = doc.sections.find((s) => s.level === doc.sectionLevel);
  let at: number;
  if (first) at = first.span.start;
  else if (doc.sections[0]) at = doc.sections[0].heading.span.end;
  else at = doc.frontMatter ? doc.frontMatter.span.end : 0;
  const eol = doc.eol;
  const before = doc.text.slice(0, at);
  const after = doc.text.slice(at);
  const lead = before.length === 0 || before.endsWith(eol + eol) || /\n[ \t]*\n$/.test(before) ? '' : before.endsWith('\n') ? eol : eol + eol;
  const trail = after.length === 0 ? eol : after.startsWith(eol) ? eol : eol + eol;
  return {
    title: 'Insert a summary section',
    edits: [{ start: at, end: at, newText: lead + sectionSkeleton(doc, 'summary', words) + trail }],
    isPreferred: true,
  };
}
