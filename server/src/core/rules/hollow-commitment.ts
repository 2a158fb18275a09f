// hollow-commitment: "committed to", "strive to", "aim to" with no action, figure or date behind it.
import { defineRule } from '../rule';
import { HOLLOW, caseStudyScope, inInlineCode, isProse, marked } from '../lexicon';
import { hasDateOrPeriod, hasMeasure, placed, placedSection, reportLimited, type Pending } from '../rule-helpers';
import { sentenceSpan } from '../text';
import type { Span } from '../types';

interface Options {
  limit: number;
}

/** A commitment with no action, figure or date behind it (chunk-relative), in sentence order. */
interface Hit {
  span: Span;
  words: string;
  local: number;
}

export default defineRule<Options, Hit[]>({
  meta: {
    id: 'hollow-commitment',
    description: 'Words of commitment ("we are committed to", "we will strive to") should come with an action, a figure or a date.',
    defaultSeverity: 'info',
    fixable: false,
    quality: 'realistic',
    options: {
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 5, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance asks for strategies that say tangibly what will be different. Being "committed to" or "striving to" do something describes an attitude, not an action; the GOV.UK style guide also advises against "commit" and "pledge" for the same reason.',
      good: 'Say what you will do and when: "We will give every ward a digital champion by June 2026", not "We are committed to supporting our staff".',
      before: 'We are committed to supporting staff with digital skills.',
      after: 'We will train 400 ward staff in the new record system by June 2026.',
      fix: 'Replace the commitment with the action itself, and add a figure or a date.',
    },
  },
  scan(chunk) {
    const hits: Hit[] = [];
    for (const s of chunk.sentences) {
      if (!isProse(s)) continue;
      const m = HOLLOW.exec(s.text);
      if (!m || hasMeasure(s.text) || hasDateOrPeriod(s.text)) continue;
      const span = sentenceSpan(s, m.index, m.index + m[0].length);
      if (inInlineCode(chunk, span.start)) continue;
      hits.push({ span, words: m[0], local: s.local });
    }
    return hits;
  },
  check(ctx) {
    const { options } = ctx;
    const pending: Pending[] = [];
    const caseStudy = caseStudyScope(ctx.doc);
    for (const p of ctx.scanned) {
      for (const h of p.value) {
        // A case study reports another body's aims, not this strategy's promise.
        if (caseStudy(placedSection(p, h.local))) continue;
        pending.push({
          span: placed(p, h.span),
          message: `"${h.words}" states an intention, not an action${/commit|pledge/i.test(h.words) ? ' (the GOV.UK style guide also lists "commit" and "pledge" as words to avoid)' : ''}. Say what will be done, by whom and by when.`,
          weight: /\bwe\b|\bour\b/i.test(h.words) ? 2 : 1,
        });
      }
    }
    reportLimited(ctx, pending, options.limit, (n) => `${n} sentences state a commitment or aim with no action, figure or date. ${marked(options.limit)}`);
  },
});
