// funding-led: work chosen because funding is there, not because of the need (funding-pot pitfall).
import { defineRule } from '../rule';
import { FUNDING_STRONG, inInlineCode, isProse, marked } from '../lexicon';
import { placed, reportLimited, type Pending } from '../rule-helpers';
import { sentenceSpan } from '../text';
import type { Span } from '../types';

interface Options {
  limit: number;
}

/** Funding named as the reason for action (chunk-relative), in sentence order. */
interface Hit {
  span: Span;
  words: string;
}

export default defineRule<Options, Hit[]>({
  meta: {
    id: 'funding-led',
    description: 'Work should be driven by need and outcomes, not by the funding pots that happen to be open.',
    defaultSeverity: 'warning',
    fixable: false,
    quality: 'focused',
    options: {
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 5, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance names chasing short-term funding pots as a pitfall: the strategy ends up shaped by whatever money is on offer rather than by what the organisation and its users need.',
      good:
        'Funding appears as a means and a constraint (what the plan costs and where the money comes from), not as the reason for the work. Each piece of work is justified by the need it meets.',
      before: 'We will bid for national funding pots to deliver new digital projects as they arise.',
      after: 'We will replace paper observation charts, because they delay the response to deteriorating patients. It costs £1.2m; we have applied for national capital funding to cover part of it.',
      fix: 'Say what the work is for first. Keep funding in the resources section as a way to pay for the plan, not as its driver.',
    },
  },
  scan(chunk) {
    const hits: Hit[] = [];
    for (const s of chunk.sentences) {
      if (!isProse(s)) continue;
      const m = FUNDING_STRONG.exec(s.text);
      if (!m) continue;
      const span = sentenceSpan(s, m.index, m.index + m[0].length);
      if (inInlineCode(chunk, span.start)) continue;
      hits.push({ span, words: m[0] });
    }
    return hits;
  },
  check(ctx) {
    const { options } = ctx;
    const pending: Pending[] = [];
    for (const p of ctx.scanned) {
      for (const h of p.value) {
        pending.push({
          span: placed(p, h.span),
          message: `"${h.words}" makes funding the reason for action. Say what need the work meets; treat funding as a means, not the driver.`,
          weight: 1,
        });
      }
    }
    reportLimited(ctx, pending, options.limit, (n) => `${n} sentences tie the work to funding pots or bids. ${marked(options.limit)}`);
  },
});
