// ownership-section: the whole board owns the strategy and oversees its delivery (Owned).
import { sectionRule } from '../rule-helpers';
import { OWNERSHIP_STATEMENT } from '../statements';

export default sectionRule({
  id: 'ownership-section',
  kind: 'ownership',
  description: 'The strategy should say who owns it (the whole board) and how its delivery is governed.',
  defaultSeverity: 'info',
  quality: 'owned',
  equivalent: {
    pattern: OWNERSHIP_STATEMENT,
    min: 1,
    what: 'statements that a board, committee or chief executive owns, leads or oversees the strategy',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance says a good digital strategy is owned by the whole board, not delegated to one team. Saying who owns it and how delivery is overseen makes that ownership visible.',
    good:
      'A short section saying that the board owns the strategy, which executive is accountable for delivering it, and which committee oversees progress and how often. A single plain statement elsewhere also counts, naming a board, committee, partnership or top role: "the board owns this strategy", "led by the Digital Partnership Board", "progress is reported to the executive committee", "we have appointed a digital lead to the board".',
    before: '## Our priorities\n\n1. Replace the patient administration system',
    after:
      '## Our priorities\n\n1. Replace the patient administration system\n\n## Ownership and governance\n\nThe trust board owns this strategy. The chief executive is accountable for it, and the digital committee reviews progress every quarter.',
    fix: 'The quick fix inserts an "Ownership and governance" section after your resources or priorities. Headings such as "Governance", "Accountability" or "Leadership" also count.',
  },
});
