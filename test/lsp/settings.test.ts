// Which Markdown files the server checks: the strategyLint.files globs and
// front matter, and settings that arrive malformed.
import { strict as assert } from 'node:assert';
import { DEFAULT_FILES, frontMatterSaysStrategy, globMatch, matchesFiles, MAX_GLOB_LENGTH, normaliseSettings } from '../../server/src/lsp/settings';

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
    assert.deepEqual(s, { rules: { 'not-doing-section': 'off' }, profile: undefined, files: DEFAULT_FILES, debounce: 150, maxDocumentSize: undefined, problems: [], show: 'everything', minSeverity: 'hint', run: 'onType', focusMode: true });
    assert.deepEqual(normaliseSettings(null).files, DEFAULT_FILES);
  });

  it('matches braces, classes and folder wildcards as before, with a matcher whose work grows only with the lengths', () => {
    assert.equal(globMatch('docs/{plans,strategy}/**/*.md', 'docs/strategy/2025/board/plan.md'), true);
    assert.equal(globMatch('docs/{plans,strategy}/**/*.md', 'docs/other/plan.md'), false);
    assert.equal(globMatch('**/[!x]*.MD', 'a/b/plan.md'), true);
    assert.equal(globMatch('**/[!x]*.md', 'a/b/xplan.md'), false);
    assert.equal(globMatch('a/**/b', 'a/b'), true);
    assert.equal(globMatch('a**b', 'a/x/y/b'), true);
    // A regular expression made of this pattern backtracks for minutes on this path.
    const backtracking = '**a'.repeat(40) + '**b';
    assert.equal(globMatch(backtracking, 'a'.repeat(300) + '.md'), false);
    assert.equal(globMatch(backtracking, 'a'.repeat(300) + 'b'), true);
  });

  it('refuses a strategyLint.files pattern over the length limit, or too many patterns, with a message, and uses the defaults', () => {
    const long = normaliseSettings({ files: ['x'.repeat(MAX_GLOB_LENGTH + 1)] });
    assert.deepEqual(long.files, DEFAULT_FILES);
    assert.deepEqual(long.problems, [`"strategyLint.files" has a pattern of ${MAX_GLOB_LENGTH + 1} characters, more than the ${MAX_GLOB_LENGTH} allowed; using the default patterns.`]);
    const many = normaliseSettings({ files: Array.from({ length: 101 }, (_, i) => `p${i}.md`) });
    assert.deepEqual(many.files, DEFAULT_FILES);
    assert.match(many.problems[0], /has 101 patterns, more than the 100 allowed/);
  });
});
