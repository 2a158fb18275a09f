import { sectionSuite } from './section-suite';

sectionSuite({
  rule: "resources-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 info resources-section No \"Resources, constraints and risks\" section. Sets out the money, people and time the plan needs, and what could stop it, so its ambition is realistic."],
    },
    {
      name: "accepts a heading that means the same (\"Funding and investment\")",
      text: "# Digital strategy 2025 to 2028\n\n## Funding and investment\n\nThe plan needs £4.2m of capital over two years.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Risks and dependencies\")",
      text: "# Digital strategy 2025 to 2028\n\n## Risks and dependencies\n\nThe main risk is losing informatics staff.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Constraints\")",
      text: "# Digital strategy 2025 to 2028\n\n## Constraints\n\nOur budget is flat in cash terms until 2027.\n",
      expected: [],
    },
    {
      name: "accepts a heading that asks what stands in the way (\"What is stopping us?\")",
      text: "# Digital strategy 2025 to 2028\n\n## What is stopping us?\n\nOur staff lack time to learn the new tools, and two of our systems cannot be moved.\n",
      expected: [],
    },
    {
      name: "accepts a heading that names the barriers (American wording)",
      text: "# Digital program 2025 to 2028\n\n## Barriers to modernization\n\nOur agency cannot hire engineers fast enough, and the procurement rules slow every purchase.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nThe replacement needs £4.2m of capital over two years. We will recruit 12 new posts. The main risk is that we lose clinical informatics staff.\n",
      expected: [],
    },
    {
      name: "still reports it when too few such statements stand in for it",
      text: "# Digital strategy 2025 to 2028\n\nThe replacement needs £4.2m of capital over two years.\n",
      expected: ["1:1 info resources-section No \"Resources, constraints and risks\" section. Sets out the money, people and time the plan needs, and what could stop it, so its ambition is realistic."],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## Resources\n\nTODO\n",
      expected: ["3:1 info resources-section The section \"Resources\" holds only a placeholder, so it counts as missing. Sets out the money, people and time the plan needs, and what could stop it, so its ambition is realistic."],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\n1. Replace the PAS first\n\n## Governance\n\nThe trust board owns this strategy.\n",
    expected: /## Our priorities\n\n1\. Replace the PAS first\n\n## Resources, constraints and risks\n\n\| Need or constraint \|[^#]*\n\n## Governance\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## Resources\n\nTBC\n",
    expected: /## Resources\n\n\| Need or constraint \|[^#]*\n\nTBC\n$/,
  },
});
