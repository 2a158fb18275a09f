// user-needs-section: the strategy is rooted in users and their needs (User-centred; board question 2).
import { sectionRule } from '../rule-helpers';
import { USER_NEED_STATEMENT } from '../statements';

export default sectionRule({
  id: 'user-needs-section',
  kind: 'users',
  description: 'The strategy should describe its users (patients, service users, staff) and their most important needs.',
  defaultSeverity: 'warning',
  quality: 'user-centred',
  question: 'users-and-needs',
  equivalent: {
    // A user noun near a word for finding out what they need, or a plain report of research.
    pattern: USER_NEED_STATEMENT,
    min: 3,
    what: 'sentences about what users need or told us',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance says a good strategy is user-centred: rooted in the needs of patients, service users and staff, found out rather than assumed. Its second question for boards is whether they understand their users and their biggest needs.',
    good:
      'A section naming the main groups of users, the need that matters most to each, and how you know (research, feedback, data). Three or more statements such as "patients told us ..." or "staff need ..." elsewhere in the text also count.',
    before: '## Our priorities\n\n1. Replace the patient administration system',
    after:
      '## Our users and their needs\n\n| Who | What they need most | How we know |\n| --- | --- | --- |\n| Outpatients | to change appointments without phoning | 2,300 survey replies, 2025 |\n\n## Our priorities\n\n1. Replace the patient administration system',
    fix: 'The quick fix inserts an "Our users and their needs" section with a table of who, what they need and how you know. Headings such as "User needs", "What people told us" or "Patients and staff" also count.',
  },
});
