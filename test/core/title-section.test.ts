// The document's title names the whole document, not one of its sections:
// a strategy titled "# Plan …" is not one big priorities section.
import { strict as assert } from 'node:assert';
import { lines, lint } from '../helpers';

const MISSING_PRIORITIES = '1:1 info priorities-section No "Our priorities" section. Ranks or phases the work, so the board can see what comes first and what waits.';

describe('the title sets no section kind', () => {
  it('a document titled "# Plan …" still lacks a priorities section when none is written', () => {
    const text = '# Plan for digital care 2025 to 2028\n\n## Our vision\n\nA paperless trust where staff spend their time on care.\n\n## Where we are now\n\nWards still print their handover sheets.\n';
    const a = lint(text, 'priorities-section');
    assert.deepEqual(lines(text, a.findings), [MISSING_PRIORITIES]);
    assert.deepEqual(a.doc.sections[0].kinds, []);
    assert.deepEqual(a.doc.sections[1].kinds, ['vision']);
  });

  it('a section under that title still counts ("## Delivery plan")', () => {
    const text = '# Plan for digital care 2025 to 2028\n\n## Delivery plan\n\nYear one brings electronic observations to every ward.\n';
    assert.deepEqual(lint(text, 'priorities-section').findings, []);
  });

  it('a lone heading with no sections under it keeps its kind (the page is that section)', () => {
    const text = '# Our priorities\n\nFirst, electronic observations on every ward. Then a shared care record with GP practices.\n';
    assert.deepEqual(lint(text, 'priorities-section').doc.sections[0].kinds, ['priorities']);
  });

  it('with several `#` headings, each is a section and keeps its kind', () => {
    const text = '# Vision\n\nA paperless trust.\n\n# Plan\n\nYear one brings electronic observations.\n\n## Year two\n\nA shared care record.\n';
    const a = lint(text, 'priorities-section');
    assert.deepEqual(a.doc.sections.map((s) => s.kinds), [['vision'], ['priorities'], []]);
    assert.deepEqual(a.findings, []);
  });
});
