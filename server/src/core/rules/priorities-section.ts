// priorities-section: the work is ranked or phased (shopping-list pitfall).
import { sectionRule } from '../rule-helpers';

export default sectionRule({
  id: 'priorities-section',
  kind: 'priorities',
  description: 'The strategy should rank or phase its work, so that the board can see what comes first.',
  defaultSeverity: 'info',
  quality: 'focused',
  equivalent: {
    pattern:
      /\b(?:(?:our|the)\s+(?:first|top|highest|main|biggest|immediate)\s+priorit(?:y|ies)|(?:first|second|third)\s+priority|in\s+(?:the\s+)?(?:first|second|third)\s+year|(?:in\s+)?year\s+(?:one|two|three|1|2|3)\b|phase\s+(?:one|two|three|1|2|3)|(?:first|second)\s+phase|now,?\s+next,?\s+(?:and\s+)?later|in\s+order\s+of\s+priority|before\s+we\s+(?:start|begin|move)|once\s+(?:this|that|these)\s+(?:is|are)\s+(?:done|in\s+place|complete)|we(?:['’]re|\s+are|\s+will\s+be)\s+prioriti[sz]ing|(?:agreed|set|chosen|identified)\s+(?:\w+\s+){0,2}priorities\b|\bour\s+(?:\w+\s+){0,2}priorities\s+(?:are|will)\b)/i,
    min: 2,
    what: 'statements that name, rank or phase the priorities ("we have agreed six priorities", "our first priority", "in year one")',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance warns against a strategy that reads like a shopping list without showing the organisation\'s priorities. Ranking or phasing the work shows the board what comes first and what waits.',
    good:
      'A short section that ranks the work or puts it in phases (now, next, later; year one, year two), each with why it comes where it does. Two or more statements elsewhere that name, rank or phase the priorities also count; whether a long list is ranked is checked by `shopping-list`.',
    before: '# Digital strategy\n\nWe will do many things.',
    after:
      '# Digital strategy\n\n## Our priorities\n\n1. Now: electronic observations on every ward, because paper charts cause missed deterioration.\n2. Next: a shared care record with GPs.\n3. Later: remote monitoring, once the first two are done.',
    fix: 'The quick fix inserts an "Our priorities" section with now, next and later prompts after your outcomes. Headings such as "Roadmap", "Delivery plan", "Phasing" or "Our missions" also count.',
  },
});
