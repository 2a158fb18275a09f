import { strict as assert } from 'node:assert';
import { lines, lint } from '../helpers';

const RULE = 'unknown-rule';

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[] }> = [
    {
      name: 'reports a misspelt rule id in a disable comment, on the id itself',
      text: '# Strategy\n\n<!-- strategy-lint-disable time-horizons -->\n',
      expected: ['3:28 warning unknown-rule There is no rule "time-horizons", so this comment switches nothing off.'],
    },
    {
      name: 'reads ids separated by commas and ignores the reason after " -- "',
      text: '# Strategy\n\n<!-- strategy-lint-disable-next-line not-doing-section, made-up -- our board asked for this -->\nText.\n',
      expected: ['3:57 warning unknown-rule There is no rule "made-up", so this comment switches nothing off.'],
    },
    {
      name: 'checks enable comments too',
      text: '# Strategy\n\n<!-- strategy-lint-enable timehorizon -->\n',
      expected: ['3:27 warning unknown-rule There is no rule "timehorizon", so this comment switches nothing off.'],
    },
    {
      name: 'accepts known ids and comments with no ids',
      text: '# Strategy\n\n<!-- strategy-lint-disable time-horizon measurable-outcome -->\n<!-- strategy-lint-enable -->\n<!-- an ordinary comment -->\n',
      expected: [],
    },
    {
      name: 'ignores directives inside code',
      text: '# Strategy\n\n```\n<!-- strategy-lint-disable no-such-rule -->\n```\n',
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE).findings), c.expected);
    });
  }

  it('has no fix, and correcting the id makes the finding go away', () => {
    const text = '# Strategy\n\n<!-- strategy-lint-disable time-horizons -->\n';
    const [finding] = lint(text, RULE).findings;
    assert.equal(finding.fixes.length, 0);
    assert.deepEqual(lint(text.replace('time-horizons', 'time-horizon'), RULE).findings, []);
  });
});
