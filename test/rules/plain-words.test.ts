import { strict as assert } from 'node:assert';
import { fixAllEdits } from '../../server/src/core/index';
import { applyFix, lines, lint, reanalyse } from '../helpers';

const RULE = 'plain-words';

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: 'reports formal words with their plain alternative, keeping a capital at the start',
      text: '# Strategy\n\nPrior to the launch we will ascertain what staff require.\n',
      expected: [
        '3:1 hint plain-words "Prior to" has a plainer alternative: "Before".',
        '3:29 hint plain-words "ascertain" has a plainer alternative: "find out".',
        '3:50 hint plain-words "require" has a plainer alternative: "need".',
      ],
    },
    {
      name: 'suggests the same form of the verb',
      text: '# Strategy\n\nWe commenced work and ensured it was safe.\n',
      expected: [
        '3:4 hint plain-words "commenced" has a plainer alternative: "started".',
        '3:23 hint plain-words "ensured" has a plainer alternative: "made sure".',
      ],
    },
    { name: 'accepts plain text', text: '# Strategy\n\nWe will start before the launch.\n', expected: [] },
    { name: 'respects the allow option', text: '# Strategy\n\nWe will ensure it works.\n', expected: [], config: { rules: { [RULE]: { allow: ['ensure'] } } } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('applying the fix puts the plain word in, and the finding goes away', () => {
    const text = '# Strategy\n\nWe need approximately 40 laptops.\n';
    const fixed = applyFix(text, lint(text, RULE).findings[0]);
    assert.equal(fixed, '# Strategy\n\nWe need about 40 laptops.\n');
    assert.deepEqual(lint(fixed, RULE).findings, []);
  });

  it('offers both "showed" and "shown" for "demonstrated", and "fix all" applies neither', () => {
    const text = '# Strategy\n\nThe pilot demonstrated savings.\n';
    const [f] = lint(text, RULE).findings;
    assert.deepEqual(f.fixes.map((x) => x.title), ['Replace "demonstrated" with "showed"', 'Replace "demonstrated" with "shown"']);
    assert.equal(applyFix(text, f), '# Strategy\n\nThe pilot showed savings.\n');
    assert.deepEqual(fixAllEdits([f]), []);
  });

  it('offers no fix where markup sits inside the phrase, so no text is lost', () => {
    const text = '# Strategy\n\nWe act *prior* to launch.\n';
    const findings = lint(text, RULE).findings;
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].fixes, []);
  });

  it('after an edit, scans only the chunk that changed and finds what a fresh analysis finds', () => {
    const before = '# Strategy\n\n## One\n\nWe need approximately 40 laptops.\n\n## Two\n\nWe will start soon.\n\n## Three\n\nThe pilot demonstrated savings.\n';
    const after = before.replace('We will start soon.', 'We will commence soon.');
    const { again, scans, fresh } = reanalyse(RULE, before, after);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings).map((l) => l.split(' ')[0]), ['5:9', '9:9', '13:11']);
    // The fixes in a chunk after the edit are placed in the edited text.
    assert.equal(applyFix(after, again.findings[again.findings.length - 1]), after.replace('The pilot demonstrated', 'The pilot showed'));
  });
});
