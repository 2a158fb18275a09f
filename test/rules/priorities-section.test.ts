import { sectionSuite } from './section-suite';

sectionSuite({
  rule: "priorities-section",
  cases: [
    {
      name: "reports a strategy without the section on its title",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n",
      expected: ["1:1 info priorities-section No \"Our priorities\" section. Ranks or phases the work, so the board can see what comes first and what waits."],
    },
    {
      name: "accepts a heading that means the same (\"Roadmap\")",
      text: "# Digital strategy 2025 to 2028\n\n## Roadmap\n\nNow: electronic observations. Next: a shared care record.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Delivery plan\")",
      text: "# Digital strategy 2025 to 2028\n\n## Delivery plan\n\nYear one brings electronic observations to every ward.\n",
      expected: [],
    },
    {
      name: "accepts a heading that means the same (\"Our missions\")",
      text: "# Digital strategy 2025 to 2028\n\n## Our missions\n\nFour missions set the order of our work.\n",
      expected: [],
    },
    {
      name: "accepts statements that say the same without a heading",
      text: "# Digital strategy 2025 to 2028\n\nOur first priority is electronic observations on every ward. In year two we will connect our record to GP practices.\n",
      expected: [],
    },
    {
      name: "still reports it when too few such statements stand in for it",
      text: "# Digital strategy 2025 to 2028\n\nOur first priority is electronic observations on every ward.\n",
      expected: ["1:1 info priorities-section No \"Our priorities\" section. Ranks or phases the work, so the board can see what comes first and what waits."],
    },
    {
      name: "reports a section that holds only a placeholder",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\nTODO\n",
      expected: ["3:1 info priorities-section The section \"Our priorities\" holds only a placeholder, so it counts as missing. Ranks or phases the work, so the board can see what comes first and what waits."],
    },
    {
      name: "accepts American spelling (\"Prioritization\")",
      text: "# Digital strategy 2025 to 2028\n\n## Prioritization\n\nElectronic observations come first, then the shared record.\n",
      expected: [],
    },
    {
      name: "accepts statements that name the priorities without a heading",
      text: "# Digital strategy 2025 to 2028\n\nThis year we agreed six new priorities. Our people priorities are set out below, each with its own measures.\n",
      expected: [],
    },
    {
      name: "does not take misplaced front matter (read as a long setext heading) for an empty section",
      text: "<!-- converted from the web -->\n\n---\nlayout: default\ntitle: Our plan for the year ahead and beyond\nsections: Mission\npermalink: /plan.html\n---\n\n## Context\n\nSome body text here.\n",
      expected: ["4:1 info priorities-section No \"Our priorities\" section. Ranks or phases the work, so the board can see what comes first and what waits."],
    },
  ],
  fix: {
    text: "# Digital strategy 2025 to 2028\n\n## Measurable outcomes\n\nHalve paper letters by 2026.\n\n## Governance\n\nThe trust board owns this strategy.\n",
    expected: /## Measurable outcomes\n\nHalve paper letters by 2026\.\n\n## Our priorities\n\n1\. Now.*\n2\. Next.*\n3\. Later.*\n\n## Governance\n/,
  },
  placeholder: {
    text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\nTBC\n",
    expected: /## Our priorities\n\n1\. Now.*\n2\. Next.*\n3\. Later.*\n\nTBC\n$/,
  },
});
