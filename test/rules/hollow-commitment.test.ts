import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = "hollow-commitment";

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: "reports \"we are committed to\" with no action behind it",
      text: "# Digital strategy 2025 to 2028\n\nWe are committed to supporting staff with digital skills.\n",
      expected: ["3:1 info hollow-commitment \"We are committed to\" states an intention, not an action (the GOV.UK style guide also lists \"commit\" and \"pledge\" as words to avoid). Say what will be done, by whom and by when."],
    },
    {
      name: "accepts an aim with a figure and a date",
      text: "# Digital strategy 2025 to 2028\n\nWe aim to train 400 staff by June 2026.\n",
      expected: [],
    },
    {
      name: "leaves other people's aims alone",
      text: "# Digital strategy 2025 to 2028\n\nPeople seeking to claim benefits can apply online.\n",
      expected: [],
    },
    {
      name: "reports the organisation as subject",
      text: "# Digital strategy 2025 to 2028\n\nThe trust will strive to be a digital leader.\n",
      expected: ["3:1 info hollow-commitment \"The trust will strive to\" states an intention, not an action. Say what will be done, by whom and by when."],
    },
    {
      name: "reports American spelling (\"endeavor\")",
      text: "# Digital strategy 2025 to 2028\n\nWe will endeavor to modernize our systems.\n",
      expected: ["3:1 info hollow-commitment \"We will endeavor to\" states an intention, not an action. Say what will be done, by whom and by when."],
    },
    {
      name: "accepts plain \"we will\" actions",
      text: "# Digital strategy 2025 to 2028\n\nWe will train every ward clerk in the new system.\n",
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('reuses the scan of the sections an edit did not touch', () => {
    const text = '# Digital strategy 2025 to 2028\n\n## Staff\n\nWe are committed to supporting staff.\n\n## Patients\n\nWe will publish a new app.\n';
    const edited = text.replace('We will publish', 'We aim to publish');
    const { again, scans, fresh } = reanalyse(RULE, text, edited);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(again.evidence, fresh.evidence);
    assert.deepEqual(lines(edited, again.findings), [
      '5:1 info hollow-commitment "We are committed to" states an intention, not an action (the GOV.UK style guide also lists "commit" and "pledge" as words to avoid). Say what will be done, by whom and by when.',
      '9:1 info hollow-commitment "We aim to" states an intention, not an action. Say what will be done, by whom and by when.',
    ]);
  });
});

describe(`${RULE}: case studies`, () => {
  it('leaves the aims of another body in a case study alone, and reports ours', () => {
    const text = '# Plan for 2026 to 2028\n\n## Case study: a neighbouring council\n\nWe are committed to open data, its leaders say.\n\n## Our approach\n\nWe are committed to open data.\n';
    assert.deepEqual(lint(text, RULE).findings.map((f) => text.slice(0, f.span.start).split('\n').length), [9]);
  });
});
