// review-section: how and when the strategy is reviewed (too-long-term pitfall).
import { isReviewCycle, REVIEW_VERB } from '../lexicon';
import { sectionRule } from '../rule-helpers';

export default sectionRule({
  id: 'review-section',
  kind: 'review',
  description: 'The strategy should say when and how it will be reviewed and refreshed.',
  defaultSeverity: 'warning',
  quality: 'realistic',
  equivalent: {
    pattern: REVIEW_VERB,
    test: (s) => isReviewCycle(s.text),
    min: 1,
    what: 'sentences stating how often the strategy or its progress is reviewed',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance names strategies that are too long-term and not reviewed often as a pitfall: technology moves quickly, and the organisation must be able to respond. A stated review cycle keeps the strategy current.',
    good:
      'A short section saying who reviews progress, how often, and when the strategy itself will next be refreshed. A single sentence elsewhere such as "The board will review this strategy every year" also counts.',
    before: '## Ownership and governance\n\nThe trust board owns this strategy.',
    after:
      '## Ownership and governance\n\nThe trust board owns this strategy.\n\n## How we will review this strategy\n\nThe digital committee reviews progress every quarter, and the board will refresh the strategy each April.',
    fix: 'The quick fix inserts a "How we will review this strategy" section after your governance section, with prompts for the cycle. Headings such as "Review", "Monitoring" or "Keeping this strategy up to date" also count.',
  },
});
