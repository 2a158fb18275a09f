import { sectionSuite } from './section-suite';

sectionSuite({
  rule: "review-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 warning review-section No \"How we will review this strategy\" section. Says when and how the strategy is reviewed and refreshed, so it keeps pace with change."],
    },
    {
      name: "accepts a heading that means the same (\"Review\")",
      text: "# Digital strategy 2025 to 2028\n\n## Review\n\nThe board reviews this strategy every April.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Monitoring and evaluation\")",
      text: "# Digital strategy 2025 to 2028\n\n## Monitoring and evaluation\n\nThe digital committee checks progress every quarter.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Keeping this strategy up to date\")",
      text: "# Digital strategy 2025 to 2028\n\n## Keeping this strategy up to date\n\nWe refresh it each year with staff.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nThe board will review this strategy every year.\n",
      expected: [],
    },
    {
      name: "leaves a review promise with no cycle to review-cadence (one problem, one finding)",
      text: "# Digital strategy 2025 to 2028\n\nThis strategy will be reviewed regularly.\n",
      expected: [],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## Review\n\nTODO\n",
      expected: ["3:1 warning review-section The section \"Review\" holds only a placeholder, so it counts as missing. Says when and how the strategy is reviewed and refreshed, so it keeps pace with change."],
    },
    {
      name: "does not take a review of something else (incidents) for the strategy's review cycle",
      text: "# Digital strategy 2025 to 2028\n\nGovernors review incidents monthly.\n",
      expected: ["1:1 warning review-section No \"How we will review this strategy\" section. Says when and how the strategy is reviewed and refreshed, so it keeps pace with change."],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## Ownership and governance\n\nThe trust board owns this strategy.\n\n## How we will communicate and engage\n\nA briefing for every team.\n",
    expected: /## Ownership and governance\n\nThe trust board owns this strategy\.\n\n## How we will review this strategy\n\nThe board will review progress .*\n\n## How we will communicate and engage\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## Review\n\nTBC\n",
    expected: /## Review\n\nThe board will review progress.*\n\nTBC\n$/,
  },
});
