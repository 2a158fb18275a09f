import { strict as assert } from 'node:assert';
import { applyFix, lines, lint } from '../helpers';

const RULE = 'document-length';
const para = (n: number) => Array.from({ length: n }, (_, i) => `Ward ${i} has new laptops.`).join(' ');

describe(RULE, () => {
  const long = `# Strategy\n\n## Context\n\n${para(1300)}\n\n## Plan\n\nWe will act.\n`;
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: 'reports a strategy over 6,000 words with no summary',
      text: long,
      expected: ['1:1 warning document-length This strategy has about 6,506 words and no summary section. Past 6,000 words, few readers will get through it: add a short summary at the start.'],
    },
    { name: 'accepts a long strategy with an executive summary', text: long.replace('## Context', '## Executive summary\n\nBy 2027 every ward will have laptops.\n\n## Context'), expected: [] },
    { name: 'accepts a summary whose heading lacks its space (heading-syntax reports that)', text: long.replace('## Context', '##02 Executive summary\n\nBy 2027 every ward will have laptops.\n\n## Context'), expected: [] },
    { name: 'accepts a short strategy', text: `# Strategy\n\n${para(100)}\n`, expected: [] },
    { name: 'the word limit is tunable', text: long, expected: [], config: { rules: { [RULE]: { maxWords: 10000 } } } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('applying the fix inserts a summary before the first section, and the finding goes away', () => {
    const fixed = applyFix(long, lint(long, RULE).findings[0]);
    assert.match(fixed, /^# Strategy\n\n## Summary\n\nIn one paragraph: \[.*\]\.\n\n## Context\n/);
    assert.deepEqual(lint(fixed, RULE, { rules: { 'document-length': { maxWords: 6000 } } }).findings.map((f) => f.ruleId), []);
  });

  it('keeps CRLF line endings', () => {
    const crlf = long.replace(/\n/g, '\r\n');
    const fixed = applyFix(crlf, lint(crlf, RULE).findings[0]);
    assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was inserted');
  });
});
