// The snippets and the grammar injection: the committed files are the
// generated ones, and the grammar's patterns highlight what they should.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { editorFiles, snippets } from '../../client/src/editor-files';
import { SECTION_KINDS } from '../../server/src/core/sections';

describe('editor files (snippets and grammar)', () => {
  for (const [path, text] of Object.entries(editorFiles())) {
    it(`${path} is current (run "npm run editor-files" if not)`, () => {
      assert.equal(readFileSync(path, 'utf8'), text);
    });
  }

  it('has a snippet for the whole skeleton, every section, the outcomes table and each disable comment', () => {
    const s = snippets();
    const prefixes = Object.values(s).flatMap((x) => x.prefix);
    for (const k of SECTION_KINDS) assert.ok(prefixes.includes(`section-${k.kind}`), k.kind);
    for (const p of ['strategy', 'outcomes-table', 'strategy-lint-disable', 'strategy-lint-enable', 'strategy-lint-disable-next-line']) assert.ok(prefixes.includes(p), p);
    const whole = s['Strategy skeleton'].body.join('\n');
    for (const k of SECTION_KINDS) assert.ok(whole.includes(`\n## ${k.title}\n`), k.title);
  });

  it('escapes snippet bodies: every $ starts a tab stop', () => {
    for (const [name, sn] of Object.entries(snippets())) {
      for (const line of sn.body) assert.doesNotMatch(line.replace(/\\[$}\\]/g, ''), /\$(?![0-9{])/, `${name}: ${line}`);
    }
  });

  describe('grammar patterns', () => {
    const grammar = JSON.parse(readFileSync('syntaxes/strategy-lint.injection.json', 'utf8')) as { injectionSelector: string; patterns: Array<{ match: string; name: string }> };
    /** What a TextMate tokeniser highlights in a line: the earliest match of any pattern (the first pattern on a tie), then on from its end. */
    const highlights = (line: string) => {
      const res = grammar.patterns.map((p) => ({ re: new RegExp(p.match, 'g'), scope: p.name.split('.')[2] }));
      const out: Array<[string, string]> = [];
      for (let pos = 0; pos < line.length; ) {
        let best: { index: number; text: string; scope: string } | undefined;
        for (const { re, scope } of res) {
          re.lastIndex = pos;
          const m = re.exec(line);
          if (m && m[0].length && (!best || m.index < best.index)) best = { index: m.index, text: m[0], scope };
        }
        if (!best) break;
        out.push([best.scope, best.text]);
        pos = best.index + best.text.length;
      }
      return out;
    };
    const cases: Array<[string, Array<[string, string]>]> = [
      ['Raise the share of letters sent digitally from 62% to 80% by March 2027.', [['target', 'from 62% to 80% by March 2027']]],
      ['Cut waiting lists from 1,200 to 800.', [['target', 'from 1,200 to 800']]],
      ['Reach 95% by 2026 across all wards.', [['target', '95% by 2026']]],
      ['Answer 90% of calls within 18 weeks by the end of 2026.', [['target', '18 weeks by the end of 2026']]],
      ['# Digital strategy 2025 to 2028', [['horizon', '2025 to 2028']]],
      ['Our plan for 2024-2029 and 2025–28.', [['horizon', '2024-2029'], ['horizon', '2025–28']]],
      ['From 2024/25 to 2027/28 we will grow.', [['horizon', '2024/25 to 2027/28']]],
      // Longer than the guidance's five years: coloured as the problem its error says it is.
      ['# Digital strategy 2024 to 2034', [['long-horizon', '2024 to 2034']]],
      ['Our plan for 2025-2031 and 2024–34.', [['long-horizon', '2025-2031'], ['long-horizon', '2024–34']]],
      ['We will not build our own patient app, because the NHS App does the job. Then more.', [['not-doing', 'We will not build our own patient app, because the NHS App does the job.']]],
      ["we won't replace the intranet this year", [['not-doing', "we won't replace the intranet this year"]]],
      ['We will improve patient experience.', []],
      ['In 2024/25 we spent £2m.', []],
      ['Call 0800 123 4567 between 9 and 5.', []],
      ['Between 2024 and 2028 the wards will change.', []],
    ];
    for (const [line, expected] of cases) {
      it(`${expected.length ? 'highlights' : 'leaves plain'}: ${line}`, () => {
        assert.deepEqual(highlights(line), expected);
      });
    }
    it('injects into Markdown prose but not code', () => {
      assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
      assert.match(grammar.injectionSelector, /-markup\.fenced_code/);
      assert.match(grammar.injectionSelector, /-markup\.inline\.raw/);
    });
  });
});
