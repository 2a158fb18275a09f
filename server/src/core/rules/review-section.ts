// review-section: how and when the strategy is reviewed (too-long-term pitfall).
// The review sentences are read once, by facts.ts. A vague promise ("we will review it
// regularly") is review-cadence's finding: this rule then stays silent.
import { sectionRule } from '../rule-helpers';

export default sectionRule({
  id: 'review-section',
  kind: 'review',
  description: 'The strategy should say when and how it will be reviewed and refreshed.',
  defaultSeverity: 'warning',
  quality: 'realistic',
  fromFacts: (facts) => {
    const cycles = facts.reviews.filter((r) => r.vague === undefined);
    if (cycles.length) return cycles.map((r) => ({ span: r.span, label: r.quote }));
    return facts.reviews.length ? 'reported' : undefined;
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance names strategies that are too long-term and not reviewed often as a pitfall: technology moves quickly, and the organisation must be able to respond. A stated review cycle keeps the strategy current.',
    good:
      'A short section saying who reviews progress, how often, and when the strategy itself will next be refreshed. A single sentence elsewhere such as "The board will review this strategy every year" also counts. A review promise with no cycle ("we will review it regularly") is reported by `review-cadence` instead, so the one gap gets one finding.',
    before: '## Ownership and governance\n\nThe trust board owns this strategy.',
    after:
      '## Ownership and governance\n\nThe trust board owns this strategy.\n\n## How we will review this strategy\n\nThe digital committee reviews progress every quarter, and the board will refresh the strategy each April.',
    fix: 'The quick fix inserts a "How we will review this strategy" section after your governance section, with prompts for the cycle. Headings such as "Review", "Monitoring" or "Keeping this strategy up to date" also count.',
  },
});
