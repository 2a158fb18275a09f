import { sectionSuite } from './section-suite';

sectionSuite({
  rule: "delivered-and-learnt-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 info delivered-and-learnt-section No \"What we have delivered and learnt\" section. Shows what the last strategy achieved and what it taught, which builds trust that this one is achievable."],
    },
    {
      name: "accepts a heading that means the same (\"What we have achieved\")",
      text: "# Digital strategy 2025 to 2028\n\n## What we have achieved\n\nWe moved outpatient letters to the NHS App in 2024.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Lessons learned\")",
      text: "# Digital strategy 2025 to 2028\n\n## Lessons learned\n\nInvolve clinic staff from the start of every change.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Progress so far\")",
      text: "# Digital strategy 2025 to 2028\n\n## Progress so far\n\nElectronic prescribing now runs on every adult ward.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nWe have delivered electronic prescribing on every adult ward. We have replaced the old intranet. We learnt that training on the ward works better than classroom sessions.\n",
      expected: [],
    },
    {
      name: "still reports it when too few such statements stand in for it",
      text: "# Digital strategy 2025 to 2028\n\nWe have delivered electronic prescribing on every adult ward.\n",
      expected: ["1:1 info delivered-and-learnt-section No \"What we have delivered and learnt\" section. Shows what the last strategy achieved and what it taught, which builds trust that this one is achievable."],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## What we have delivered\n\nTODO\n",
      expected: ["3:1 info delivered-and-learnt-section The section \"What we have delivered\" holds only a placeholder, so it counts as missing. Shows what the last strategy achieved and what it taught, which builds trust that this one is achievable."],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## Where we are now\n\nWe run 212 applications today.\n\n## Our priorities\n\n1. Replace the PAS first\n",
    expected: /## Where we are now\n\nWe run 212 applications today\.\n\n## What we have delivered and learnt\n\n- \[Something the last strategy delivered.*\n- .*\n\n## Our priorities\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## What we have delivered\n\nTBC\n",
    expected: /## What we have delivered\n\n- \[Something.*\n- .*\n\nTBC\n$/,
  },
});
