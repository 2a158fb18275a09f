// resources-section: money, people, time, constraints and risks (shopping-list pitfall).
import { sectionRule } from '../rule-helpers';

export default sectionRule({
  id: 'resources-section',
  kind: 'resources',
  description: 'The strategy should set out the resources it needs and the constraints and risks it faces.',
  defaultSeverity: 'info',
  quality: 'realistic',
  equivalent: {
    pattern:
      /(?:[£$€]\s?\d[\d,.]*\s*(?:k|m|bn|million|billion)?\b[^.]{0,80}?\b(?:invest\w*|fund\w*|budget|cost\w*|spend\w*|capital|revenue)\b|\b(?:invest\w*|fund\w*|budget|cost\w*|spend\w*|capital|revenue)\b[^.]{0,80}?[£$€]\s?\d|\b\d[\d,.]*\s+(?:new\s+)?(?:posts|FTE|WTE|staff|people|roles|developers|analysts)\b|\b(?:the\s+(?:main|biggest|greatest|key)\s+risks?\s+(?:is|are)|risks?\s+(?:is|are)\s+that|(?:we\s+)?depends?\s+on|is\s+constrained\s+by|our\s+constraints?))/i,
    min: 2,
    what: 'statements of money, people, risks or constraints',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance warns against strategies that underestimate the resource and time they need and ignore constraints. Saying what the plan needs, and what could stop it, keeps its ambition realistic.',
    good:
      'A section setting out the money, people and time the plan needs, the constraints it works within, and the main risks with how they are managed. Two or more statements of cost, staffing, risks or constraints elsewhere also count.',
    before: '## Our priorities\n\n1. Replace the patient administration system',
    after:
      '## Our priorities\n\n1. Replace the patient administration system\n\n## Resources, constraints and risks\n\nThe replacement needs £4.2m of capital over two years and 12 posts. The main risk is losing clinical informatics staff to other trusts.',
    fix: 'The quick fix inserts a "Resources, constraints and risks" table after your priorities. Headings such as "Funding", "Investment", "Risks" or "Dependencies" also count.',
  },
});
