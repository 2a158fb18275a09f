import { sectionSuite } from './section-suite';

sectionSuite({
  rule: "outcomes-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 warning outcomes-section No \"Measurable outcomes\" section. Says what will be different, for whom, by how much and by when, so progress can be checked."],
    },
    {
      name: "accepts a heading that means the same (\"Objectives\")",
      text: "# Digital strategy 2025 to 2028\n\n## Objectives\n\nCut prescribing errors from 4.1 to 2.0 per 1,000 doses by March 2027.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"What success looks like\")",
      text: "# Digital strategy 2025 to 2028\n\n## What success looks like\n\nThree in four outpatients manage appointments online by 2027.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Key performance indicators\")",
      text: "# Digital strategy 2025 to 2028\n\n## Key performance indicators\n\nAvailability of the record system above 99.5% each quarter.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nBy March 2027, 75% of outpatients will book online. We will halve paper letters by 2026. Log-in time will fall to 10 seconds by April 2026.\n",
      expected: [],
    },
    {
      name: "still reports it when too few such statements stand in for it",
      text: "# Digital strategy 2025 to 2028\n\nBy March 2027, 75% of outpatients will book online.\n",
      expected: ["1:1 warning outcomes-section No \"Measurable outcomes\" section. Says what will be different, for whom, by how much and by when, so progress can be checked."],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## Goals\n\nTODO\n",
      expected: ["3:1 warning outcomes-section The section \"Goals\" holds only a placeholder, so it counts as missing. Says what will be different, for whom, by how much and by when, so progress can be checked."],
    },
    {
      name: "accepts statements of how progress will be measured",
      text: "# Digital strategy 2025 to 2028\n\nWe will measure our progress by tracking the time we free up for staff. We set key results each quarter. Progress will be measured by the share of staff who trust their tools.\n",
      expected: [],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## How this supports our organisation and system strategy\n\nIt serves the joint forward plan.\n\n## What we will not do\n\nWe will not build our own app.\n",
    expected: /## How this supports our organisation and system strategy\n\nIt serves the joint forward plan\.\n\n## Measurable outcomes\n\n\| Outcome \| Measure \|[^#]*\n\n## What we will not do\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## Goals\n\nTBC\n",
    expected: /## Goals\n\n\| Outcome \|[^#]*\n\nTBC\n$/,
  },
});
