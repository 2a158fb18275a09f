import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = "funding-led";

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: "reports bidding for funding pots as the reason for action",
      text: "# Digital strategy 2025 to 2028\n\nWe will bid for national funding pots as they arise.\n",
      expected: ["3:9 warning funding-led \"bid for\" makes funding the reason for action. Say what need the work meets; treat funding as a means, not the driver."],
    },
    {
      name: "reports work made conditional on funding",
      text: "# Digital strategy 2025 to 2028\n\nWe will roll out e-prescribing if funding allows.\n",
      expected: ["3:32 warning funding-led \"if funding allows\" makes funding the reason for action. Say what need the work meets; treat funding as a means, not the driver."],
    },
    {
      name: "reports chasing funding opportunities",
      text: "# Digital strategy 2025 to 2028\n\nWe will pursue funding opportunities across the region.\n",
      expected: ["3:16 warning funding-led \"funding opportunities\" makes funding the reason for action. Say what need the work meets; treat funding as a means, not the driver."],
    },
    {
      name: "accepts funding as a means",
      text: "# Digital strategy 2025 to 2028\n\nThe work costs £1.2m, paid from our capital budget.\n",
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('reuses the scan of the sections an edit did not touch', () => {
    const text = '# Digital strategy 2025 to 2028\n\n## Resources\n\nWe will bid for national funding pots as they arise.\n\n## Priorities\n\nWe will roll out e-prescribing.\n';
    const edited = text.replace('e-prescribing.', 'e-prescribing if funding allows.');
    const { again, scans, fresh } = reanalyse(RULE, text, edited);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(again.evidence, fresh.evidence);
    assert.deepEqual(lines(edited, again.findings), [
      '5:9 warning funding-led "bid for" makes funding the reason for action. Say what need the work meets; treat funding as a means, not the driver.',
      '9:32 warning funding-led "if funding allows" makes funding the reason for action. Say what need the work meets; treat funding as a means, not the driver.',
    ]);
  });
});
