// Findings after a backslash escape or an entity land on the right text:
// the model maps such text nodes character by character to their source.
import { strict as assert } from 'node:assert';
import { lint } from '../helpers';

describe('spans in text with escapes and entities', () => {
  for (const [what, prefix] of [
    ['backslash escapes', 'Clinical Service Units \\(CSUs\\) assess progress'],
    ['entities', 'Our teams &amp; partners assess progress'],
    ['a PDF-style wrapped line', 'Our teams\n   assess progress'],
  ]) {
    it(`after ${what}`, () => {
      const text = `# Strategy\n\n${prefix} in order to act.\n`;
      const [f] = lint(text, 'words-to-avoid').findings;
      assert.equal(text.slice(f.span.start, f.span.end), 'in order to');
      assert.equal(f.fixes.length, 1, 'the fix is offered because the span matches the source');
    });
  }
});
