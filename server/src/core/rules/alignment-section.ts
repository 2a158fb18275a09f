// alignment-section: the strategy shows how it serves the organisation's and system's strategy (Integrated; board question 4).
import { sectionRule } from '../rule-helpers';

/** An organisation-wide strategy named by its initials and year: "to support CPS 2025". */
const NAMED_STRATEGY = /\b(?:[Ss]upport(?:s|ing)?|[Dd]eliver(?:s|ing)?|[Aa]chiev(?:e|es|ing)|[Aa]lign(?:s|ed|ing)?\s+(?:with|to)|[Cc]ontribut(?:e|es|ing)\s+to)\s+(?:the\s+|our\s+)?[A-Z][A-Za-z&]*[A-Z]\s+20\d{2}\b/;
/**
 * Serving a parent strategy by its name or initials: "in support of the FDS", "implementing the
 * National Data Strategy", "aligned with the County Climate Plan".
 */
const PARENT_STRATEGY =
  /\b(?:in\s+support\s+of|implement(?:ation\s+of|ing|s)?|fulfil+(?:s|ing)?|achiev(?:e|es|ing)|support(?:s|ing)?|align(?:s|ed|ing)?\s+(?:with|to)|contribut(?:e|es|ing)\s+to|deliver(?:s|ing|y\s+of)?)\s+(?:the\s+|our\s+)(?:(?:[A-Z][\w&'’-]*\s+){1,6}(?:Strategy|Strategic\s+Plan|Plan|Framework|Programme|Program|Agenda)\b|(?!(?:CIO|CTO|CDO|EPR|API|ICT|AI)\b)[A-Z]{3,6}\b(?![\w-]))/;
const SYSTEM_OR_ORG =
  /\b(?:integrated\s+care\s+(?:systems?|boards?|partnerships?)|ICSs?|ICBs?|ICPs?|provider\s+collaboratives?|primary\s+care\s+networks?|place[\s-]based|joint\s+forward\s+plan|long[\s-]term\s+plan|(?:10|ten)[\s-]year\s+(?:health\s+)?plan|system\s+(?:strategy|partners|priorities|plans?)|(?:our|the)\s+(?:trust|organisation['’]?s?|organization['’]?s?|corporate|clinical|overall|wider|business|group|council['’]?s?)\s+(?:\w+\s+)?(?:strategy|strategic\s+plan|objectives|priorities)|(?:trust|organisational|organizational|corporate|departmental|government|national|business)\s+(?:\w+\s+)?(?:strategy|strategic\s+plan|plan)|(?:departmental|business|corporate|annual)\s+plan|(?:organisation|organization|trust|system|group)[\s-]wide\s+(?:strategy|plan|priorities))\b/i;

const DOCS = {
  why:
    'NHS Providers\' Digital Boards guidance says a good digital strategy is integrated: it is clear how it enables what the organisation and its wider system exist to do. Its fourth question for boards asks how the strategy aligns with the system\'s strategy, meaning the integrated care system and partners.',
  good:
    'A short section naming the organisation\'s own strategy and the system\'s plans (for example the integrated care board\'s joint forward plan) and saying which of their goals each part of the digital strategy supports. Two or more such references elsewhere in the text also count.',
  before: '## Our vision\n\nA paperless trust by 2027.',
  after:
    '## Our vision\n\nA paperless trust by 2027.\n\n## How this supports our organisation and system strategy\n\n- Our trust strategy: faster diagnosis, helped by shared imaging.\n- Our integrated care board: one shared care record across the system by 2026.',
  fix: 'The quick fix inserts a section with prompts for your organisation\'s strategy and your system\'s priorities. Headings such as "Strategic context", "Alignment" or "Our system partners" also count.',
};

export default sectionRule({
  id: 'alignment-section',
  kind: 'alignment',
  description: 'The strategy should show how it supports the organisation\'s own strategy and its wider system (ICS, ICB, partners).',
  defaultSeverity: 'warning',
  quality: 'integrated',
  question: 'system-alignment',
  equivalent: {
    // Named references to the strategies and bodies it should serve.
    pattern: /\S/,
    test: (s) => SYSTEM_OR_ORG.test(s.text) || NAMED_STRATEGY.test(s.text) || PARENT_STRATEGY.test(s.text),
    min: 2,
    what: 'references to the organisation\'s strategy or the wider system',
  },
  docs: DOCS,
});
