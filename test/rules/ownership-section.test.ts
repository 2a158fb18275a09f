import { sectionSuite } from './section-suite';
import { statementCases } from './statement-cases';

sectionSuite({
  rule: "ownership-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 info ownership-section No \"Ownership and governance\" section. Names who owns the strategy (the whole board) and how delivery is overseen."],
    },
    {
      name: "accepts a heading that means the same (\"Governance\")",
      text: "# Digital strategy 2025 to 2028\n\n## Governance\n\nThe digital committee reports to the trust board.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Accountability\")",
      text: "# Digital strategy 2025 to 2028\n\n## Accountability\n\nThe chief executive is accountable for delivery.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Who owns this strategy\")",
      text: "# Digital strategy 2025 to 2028\n\n## Who owns this strategy\n\nThe whole board owns it, not the IT team.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nThe trust board owns this strategy and reviews progress at each meeting.\n",
      expected: [],
    },
    {
      name: "still reports it when too few such statements stand in for it",
      text: "# Digital strategy 2025 to 2028\n\nThe IT team wrote this strategy and will deliver it.\n",
      expected: ["1:1 info ownership-section No \"Ownership and governance\" section. Names who owns the strategy (the whole board) and how delivery is overseen."],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## Governance\n\nTODO\n",
      expected: ["3:1 info ownership-section The section \"Governance\" holds only a placeholder, so it counts as missing. Names who owns the strategy (the whole board) and how delivery is overseen."],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## Resources, constraints and risks\n\nThe plan needs £4.2m of capital.\n\n## How we will review this strategy\n\nEvery April, in public.\n",
    expected: /## Resources, constraints and risks\n\nThe plan needs £4\.2m of capital\.\n\n## Ownership and governance\n\nThe \[trust\] board owns this strategy\..*\n\n## How we will review this strategy\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## Governance\n\nTBC\n",
    expected: /## Governance\n\nThe \[trust\] board owns.*\n\nTBC\n$/,
  },
});

statementCases(
  'ownership-section',
  [
    'Delivery is led by the Leeds Digital Partnership Board.',
    'The board owns this strategy.',
    'The executive committee will oversee delivery and receive a report each quarter.',
    'Progress is reported to the Trust Board through the Finance and Performance Committee.',
    'Assurance to the governing body will be provided through the audit committee.',
    'We have appointed a digital lead to our management board.',
    'This strategy was approved by the Board of Directors in May.',
    'Our chief executive is accountable for delivering it.',
    'The senior leadership team is responsible for its implementation.',
    'The Cabinet will monitor progress twice a year.',
    'Our Chief Operating Officer is the senior responsible owner.',
    'It is sponsored by the Council’s Corporate Leadership Team.',
  ],
  [
    'The IT team wrote this strategy and will deliver it.',
    'The Treasury Board Policy on Service and Digital sets the rules.',
    'We want shared accountability between business and IT.',
    "The ICB's board has its own plan.",
  ],
);
