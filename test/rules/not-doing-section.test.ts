import { strict as assert } from 'node:assert';
import { applyFix, lines, lint } from '../helpers';

const RULE = 'not-doing-section';

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[] }> = [
    {
      name: 'reports a strategy with no not-doing section on its title',
      text: '# Digital strategy 2025 to 2028\n\n## Our priorities\n\n1. Replace the PAS\n',
      expected: ['1:1 warning not-doing-section No "What we will not do" section. Says what the strategy will not do or will stop, so that everyone knows where effort is not going.'],
    },
    {
      name: 'accepts a heading that means the same ("Out of scope")',
      text: '# Strategy\n\n## Out of scope\n\nWe will not build a patient app this year.\n',
      expected: [],
    },
    {
      name: 'accepts American spelling ("Not prioritizing")',
      text: '# Strategy\n\n## What we are not prioritizing\n\nAn app of our own, because the NHS App does the job.\n',
      expected: [],
    },
    {
      name: 'accepts three "we will not" statements without a heading',
      text: '# Strategy\n\nWe will not build an app. We won\'t buy a new intranet. We will stop printing letters.\n',
      expected: [],
    },
    {
      name: 'reports a not-doing section that holds only a placeholder',
      text: '# Strategy\n\n## What we will not do\n\nTBC\n',
      expected: ['3:1 warning not-doing-section The section "What we will not do" holds only a placeholder, so it counts as missing. Says what the strategy will not do or will stop, so that everyone knows where effort is not going.'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE).findings), c.expected);
    });
  }

  it('inserts the section after the priorities, at their heading level, and the finding goes away', () => {
    const text = '# Digital strategy\n\n## Our priorities\n\n1. Replace the PAS\n\n## Governance\n\nThe board owns it.\n';
    const [finding] = lint(text, RULE).findings;
    const fixed = applyFix(text, finding);
    assert.match(fixed, /## Our priorities\n\n1\. Replace the PAS\n\n## What we will not do\n\n- We will not .*\n- We will stop .*\n\n## Governance\n/);
    assert.deepEqual(lint(fixed, RULE).findings, []);
  });

  it('keeps CRLF line endings in the inserted section', () => {
    const text = '# Digital strategy\r\n\r\n## Our priorities\r\n\r\n1. Replace the PAS\r\n';
    const fixed = applyFix(text, lint(text, RULE).findings[0]);
    assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was inserted');
    assert.deepEqual(lint(fixed, RULE).findings, []);
  });
});
