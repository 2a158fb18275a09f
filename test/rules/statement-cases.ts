// Shared shape for "statements by meaning" tests: each sentence, alone in a
// short document, either stands in for the section or does not.
import { strict as assert } from 'node:assert';
import { lint } from '../helpers';

export function statementCases(rule: string, counts: string[], doesNot: string[]): void {
  describe(`${rule}: statements that answer the section without a heading`, () => {
    const config = { rules: { [rule]: { minStatements: 1 } } };
    for (const sentence of counts) {
      it(`counts "${sentence}"`, () => {
        const text = `# Plan for 2026 to 2028\n\n${sentence}\n`;
        assert.deepEqual(lint(text, rule, config).findings.map((f) => f.message), []);
      });
    }
    for (const sentence of doesNot) {
      it(`does not count "${sentence}"`, () => {
        const text = `# Plan for 2026 to 2028\n\n${sentence}\n`;
        assert.equal(lint(text, rule, config).findings.length, 1, `"${sentence}" was taken as answering ${rule}`);
      });
    }
  });
}
