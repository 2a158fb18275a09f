// paragraph-length: paragraphs with more sentences than NHS writing guidance
// suggests, with a summary rather than a flood on long documents (Mainstream).
import { defineRule } from '../rule';
import { placed, reportLimited, type Pending } from '../rule-helpers';
import type { Span } from '../types';

interface Options {
  maxSentences: number;
  limit: number;
}

/** A long paragraph: its first sentence (chunk-relative) and how many sentences it has. */
interface Long {
  span: Span;
  sentences: number;
}

export default defineRule<Options, Long[]>({
  meta: {
    id: 'paragraph-length',
    description: 'Paragraphs of more than 3 sentences, which NHS writing guidance suggests breaking up.',
    defaultSeverity: 'hint',
    category: 'writing',
    fixable: false,
    quality: 'mainstream',
    options: {
      maxSentences: { type: 'integer', minimum: 1, maximum: 50, default: 3, description: 'Paragraphs with more sentences than this are reported.' },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 10, description: 'Most paragraphs to mark one by one; past this the rule adds one summary for the document and marks the longest.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance asks for a strategy people can digest. The NHS digital service manual\'s content guidance suggests short paragraphs, because readers scan: a long block of text hides its point, and most readers skip it.',
      good: 'Paragraphs of one to three sentences, each making one point, with the point first.',
      before: 'We have replaced the network. It now reaches every ward. Staff can log in anywhere. Log-in takes under ten seconds. Complaints about speed have fallen.',
      after: 'We have replaced the network, and it now reaches every ward.\n\nStaff can log in anywhere in under ten seconds, and complaints about speed have fallen.',
      fix: 'Split the paragraph where the subject changes, or turn a series of facts into a list.',
    },
  },
  scan(chunk, { options }) {
    const long: Long[] = [];
    for (const p of chunk.paragraphs) {
      const n = p.sentences.length;
      if (n <= options.maxSentences) continue;
      const first = p.sentences[0];
      long.push({ span: { start: first.span.start, end: first.span.end }, sentences: n });
    }
    return long;
  },
  check(ctx) {
    const { options } = ctx;
    const pending: Pending[] = [];
    for (const p of ctx.scanned) {
      for (const { span, sentences: n } of p.value) {
        pending.push({
          span: placed(p, span),
          message: `This paragraph has ${n} sentences. ${ctx.profile === 'nhs' ? 'NHS writing guidance' : 'Plain English guidance'} suggests no more than ${options.maxSentences}: split it where the subject changes, or use a list.`,
          weight: n,
          data: { sentences: n },
        });
      }
    }
    reportLimited(ctx, pending, options.limit, (n) => `${n} paragraphs have more than ${options.maxSentences} sentences. The ${options.limit} longest are marked.`);
  },
});
