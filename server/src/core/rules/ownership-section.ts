// ownership-section: the whole board owns the strategy and oversees its delivery (Owned).
import { sectionRule } from '../rule-helpers';

export default sectionRule({
  id: 'ownership-section',
  kind: 'ownership',
  description: 'The strategy should say who owns it (the whole board) and how its delivery is governed.',
  defaultSeverity: 'info',
  quality: 'owned',
  equivalent: {
    pattern:
      /\b(?:(?:the|our)\s+(?:trust\s+|unitary\s+|whole\s+|executive\s+|management\s+)?board|chief\s+executive|executive\s+team|leadership\s+team|permanent\s+secretary)\s+(?:\w+\s+){0,3}(?:owns?|is\s+accountable|are\s+accountable|is\s+responsible|are\s+responsible|(?:will\s+)?(?:oversee|sponsor|approve|lead|monitor|champion))|\b(?:owned|sponsored|overseen|approved|led)\s+by\s+(?:the\s+|our\s+)?(?:trust\s+|whole\s+|executive\s+|management\s+)?(?:board|chief\s+executive|executive\s+team|leadership\s+team)|\bsenior\s+responsible\s+owner\b|\bSRO\b/i,
    min: 1,
    what: 'statements that the board or chief executive owns or oversees the strategy',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance says a good digital strategy is owned by the whole board, not delegated to one team. Saying who owns it and how delivery is overseen makes that ownership visible.',
    good:
      'A short section saying that the board owns the strategy, which executive is accountable for delivering it, and which committee oversees progress and how often. A single plain statement elsewhere ("The trust board owns this strategy ...") also counts.',
    before: '## Our priorities\n\n1. Replace the patient administration system',
    after:
      '## Our priorities\n\n1. Replace the patient administration system\n\n## Ownership and governance\n\nThe trust board owns this strategy. The chief executive is accountable for it, and the digital committee reviews progress every quarter.',
    fix: 'The quick fix inserts an "Ownership and governance" section after your resources or priorities. Headings such as "Governance", "Accountability" or "Leadership" also count.',
  },
});
