// What the analysis thread sends the main thread, and the last results moved onto a newer
// text: the pieces of the server's responsiveness (issue 17) that can be checked without a
// server. The server itself is in responsive.test.ts.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/index';
import { keptSections, packSections, sectionFinder, unpackSections } from '../../server/src/lsp/analysis-worker';
import { positionedText } from '../../server/src/lsp/convert';
import { hover, type Analysed } from '../../server/src/lsp/features';
import { changedStretch, rebase } from '../../server/src/lsp/rebase';

function analysed(text: string): Analysed {
  const analysis = analyze(text);
  return { uri: 'file:///s.md', version: 1, doc: positionedText('file:///s.md', text), analysis, card: { summary: '', questions: [], qualities: [] } };
}

describe('analysis thread: packed sections', () => {
  const text = '# Digital strategy\n\n' + Array.from({ length: 3000 }, (_, i) => (i % 100 === 0 ? '## Our priorities\n\nWe will leverage it.\n\n' : `### Part ${i}\n\nWords.\n\n`)).join('');
  const a = analyze(text);

  it('unpack to the same sections', () => {
    assert.deepEqual(unpackSections(packSections(a.doc.sections)), a.doc.sections);
  });

  it('find the section whose heading holds an offset, as a search of every section does', () => {
    const find = sectionFinder(packSections(a.doc.sections));
    for (let o = 0; o < text.length; o += 13) {
      const want = a.doc.sections.find((s) => s.heading.span.start <= o && o < s.heading.span.end);
      const got = find(o);
      assert.deepEqual(got && got.heading.span.start <= o && o < got.heading.span.end ? got : undefined, want, `offset ${o}`);
    }
  });

  it('keep the first section of each kind, which is what missing sections and their place are read from', () => {
    const kept = keptSections(packSections(a.doc.sections), a.doc.sectionLevel, a.findings);
    assert.ok(kept.length < 10, `${kept.length} kept`);
    const kinds = (ss: typeof kept) => [...new Set(ss.flatMap((s) => s.kinds))].sort();
    assert.deepEqual(kinds(kept), kinds(a.doc.sections));
  });
});

describe('analysis thread: last results on a newer text', () => {
  const text = '# Digital strategy\n\nWe will leverage our data.\n\nWe will leverage our staff.\n';

  it('finds the one stretch that differs', () => {
    assert.deepEqual(changedStretch('abcdef', 'abXYdef'), { start: 2, oldEnd: 3, newEnd: 4 });
    assert.deepEqual(changedStretch('abc', 'abc!'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.deepEqual(changedStretch('aaaa', 'aa'), { start: 2, oldEnd: 4, newEnd: 2 });
  });

  it('moves findings after an edit, leaves out those it touches, and keeps those before it', () => {
    const a = analysed(text);
    const [first, second] = a.analysis.findings.filter((f) => f.ruleId === 'words-to-avoid');
    assert.ok(first && second);
    // Typed into the first sentence, after its finding's word.
    const at = text.indexOf('our data');
    const now = text.slice(0, at) + 'all of ' + text.slice(at);
    const b = rebase(a, now, 2);
    assert.equal(b.version, 2);
    const moved = b.analysis.findings.filter((f) => f.ruleId === 'words-to-avoid');
    assert.deepEqual(
      moved.map((f) => now.slice(f.span.start, f.span.end)),
      [first, second].map((f) => text.slice(f.span.start, f.span.end)),
    );
    for (const f of moved) for (const fix of f.fixes) for (const e of fix.edits) assert.equal(now.slice(e.start, e.end), text.slice(e.start - (e.start > at ? 7 : 0), e.end - (e.start > at ? 7 : 0)));
    // An edit inside a finding's span leaves it out.
    const inside = text.replace('leverage our staff', 'leveraging our staff');
    const c = rebase(a, inside, 2);
    assert.equal(c.analysis.findings.filter((f) => f.ruleId === 'words-to-avoid').length, 1);
    // A hover on the moved finding finds it at its new place.
    const pos = b.doc.positionAt(moved[1].span.start);
    const h = hover(b, pos);
    assert.ok(h && JSON.stringify(h.contents).includes('words-to-avoid'));
    assert.deepEqual(h.range?.start, pos);
  });
});
