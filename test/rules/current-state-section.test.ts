import { sectionSuite } from './section-suite';

sectionSuite({
  rule: "current-state-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 warning current-state-section No \"Where we are now\" section. Sets out the digital services the organisation runs today and how well they perform, so the plan starts from reality."],
    },
    {
      name: "accepts a heading that means the same (\"Current position\")",
      text: "# Digital strategy 2025 to 2028\n\n## Current position\n\nWe run 212 applications and 40 of them are past their support date.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Our starting point\")",
      text: "# Digital strategy 2025 to 2028\n\n## Our starting point\n\nStaff log in to nine systems a shift.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"The case for change\")",
      text: "# Digital strategy 2025 to 2028\n\n## The case for change\n\nPaper notes delay discharge by a day on average.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nOur record system is currently available 99.2% of the time. Today 14 of our 30 wards still use paper charts. We run 212 applications, and 40 are past their support date.\n",
      expected: [],
    },
    {
      name: "still reports it when too few such statements stand in for it",
      text: "# Digital strategy 2025 to 2028\n\nWe currently run 212 applications. We will replace most of them by 2027.\n",
      expected: ["1:1 warning current-state-section No \"Where we are now\" section. Sets out the digital services the organisation runs today and how well they perform, so the plan starts from reality."],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## Where we are now\n\nTODO\n",
      expected: ["3:1 warning current-state-section The section \"Where we are now\" holds only a placeholder, so it counts as missing. Sets out the digital services the organisation runs today and how well they perform, so the plan starts from reality."],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust.\n\n## Our priorities\n\n1. Replace the PAS first\n",
    expected: /## Our vision\n\nA paperless trust\.\n\n## Where we are now\n\n\| Service or system \|.*\n[^#]*\n\n## Our priorities\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## Where we are now\n\nTBC\n",
    expected: /## Where we are now\n\n\| Service or system \|[^#]*\n\nTBC\n$/,
  },
});
