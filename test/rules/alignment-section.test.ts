import { sectionSuite } from './section-suite';

sectionSuite({
  rule: "alignment-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 warning alignment-section No \"How this supports our organisation and system strategy\" section. Shows how digital enables what the organisation and its integrated care system exist to do."],
    },
    {
      name: "accepts a heading that means the same (\"Strategic context\")",
      text: "# Digital strategy 2025 to 2028\n\n## Strategic context\n\nOur trust strategy puts faster diagnosis first.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"How this fits with our system\")",
      text: "# Digital strategy 2025 to 2028\n\n## How this fits with our system\n\nThe integrated care board plans one shared record.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Aligning with partners\")",
      text: "# Digital strategy 2025 to 2028\n\n## Aligning with partners\n\nWe share the system plan for one care record.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nThis strategy supports our trust strategy and its aim of faster diagnosis. It also serves the integrated care board's joint forward plan.\n",
      expected: [],
    },
    {
      name: "accepts statements that serve a parent strategy by its initials or its name (American spelling)",
      text: "# 2026 Action Plan\n\nThis plan sets out the steps to be taken in support of the SDS this year. Each step is chosen for its value in implementing the State Data Strategy by 2030.\n",
      expected: [],
    },
    {
      name: "accepts the same in British wording, naming the county's plan",
      text: "# Digital plan 2026 to 2028\n\nEvery project here is aligned with the County Climate Plan. Together they contribute to the Kent Health Framework for older residents.\n",
      expected: [],
    },
    {
      name: "does not count supporting a team named by its initials as alignment",
      text: "# Digital plan 2026 to 2028\n\nWe will support the CIO in choosing suppliers. We will support the EPR team with training.\n",
      expected: ["1:1 warning alignment-section No \"How this supports our organisation and system strategy\" section. Shows how digital enables what the organisation and its integrated care system exist to do."],
    },
    {
      name: "still reports it when too few such statements stand in for it",
      text: "# Digital strategy 2025 to 2028\n\nThis strategy supports our trust strategy and its aim of faster diagnosis.\n",
      expected: ["1:1 warning alignment-section No \"How this supports our organisation and system strategy\" section. Shows how digital enables what the organisation and its integrated care system exist to do."],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## Alignment\n\nTODO\n",
      expected: ["3:1 warning alignment-section The section \"Alignment\" holds only a placeholder, so it counts as missing. Shows how digital enables what the organisation and its integrated care system exist to do."],
    },
    {
      name: "accepts an organisation-wide strategy named by initials and year",
      text: "# Digital strategy 2025 to 2028\n\nOver 18 months this approach will support CPS 2025. It prepares for CPS 2030, the organisation-wide strategy now being written.\n",
      expected: [],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## Our users and their needs\n\nOutpatients need to change appointments online.\n\n## Our priorities\n\n1. Replace the PAS first\n",
    expected: /## Our users and their needs\n\nOutpatients need to change appointments online\.\n\n## How this supports our organisation and system strategy\n\n- Our organisation.*\n- Our system.*\n\n## Our priorities\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## Alignment\n\nTBC\n",
    expected: /## Alignment\n\n- Our organisation.*\n- Our system.*\n\nTBC\n$/,
  },
});
