import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = "vague-outcome";

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: "reports a promise to improve with nothing to measure it by",
      text: "# Digital strategy 2025 to 2028\n\nWe will improve patient access to digital services.\n",
      expected: ["3:9 info vague-outcome \"improve\" with no figure, baseline or date: nobody could tell whether it happened. Say by how much, from what, and by when."],
    },
    {
      name: "accepts the same promise with a figure and a date",
      text: "# Digital strategy 2025 to 2028\n\nWe will improve access for 75% of outpatients by March 2027.\n",
      expected: [],
    },
    {
      name: "accepts a promise with a baseline",
      text: "# Digital strategy 2025 to 2028\n\nWe will reduce log-in time, which is currently the main complaint.\n",
      expected: [],
    },
    {
      name: "reports American spelling (\"optimize\")",
      text: "# Digital strategy 2025 to 2028\n\nWe will optimize our clinical systems.\n",
      expected: ["3:9 info vague-outcome \"optimize\" with no figure, baseline or date: nobody could tell whether it happened. Say by how much, from what, and by when."],
    },
    {
      name: "leaves description of the world alone",
      text: "# Digital strategy 2025 to 2028\n\nDemand for care has increased over the last decade.\n",
      expected: [],
    },
    {
      name: "leaves names alone (\"Quality Improvement Programme\")",
      text: "# Digital strategy 2025 to 2028\n\nWe will continue the Quality Improvement Programme for all teams.\n",
      expected: [],
    },
    {
      name: "reports an item that opens with the verb outside outcome sections",
      text: "# Digital strategy 2025 to 2028\n\n## Background\n\n- Reduce the time staff spend logging in\n",
      expected: ["5:3 info vague-outcome \"Reduce\" with no figure, baseline or date: nobody could tell whether it happened. Say by how much, from what, and by when."],
    },
    {
      name: "leaves items under outcome headings to measurable-outcome",
      text: "# Digital strategy 2025 to 2028\n\n## Objectives\n\n- Improve patient access to records\n",
      expected: [],
    },
    {
      name: "leaves short labels such as theme names alone",
      text: "# Digital strategy 2025 to 2028\n\n## Background\n\n- Transforming our services\n",
      expected: [],
    },
    {
      name: "leaves past achievements alone (\"Transformed ...\")",
      text: "# Digital strategy 2025 to 2028\n\n## Background\n\n- Transformed the way we share evidence with the courts\n",
      expected: [],
    },
    {
      name: "leaves a gerund that is the subject of a benefit alone",
      text: "# Digital strategy 2025 to 2028\n\nIncreasing collaboration will allow partners to reuse our data.\n",
      expected: [],
    },
    {
      name: "leaves a sentence that carries on from a measured one alone",
      text: "# Digital strategy 2025 to 2028\n\nWe will raise online take-up to 80% within 3 years. This will be further increased as services improve.\n",
      expected: [],
    },
    {
      name: "leaves a table of contents of links alone",
      text: "# Digital strategy 2025 to 2028\n\n## Contents\n\n1. [Transforming the way we work](#theme-2)\n",
      expected: [],
    },
    {
      name: "skips inline code",
      text: "# Digital strategy 2025 to 2028\n\nWe will `improve` the build script for the website.\n",
      expected: [],
    },
    {
      name: "reports description too when onlyCommitments is off",
      text: "# Digital strategy 2025 to 2028\n\nDemand for care has increased over the last decade.\n",
      config: {"rules": {"vague-outcome": {"onlyCommitments": false}}},
      expected: ["3:21 info vague-outcome \"increased\" with no figure, baseline or date: nobody could tell whether it happened. Say by how much, from what, and by when."],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('scans again only the section that changed, with the same findings as a fresh analysis', () => {
    const before = '# Strategy\n\n## Our outcomes\n\nWe will improve the way we work.\n\n### Access\n\n- Improve access to services for patients and carers\n';
    // Renaming the parent heading takes the item out of the outcomes, though its own section is not scanned again.
    const after = before.replace('## Our outcomes', '## Our story');
    const { first, firstScans, again, scans, fresh } = reanalyse(RULE, before, after);
    assert.equal(firstScans, 3);
    assert.equal(first.findings.length, 1);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings), [
      '5:9 info vague-outcome "improve" with no figure, baseline or date: nobody could tell whether it happened. Say by how much, from what, and by when.',
      '9:3 info vague-outcome "Improve" with no figure, baseline or date: nobody could tell whether it happened. Say by how much, from what, and by when.',
    ]);
  });
});

describe(`${RULE}: only the strategy's own promises`, () => {
  const reported = (sentence: string) => lint(`# Plan for 2026 to 2028\n\n${sentence}\n`, RULE).findings.length > 0;
  const promises = [
    'We will improve the way residents report problems.',
    'Our aim is to reduce the paperwork our social workers do.',
    'The council will transform how tenants pay their rent.',
    'This strategy will enhance support for small businesses.',
    'We need to improve the quality of our online forms.',
    'Facilities Management will optimize how rooms are booked.',
    'We can radically improve the way we book rooms.',
    'Our focus is to provide a better experience for callers.',
  ];
  const notPromises = [
    'Software keeps getting better every year.',
    'Phones keep getting cheaper. This will increase the number of people online.',
    'Demand is forecast to increase as the population ages.',
    "The county's housing plan will improve the supply of homes.",
    'We must avoid practices that reduce trust in our tools.',
    'We improved our call answering last year.',
    'Improving how we work, through:',
    'Improving services for residents ........ 12',
  ];
  for (const s of promises) it(`reports "${s}"`, () => assert.ok(reported(s)));
  for (const s of notPromises) it(`leaves "${s}" alone`, () => assert.ok(!reported(s)));

  it('leaves a case study alone', () => {
    const text = '# Plan for 2026 to 2028\n\n## Case study: a neighbouring council\n\nThe team there will improve its booking service.\n';
    assert.deepEqual(lint(text, RULE).findings, []);
  });
});
