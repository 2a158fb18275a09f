import { sectionSuite } from './section-suite';
import { statementCases } from './statement-cases';

sectionSuite({
  rule: "user-needs-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 warning user-needs-section No \"Our users and their needs\" section. Grounds the strategy in what patients, service users and staff need, found through research rather than assumed."],
    },
    {
      name: "accepts a heading that means the same (\"User needs\")",
      text: "# Digital strategy 2025 to 2028\n\n## User needs\n\nOutpatients need to change appointments without phoning.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"What patients told us\")",
      text: "# Digital strategy 2025 to 2028\n\n## What patients told us\n\nThey want fewer letters and more notice.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Our service users\")",
      text: "# Digital strategy 2025 to 2028\n\n## Our service users\n\nCarers need to see appointments for the person they look after.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nPatients told us they want to change appointments online. Staff need one log-in instead of nine. In our survey, carers said they need to see letters too.\n",
      expected: [],
    },
    {
      name: "still reports it when too few such statements stand in for it",
      text: "# Digital strategy 2025 to 2028\n\nPatients told us they want to change appointments online.\n",
      expected: ["1:1 warning user-needs-section No \"Our users and their needs\" section. Grounds the strategy in what patients, service users and staff need, found through research rather than assumed."],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## User needs\n\nTODO\n",
      expected: ["3:1 warning user-needs-section The section \"User needs\" holds only a placeholder, so it counts as missing. Grounds the strategy in what patients, service users and staff need, found through research rather than assumed."],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## What we have delivered and learnt\n\nWe moved letters to the NHS App.\n\n## Our priorities\n\n1. Replace the PAS first\n",
    expected: /## What we have delivered and learnt\n\nWe moved letters to the NHS App\.\n\n## Our users and their needs\n\n\| Who \|[^#]*\n\n## Our priorities\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## User needs\n\nTBC\n",
    expected: /## User needs\n\n\| Who \|[^#]*\n\nTBC\n$/,
  },
});

statementCases(
  'user-needs-section',
  [
    'Residents told us they want to report a missed bin without phoning.',
    'Patients need to change appointments online.',
    'Our survey of 1,200 customers showed that most prefer to use a phone.',
    'Staff find it hard to log in on shared computers.',
    'We interviewed 40 carers about what they need most.',
    'What our users value most is a quick answer.',
  ],
  [
    'We will receive feedback from end users more often.',
    'Reduced gap between the user and IT.',
    'To serve people well, we need to fix our network.',
    'We will improve services for people.',
  ],
);
