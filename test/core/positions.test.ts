// Spans are UTF-16 offsets into the text as given: astral characters count
// two, CRLF counts two, a tab counts one, and front matter shifts nothing.
import { strict as assert } from 'node:assert';
import { lines, lint } from '../helpers';

const at = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('positions', () => {
  it('puts a horizon after an emoji on the right characters', () => {
    const text = '# 🚀 Digital strategy 2024 to 2034\n';
    const [f] = lint(text, 'time-horizon').findings;
    assert.equal(at(text, f.span), '2024 to 2034');
    // The rocket is two UTF-16 code units, so the range starts at column 23, not 22.
    assert.equal(lines(text, [f])[0].split(' ')[0], '1:23');
  });

  it('keeps spans right after astral characters in a soft-wrapped paragraph', () => {
    const text = '# Strategy 2025 to 2028\n\nWe 𝒘𝒊𝒍𝒍 grow 👩🏽‍⚕️ teams\nover the next decade.\n\nWe will review it every year.\n';
    const [f] = lint(text, 'time-horizon').findings;
    assert.equal(at(text, f.span), 'over the next decade');
    assert.equal(lines(text, [f])[0].split(' ')[0], '4:1');
  });

  it('counts CRLF line endings as line breaks, not as columns', () => {
    const text = '# Strategy\r\n\r\n## Objectives\r\n\r\n- Improve patient access to records\r\n';
    const [f] = lint(text, 'measurable-outcome').findings;
    assert.equal(at(text, f.span), 'Improve patient access to records');
    assert.equal(lines(text, [f])[0].split(' ')[0], '5:3');
  });

  it('counts a tab as one column', () => {
    const text = '# Strategy\n\n## Objectives\n\n-\tImprove patient access to records\n';
    const [f] = lint(text, 'measurable-outcome').findings;
    assert.equal(at(text, f.span), 'Improve patient access to records');
    assert.equal(lines(text, [f])[0].split(' ')[0], '5:3');
  });

  it('gives offsets into the whole text when there is front matter', () => {
    const text = '---\ntitle: "Digital strategy 🚑"\ndate: 2025-04-01\n---\n\n# Digital strategy 2025 to 2035\n';
    const [f] = lint(text, 'time-horizon').findings;
    assert.equal(at(text, f.span), '2025 to 2035');
    assert.equal(lines(text, [f])[0].split(' ')[0], '6:20');
  });

  it('points at the rule id inside a comment after astral characters', () => {
    const text = '# Strategy\n\n<!-- 🙂 --><!-- strategy-lint-disable 😀-rule -->\n';
    const [f] = lint(text, 'unknown-rule').findings;
    assert.equal(at(text, f.span), '😀-rule');
  });

  it('inserts a fix with CRLF into a CRLF document with front matter and emoji', () => {
    const text = '---\r\ndate: 2025-04-01\r\n---\r\n# Strategy 🏥\r\n\r\n## Our priorities\r\n\r\n1. Replace the patient administration system 👍\r\n';
    const [f] = lint(text, 'not-doing-section').findings;
    assert.equal(at(text, f.span), '# Strategy 🏥');
    const edit = f.fixes[0].edits[0];
    assert.equal(edit.start, text.length);
    assert.ok(!/[^\r]\n/.test(edit.newText), 'the fix inserts a bare LF');
  });
});
