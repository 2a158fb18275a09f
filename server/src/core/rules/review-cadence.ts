// review-cadence: a promise to review the strategy should say how often (too-long-term pitfall).
// When the strategy says nothing about review at all, review-section reports it; this rule
// reports review wording that names no period, so the two never say the same thing twice.
import { defineRule } from '../rule';
// The review sentences are read once, by facts.ts.
import { quote, marked } from '../lexicon';
import { reportLimited, type Pending } from '../rule-helpers';

interface Options {
  limit: number;
}

export default defineRule<Options>({
  meta: {
    id: 'review-cadence',
    description: 'A review of the strategy should have a stated cycle (every quarter, each year), not just "regularly".',
    defaultSeverity: 'warning',
    fixable: false,
    quality: 'realistic',
    options: {
      limit: { type: 'integer', minimum: 1, maximum: 100, default: 3, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance warns that strategies which are not reviewed often cannot keep up with technology. A promise to review "regularly" or "as needed" sets no date anyone can hold the board to; a stated cycle does.',
      good:
        'A sentence naming who reviews what, and how often: "The board will review progress every quarter and refresh this strategy each year." A strategy that says nothing about review at all is reported by `review-section` instead.',
      before: '## Review\n\nWe will review this strategy regularly.',
      after: '## Review\n\nThe digital committee will review progress every quarter, and the board will refresh this strategy each April.',
      fix: 'Replace "regularly", "periodically" or "as needed" with a period (every quarter, each year) and say who does the review.',
    },
  },
  check(ctx) {
    const { doc, options, facts } = ctx;
    if (facts.review?.cycle) {
      for (const r of facts.reviews) if (r.vague === undefined) ctx.evidence(r.span, r.quote);
      return;
    }
    const vague: Pending[] = facts.reviews.map((r) => ({
      span: r.vagueSpan ?? r.span,
      message: `"${r.vague}" gives no review cycle. Say how often the strategy or its progress will be reviewed, for example every quarter or each year.`,
      weight: 1,
    }));
    // A review section whose vague sentence is already marked needs no second finding.
    const sections = doc.sections.filter((s) => s.kinds.includes('review') && s.contentWords >= 3 && !vague.some((v) => v.span.start >= s.span.start && v.span.start < s.span.end));
    const pending: Pending[] = sections.map((s) => ({
      span: s.heading.span,
      message: `The section "${quote(s.heading.text)}" does not say how often the strategy will be reviewed. State a cycle, for example "every quarter" or "each year".`,
      weight: 2,
    }));
    pending.push(...vague);
    pending.sort((a, b) => a.span.start - b.span.start);
    reportLimited(ctx, pending, options.limit, (n) => `${n} places speak of reviewing the strategy, but none says how often. ${marked(options.limit)}`);
  },
});
