// document-too-large is reported by analyze() itself when a document passes
// maxDocumentSize; these cases pin down what a user sees either side of it.
import { strict as assert } from 'node:assert';
import { lines, lint } from '../helpers';

const RULE = 'document-too-large';
const big = '# Digital strategy 2025 to 2028\n\n' + 'We will replace the network. '.repeat(50);

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config: Record<string, unknown> }> = [
    {
      name: 'reports a document over maxDocumentSize on its first line',
      text: big,
      config: { maxDocumentSize: 1000 },
      expected: [`1:1 warning document-too-large This document is ${big.length.toLocaleString('en-GB')} characters, more than the 1,000 strategy-lint checks (the maxDocumentSize setting), so no other check ran. Split it into smaller files, or raise maxDocumentSize.`],
    },
    { name: 'accepts a document within the limit', text: big, config: { maxDocumentSize: 100000 }, expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }
});
