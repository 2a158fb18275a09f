// alignment-section: the strategy shows how it serves the organisation's and system's strategy (Integrated; board question 4).
import { sectionRule } from '../rule-helpers';

export default sectionRule({
  id: 'alignment-section',
  kind: 'alignment',
  description: 'The strategy should show how it supports the organisation\'s own strategy and its wider system (ICS, ICB, partners).',
  defaultSeverity: 'warning',
  quality: 'integrated',
  question: 'system-alignment',
  equivalent: {
    // Named references to the strategies and bodies it should serve.
    pattern:
      /\b(?:integrated\s+care\s+(?:systems?|boards?|partnerships?)|ICSs?|ICBs?|ICPs?|provider\s+collaboratives?|primary\s+care\s+networks?|place[\s-]based|joint\s+forward\s+plan|long[\s-]term\s+plan|(?:10|ten)[\s-]year\s+(?:health\s+)?plan|system\s+(?:strategy|partners|priorities|plans?)|(?:our|the)\s+(?:trust|organisation['’]?s?|organization['’]?s?|corporate|clinical|overall|wider|business|group|council['’]?s?)\s+(?:\w+\s+)?(?:strategy|strategic\s+plan|objectives|priorities)|(?:trust|organisational|organizational|corporate|departmental|government|national|business)\s+(?:\w+\s+)?(?:strategy|strategic\s+plan|plan)|(?:departmental|business|corporate|annual)\s+plan)\b/i,
    min: 2,
    what: 'references to the organisation\'s strategy or the wider system',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance says a good digital strategy is integrated: it is clear how it enables what the organisation and its wider system exist to do. Its fourth question for boards asks how the strategy aligns with the system\'s strategy, meaning the integrated care system and partners.',
    good:
      'A short section naming the organisation\'s own strategy and the system\'s plans (for example the integrated care board\'s joint forward plan) and saying which of their goals each part of the digital strategy supports. Two or more such references elsewhere in the text also count.',
    before: '## Our vision\n\nA paperless trust by 2027.',
    after:
      '## Our vision\n\nA paperless trust by 2027.\n\n## How this supports our organisation and system strategy\n\n- Our trust strategy: faster diagnosis, helped by shared imaging.\n- Our integrated care board: one shared care record across the system by 2026.',
    fix: 'The quick fix inserts a section with prompts for your organisation\'s strategy and your system\'s priorities. Headings such as "Strategic context", "Alignment" or "Our system partners" also count.',
  },
});
