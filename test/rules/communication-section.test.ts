import { sectionSuite } from './section-suite';
import { statementCases } from './statement-cases';

sectionSuite({
  rule: "communication-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 info communication-section No \"How we will communicate and engage\" section. Says how the strategy will be shared with staff, partners, patients and the public, which builds trust and buy-in."],
    },
    {
      name: "accepts a heading that means the same (\"Engagement\")",
      text: "# Digital strategy 2025 to 2028\n\n## Engagement\n\nWe will brief every team in May and ask for comments.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Communicating this strategy\")",
      text: "# Digital strategy 2025 to 2028\n\n## Communicating this strategy\n\nA summary goes on our website and to every ward.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"How you can get involved\")",
      text: "# Digital strategy 2025 to 2028\n\n## How you can get involved\n\nJoin our patient panel or a staff focus group.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nWe will share this strategy with staff at every team meeting. We will publish a summary for patients and the public on our website.\n",
      expected: [],
    },
    {
      name: "still reports it when too few such statements stand in for it",
      text: "# Digital strategy 2025 to 2028\n\nThe web team will publish the new intranet pages in May.\n",
      expected: ["1:1 info communication-section No \"How we will communicate and engage\" section. Says how the strategy will be shared with staff, partners, patients and the public, which builds trust and buy-in."],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## Communications\n\nTODO\n",
      expected: ["3:1 info communication-section The section \"Communications\" holds only a placeholder, so it counts as missing. Says how the strategy will be shared with staff, partners, patients and the public, which builds trust and buy-in."],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## How we will review this strategy\n\nThe board reviews it every April.\n\n## Glossary\n\n- EPR: electronic patient record\n",
    expected: /## How we will review this strategy\n\nThe board reviews it every April\.\n\n## How we will communicate and engage\n\n- Staff: .*\n- Partners: .*\n- Patients and the public: .*\n\n## Glossary\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## Communications\n\nTBC\n",
    expected: /## Communications\n\n- Staff: .*\n- Partners: .*\n- Patients and the public: .*\n\nTBC\n$/,
  },
});

statementCases(
  'communication-section',
  [
    'This strategy is published openly on our website.',
    'How you can take part: join a user panel or send us your comments.',
    'We will share progress with all staff at a monthly all-hands meeting.',
    'Residents can have their say at the quarterly forum; here is how residents can get involved.',
    'We will publish our roadmap and update it every quarter.',
    'Our progress will be shared with partners each spring.',
    'We will hold roadshows in every district.',
    'We will tell customers about each change before it happens.',
  ],
  [
    'We will replace the finance system in 2027.',
    'Other councils have published strategies like this.',
  ],
);
