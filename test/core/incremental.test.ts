// Incremental analysis gives the same answers as starting afresh: cutting a
// document at headings and parsing the pieces gives the same tree and model as
// parsing it whole, and analysing edit after edit with a cache gives the same
// findings, fixes and evidence as a fresh analysis of each version.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, buildDoc, ChunkCache, type Analysis, type Doc } from '../../server/src/core/index';
import { parseMarkdown, splitChunks } from '../../server/src/core/parse';
import { runOffset, sentenceSpan } from '../../server/src/core/text';
import { defineRule } from '../../server/src/core/rule';
import { placed } from '../../server/src/core/rule-helpers';
import { resolveConfig } from '../../server/src/core/config';
import { RULES } from '../../server/src/core/rules/index';
import type { Span } from '../../server/src/core/types';
import { NOW } from '../helpers';

const EXAMPLES = join(process.cwd(), 'examples');

// Lines chosen to hit every construct that could make a piece parse differently from the whole.
const LINES = [
  '# Digital strategy 2025 to 2035', '## Outcomes', '## What we will not do', '### Our priorities', '#\tTabbed heading', '#', '####### not a heading',
  '## Where we are now ##', 'Plain text with a horizon over the next ten years.', 'We will not build an app. We will stop printing.',
  'Raise uptake from 40% to 75% by March 2027, owned by the board.', 'Improve access for patients and staff', '',
  '', '', '- Improve patient access to records', '- Raise satisfaction from 60% to 80% by 2027', '1. Replace the PAS by 2026',
  '2) Roll out e-prescribing', '  continued item text', '    indented code or continuation', '\tTabbed line',
  '> A quote about users', '>', '> - quoted list item', '```', '~~~', '````md', '   ```', '``` inline `code` here', '  ~~~',
  '<!-- strategy-lint-disable time-horizon -->', '<!-- open comment', '-->', '<!-->', '<div>', '</div>', '<pre', '</pre>', '<span>',
  '  <div>', '<?php', '?>', '<?>', '<!--->', '<!DOCTYPE html', '<![CDATA[', ']]>', '| Service | Users |', '| --- | --- |', '| EPR | staff |',
  '[ref]: https://example.org', '[^1]: A footnote', 'See [ref] and [^1].', 'Setext title', '===', '---', '***', '- [ ] a task',
  '   # indented heading', 'Text\r# after a lone CR', '**bold** and _emphasis_ with `code` and a <span>tag</span>.',
  'This three-year strategy will be reviewed every year by the board.', 'TBC',
  // Lines that set rules off, so that their per-chunk scans are compared too.
  '## Our vision', '- Implement AI', '- Cloud migration', 'We will harness the power of AI and blockchain to deliver world-class, seamless services.',
  'The EPR and PAS will be delivered by the CDIO, subject to funding, and we will bid for national funding pots.',
  'We are committed to leveraging synergies going forward and we will strive to utilise best practice.',
  'Records were moved by the team and patients were told, which was agreed by the board in 2019.',
  'This sentence goes on and on with many words about patients and staff and services and systems and plans and more plans so that it is far longer than anyone would want to read in one go today.',
  'Digital first means that we design services for people who use the NHS App (NHSA).', '## Resources and funding', '## Who owns this strategy',
];

const lineArb = fc.constantFrom(...LINES);
const docArb = fc
  .record({
    lines: fc.array(lineArb, { minLength: 0, maxLength: 40 }),
    crlf: fc.boolean(),
    frontMatter: fc.constantFrom('', '---\ntitle: Strategy 2025 to 2028\n---\n', '---\n# a yaml comment\ndate: 2025-01-01\n---\n', '---\n---\n'),
    finalEol: fc.boolean(),
  })
  .map(({ lines, crlf, frontMatter, finalEol }) => {
    const eol = crlf ? '\r\n' : '\n';
    return (frontMatter + lines.join('\n') + (finalEol ? '\n' : '')).replace(/\r?\n/g, eol);
  });

/** The tree with every node's offsets shifted by `by`, keeping only what the model reads. */
function shape(node: any, by: number): unknown {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'position') out.at = [(v as any).start.offset + by, (v as any).end.offset + by];
    else if (k === 'children') out.children = (v as any[]).map((c) => shape(c, by));
    else if (k !== 'data') out[k] = v;
  }
  return out;
}

function chunkedTree(text: string, cutAfter?: number): unknown[] {
  const starts = splitChunks(text, cutAfter);
  const out: unknown[] = [];
  starts.forEach((s, i) => {
    for (const c of parseMarkdown(text.slice(s, starts[i + 1] ?? text.length)).children) out.push(shape(c, s));
  });
  return out;
}

/** The model with every run made absolute, so models built with different cuts compare equal. */
/** The model as plain data, without the chunks it was assembled from (which differ by design). */
function plain(doc: Doc): unknown {
  const runs = new Map<object, unknown>();
  return JSON.parse(
    JSON.stringify({ ...doc, chunks: undefined }, (k, v) => {
      if (k === 'run' && v && typeof v === 'object') {
        if (!runs.has(v)) runs.set(v, { text: v.text, at: Array.from(v.text as string, (_: string, i: number) => runOffset(v, i)) });
        return runs.get(v);
      }
      return v;
    }),
  );
}

function outcome(a: Analysis): unknown {
  return { findings: a.findings, evidence: a.evidence, errors: a.errors };
}

const edits = fc.array(
  fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom('x', '#', '\n', '\r\n', '`', '<', '>', ' ', '-', '# ', '\n## Outcomes\n', '\n```\n', '<!--', '-->', '2034', ']:'), lineArb) }),
  { minLength: 1, maxLength: 12 },
);

describe('incremental analysis', () => {
  it('cuts a real-looking document at its headings', () => {
    const text = '# Title\n\nIntro.\n\n## One\n\nText.\n\n```\n# not a heading\n```\n\n## Two\n\n<!--\n# not a heading\n-->\n\n### Three\n';
    assert.deepEqual(splitChunks(text).map((s) => text.slice(s, text.indexOf('\n', s))), ['# Title', '## One', '## Two', '### Three']);
  });

  it('cuts a long stretch without headings before paragraphs, and reads a lone tag line after a blank line as HTML', () => {
    // Each ends with a full stop: after a line that ends "open" the chunker does not cut (a converted sentence may go on).
    const para = (i: number) => `Paragraph ${i} ${'word '.repeat(30).trim()}.\n`;
    const text = `# Title\n\n${para(1)}\n<br />\n\n${para(2)}- a list.\n\n${para(3)}\n- item\n\n  ${para(4)}\n${para(5)}`;
    const cuts = (cutAfter: number) => splitChunks(text, cutAfter).map((s) => text.slice(s, s + 11));
    assert.deepEqual(cuts(1), ['# Title\n\nPa', 'Paragraph 1', 'Paragraph 2', 'Paragraph 3', 'Paragraph 5']);
    assert.deepEqual(cuts(300), ['# Title\n\nPa', 'Paragraph 3', 'Paragraph 5']);
    // After a line of text a lone tag may be part of the paragraph, so cutting stops there.
    assert.deepEqual(splitChunks('# A\n\nText\n<br />\n\n# B\n', 1), [0, 5]);
  });

  it('does not cut after a line that ends without a full stop, where a converted sentence may go on', () => {
    const text = 'Our plan was agreed by the\n\nboard in March.\n\nA new paragraph starts here.\n\n7\n\nRunning header\n\nMore text.\n';
    const cuts = splitChunks(text, 1).map((s) => text.slice(s, s + 6));
    assert.deepEqual(cuts, ['Our pl', 'A new ']);
  });

  it('parses the pieces into the same tree as the whole document', () => {
    fc.assert(
      fc.property(docArb, fc.constantFrom(1, 40, 1000), (text, cutAfter) => {
        assert.deepEqual(chunkedTree(text, cutAfter), parseMarkdown(text).children.map((c) => shape(c, 0)));
      }),
      { seed: 20261126, numRuns: 800 },
    );
  });

  it('builds the same model from the pieces as from the whole document', () => {
    fc.assert(
      fc.property(docArb, fc.constantFrom(1, 40, 1000), (text, cutAfter) => {
        const whole = plain(buildDoc(text, { split: false }));
        assert.deepEqual(plain(buildDoc(text, { cutAfter, pieces: true })), whole);
        // Parsed whole and shared out among the chunks, as a first analysis does.
        assert.deepEqual(plain(buildDoc(text, { cutAfter })), whole);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('gives the same findings, fixes and evidence after each edit as a fresh analysis of the uncut text', () => {
    fc.assert(
      fc.property(docArb, edits, fc.constantFrom(1, 40, 1000), (start, steps, cutAfter) => {
        const cache = new ChunkCache();
        const chunking = { cutAfter };
        let text = start;
        analyze(text, { now: NOW, cache, chunking });
        for (const e of steps) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
          const incremental = analyze(text, { now: NOW, cache, chunking });
          // Fresh, and as one piece: what the rules find must not depend on where the text was cut.
          const fresh = analyze(text, { now: NOW, chunking: { split: false } });
          assert.deepEqual(outcome(incremental), outcome(fresh));
          assert.deepEqual(plain(incremental.doc), plain(fresh.doc));
        }
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('scans again only the piece an edit touched, and a changed option scans everything again', () => {
    const scanned: string[] = [];
    const rule = defineRule<{ word: string }, { hits: Span[] }>({
      meta: { ...RULES[0].meta, id: 'count-scans', options: { word: { type: 'string', default: 'text', description: 'A word.' } } },
      scan(chunk, { options }) {
        scanned.push(chunk.text.split('\n')[0]);
        const hits: Span[] = [];
        for (const s of chunk.sentences) for (const m of s.text.matchAll(new RegExp(options.word, 'g'))) hits.push(sentenceSpan(s, m.index, m.index + m[0].length));
        return { hits };
      },
      check(ctx) {
        for (const p of ctx.scanned) for (const h of p.value.hits) ctx.report({ span: placed(p, h), message: 'hit' });
      },
    });
    const sections = Array.from({ length: 5 }, (_, i) => `## Section ${i}\n\nSome text for section ${i}.\n`);
    const cache = new ChunkCache();
    const text = sections.join('\n');
    analyze(text, { now: NOW, cache, rules: [rule] });
    assert.equal(scanned.length, 5);
    scanned.length = 0;
    const at = text.indexOf('section 3.');
    const edited = text.slice(0, at) + 'more text, ' + text.slice(at);
    const findings = analyze(edited, { now: NOW, cache, rules: [rule] }).findings;
    assert.deepEqual(scanned, ['## Section 3']);
    // The unchanged chunks' results moved with the text: every hit is on the word.
    assert.equal(findings.length, 6);
    for (const f of findings) assert.equal(edited.slice(f.span.start, f.span.end), 'text');
    scanned.length = 0;
    const { config } = resolveConfig({ rules: { 'count-scans': { word: 'Some' } } }, 'test.json', [rule]);
    const some = analyze(edited, { now: NOW, cache, rules: [rule], config }).findings;
    assert.deepEqual(some.map((f) => edited.slice(f.span.start, f.span.end)), Array(5).fill('Some'));
    assert.equal(scanned.length, 5);
    // Only the scans under the settings in use are kept for the next keystroke.
    assert.equal(cache.liveScanKeys.size, 1);
    scanned.length = 0;
    analyze(edited, { now: NOW, cache, rules: [rule] });
    assert.equal(scanned.length, 5, 'the scans under the first settings were dropped, so going back scans again');
  });

  it('finds the same in the bundled examples however finely they are cut', () => {
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const whole = analyze(text, { now: NOW, chunking: { split: false } });
      assert.ok(whole.findings.length > 0 || file.includes('good'), file);
      for (const cutAfter of [1, 200]) {
        const cut = analyze(text, { now: NOW, chunking: { cutAfter } });
        assert.ok(cut.doc.chunks.length > whole.doc.chunks.length, file);
        assert.deepEqual(outcome(cut), outcome(whole), `${file} cut after ${cutAfter}`);
      }
    }
  });

  it('re-parses only the piece an edit touched', () => {
    const sections = Array.from({ length: 20 }, (_, i) => `## Section ${i}\n\nSome text for section ${i}.\n`);
    const cache = new ChunkCache();
    const text = sections.join('\n');
    analyze(text, { now: NOW, cache });
    const before = cache.misses;
    const at = text.indexOf('section 7.');
    analyze(text.slice(0, at) + 'x' + text.slice(at), { now: NOW, cache });
    assert.equal(cache.misses - before, 1);
  });
});
