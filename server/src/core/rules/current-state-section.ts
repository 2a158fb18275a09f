// current-state-section: the strategy says where the organisation is now (Realistic; board question 1).
import { hasMeasure, sectionRule } from '../rule-helpers';

const FUTURE = /\b(?:will|shall|would|should|could|aim|target|by\s+(?:19|20)\d{2}|plan\s+to|intend)\b/i;

export default sectionRule({
  id: 'current-state-section',
  kind: 'current-state',
  description: 'The strategy should describe the digital services the organisation runs today and how well they perform.',
  defaultSeverity: 'warning',
  quality: 'realistic',
  question: 'current-services',
  equivalent: {
    // A present-tense statement of fact with a figure in it.
    pattern: /\b(?:currently|at\s+present|at\s+the\s+moment|today|now|as\s+of|in\s+(?:19|20)\d{2}|last\s+year|this\s+year|we\s+(?:run|operate|support|maintain|host|manage|have)|is|are|was|were|has|have)\b/i,
    // Present-tense fact with a figure in it, not a target.
    test: (s) => hasMeasure(s.text) && !FUTURE.test(s.text),
    min: 3,
    what: 'sentences stating, with a figure, what the organisation runs or achieves today',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance asks a realistic strategy to start from an honest view of today. Its first question for boards is whether they know what digital services the organisation runs now and how well they perform. A plan that skips this cannot show what it will change.',
    good:
      'A short "Where we are now" section: the main services and systems, who uses them, and figures for how they perform (availability, use, satisfaction, maturity scores), each with a date. Three or more plain statements with figures about today ("We currently run 212 applications...") also count.',
    before: '# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust.',
    after:
      '# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust.\n\n## Where we are now\n\nOur patient record was available 99.2% of the time in 2024/25, but nurses still record observations on paper on 14 of our 30 wards.',
    fix: 'The quick fix inserts a "Where we are now" section after your vision or summary, with a table of services, users and performance to fill in. Headings such as "Current position", "Our starting point" or "Case for change" also count.',
  },
});
