// Which Markdown files the server checks: the strategyLint.files globs and
// front matter, and settings that arrive malformed.
import { strict as assert } from 'node:assert';
import { DEFAULT_FILES, frontMatterSaysStrategy, matchesFiles, normaliseSettings } from '../../server/src/lsp/settings';

describe('server settings and file selection', () => {
  const cases: Array<[string, boolean]> = [
    ['digital-strategy.md', true],
    ['docs/Digital Strategy 2025.md', true],
    ['plans/STRATEGY.markdown', true],
    ['strategies/2025/plan.md', true],
    ['board/strategy/summary.md', true],
    ['notes/meeting.md', false],
    ['strategy-notes.txt', false],
    ['strategic/plan.md', false],
  ];
  for (const [path, expected] of cases) {
    it(`${expected ? 'checks' : 'skips'} ${path} by default`, () => {
      assert.equal(matchesFiles(path, DEFAULT_FILES), expected);
    });
  }

  it('matches a glob without a folder against the file name anywhere, and absolute paths', () => {
    assert.equal(matchesFiles('/home/me/work/plan-2025.md', ['plan-*.md']), true);
    assert.equal(matchesFiles('/home/me/strategies/x.md', DEFAULT_FILES), true);
    assert.equal(matchesFiles('a/b/c.md', ['a/[bx]/?.md']), true);
    assert.equal(matchesFiles('a/d/c.md', ['a/[bx]/?.md']), false);
  });

  it('reads type: strategy from front matter, and nothing else', () => {
    assert.equal(frontMatterSaysStrategy('---\ntitle: Plan\ntype: strategy\n---\n# Plan\n'), true);
    assert.equal(frontMatterSaysStrategy('---\r\ntype: Strategy\r\n---\r\n'), true);
    assert.equal(frontMatterSaysStrategy('---\ntype: minutes\n---\n'), false);
    assert.equal(frontMatterSaysStrategy('# Plan\n\ntype: strategy\n'), false);
    assert.equal(frontMatterSaysStrategy('---\ntype: [unclosed\n---\n'), false);
  });

  it('falls back to defaults for malformed settings and drops unset rule settings', () => {
    const s = normaliseSettings({ files: 'strategy.md', debounce: 'fast', profile: 'welsh', rules: { 'time-horizon': null, 'vague-outcome': 'default', 'not-doing-section': 'off' }, show: 'some', run: 'sometimes', minimumSeverity: 'loud', focusMode: 'yes' });
    assert.deepEqual(s, { rules: { 'not-doing-section': 'off' }, profile: undefined, files: DEFAULT_FILES, debounce: 150, maxDocumentSize: undefined, show: 'everything', minSeverity: 'hint', run: 'onType', focusMode: true });
    assert.deepEqual(normaliseSettings(null).files, DEFAULT_FILES);
  });
});
