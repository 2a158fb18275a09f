// Documents built to hurt: past the size limit, and front matter that would
// exhaust the YAML parser. Analysis answers quickly with a clear finding.
import { strict as assert } from 'node:assert';
import { analyze, buildDoc, defaultConfig, RULES } from '../../server/src/core/index';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parseMarkdown } from '../../server/src/core/parse';
import { PARAGRAPH_SEGMENT, TABLE_SEGMENT_ROWS } from '../../server/src/core/bounded';
import { configWith, lines, NOW } from '../helpers';
import { appendixTable, emptyHeadings, longLine, longParagraph, longTable, nestedInline, nestedList, nestedQuote, repeated } from '../fuzz/extreme';

/** The tree the parser makes of the whole text at once, with no bounds (to compare with the bounded parse). */
const unbounded = unified().use(remarkParse).use(remarkGfm).freeze();

describe('hostile documents', () => {
  it('a document over maxDocumentSize gets one finding saying so, and no other rule runs', () => {
    const config = configWith({ maxDocumentSize: 1000 });
    const text = '# Digital strategy 2025 to 2040\n\n' + 'We will leverage AI. '.repeat(60);
    const a = analyze(text, { config, now: NOW });
    assert.deepEqual(lines(text, a.findings), [
      `1:1 warning document-too-large This document is ${text.length.toLocaleString('en-GB')} characters, more than the 1,000 strategy-lint checks (the maxDocumentSize setting), so no other check ran. Split it into smaller files, or raise maxDocumentSize.`,
    ]);
    assert.deepEqual(a.findings[0].span, { start: 0, end: '# Digital strategy 2025 to 2040'.length });
    assert.equal(a.doc.sections.length, 0);
  });

  it('a document at the limit is analysed in full', () => {
    const config = configWith({ maxDocumentSize: 1000 });
    const text = ('# Digital strategy 2025 to 2040\n\n' + 'x'.repeat(1000)).slice(0, 1000);
    const ids = analyze(text, { config, now: NOW }).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('time-horizon') && !ids.includes('document-too-large'), ids.join(', '));
  });

  it('the size finding can be switched off like any rule, leaving no findings at all', () => {
    const config = configWith({ maxDocumentSize: 1000, rules: { 'document-too-large': 'off' } });
    assert.deepEqual(analyze('x'.repeat(1001), { config, now: NOW }).findings, []);
  });

  it('the default limit is 500,000 characters (about 75,000 words)', () => {
    assert.equal(defaultConfig(RULES).maxDocumentSize, 500_000);
  });

  it('front matter that would exhaust the YAML parser is refused with a reason, and the rest of the document is read', () => {
    const text = '---\n' + '- '.repeat(40_000) + '\n---\n\n# Strategy\n\n## What we will not do\n\nWe will not build an app.\n';
    const doc = buildDoc(text);
    assert.match(doc.frontMatter?.error ?? '', /front matter not read: it is nested too deeply to read/);
    assert.deepEqual(doc.sections.map((s) => s.heading.text), ['Strategy', 'What we will not do']);
  });

  it('a YAML alias bomb in front matter is refused, not expanded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefgh'[i]).join(', ')}]`)].join('\n');
    const doc = buildDoc(`---\n${bomb}\n---\n# Strategy\n`);
    assert.equal(doc.frontMatter?.data, null);
    assert.match(doc.frontMatter?.error ?? '', /alias/i);
  });
});

// The inputs of issue 17's probe, each made by code: every one parsed or crashed in seconds to
// minutes before. Timings are for `npm run bench:hostile`; here each is checked for what a user
// would see: no crash, the text all there, the structure kept where it is ordinary.
describe('hostile documents: extreme repetition (issue 17)', function () {
  this.timeout(180_000);
  // The defences below hold for a user who raises maxDocumentSize to the old default of two million characters.
  const all = (text: string) => analyze(text, { config: configWith({ maxDocumentSize: 2_000_000 }), now: NOW, throwOnRuleError: true });

  it('a table of 20,000 rows is read whole: every row, with the last row where it is in the text', () => {
    const text = longTable(20_000);
    const a = all(text);
    const [table] = a.doc.tables;
    assert.equal(table.rows.length, 20_001);
    const lastLine = text.trimEnd().split('\n').pop()!;
    assert.deepEqual(table.rows[20_000], lastLine.slice(2, -2).split(' | '));
    const last = table.rowSpans[20_000];
    assert.equal(text.slice(last.start, last.end), lastLine);
    assert.equal(table.span.end, text.length - 1);
  });

  it('a table long enough to be parsed in pieces gives the same tree as one parse of the whole, with LF or CRLF line endings', () => {
    const table = longTable(TABLE_SEGMENT_ROWS * 2 + 7);
    for (const text of [`Intro.\n\n${table}\nAfter.\n`, `# T\r\n\r\n${table.replace(/\n/g, '\r\n')}\r\n- item\r\n`, table.replace(/\|\n/g, '|  \n'), table.replace('| Dataset 300 |', '| **Dataset** [300](https://x.test) \\| &amp; |')]) {
      assert.deepEqual(parseMarkdown(text), unbounded.parse(text));
    }
  });

  it('a table row that is not a plain row keeps the table in one parse, with the same tree', () => {
    const text = longTable(TABLE_SEGMENT_ROWS + 50) + 'a line without a pipe\n';
    assert.deepEqual(parseMarkdown(text), unbounded.parse(text));
  });

  it('a 5,000-row table in an appendix is checked with the rest of the strategy', () => {
    const a = all(appendixTable(5_000));
    assert.equal(a.doc.tables[0].rows.length, 5_001);
    assert.deepEqual(a.doc.sections.map((s) => s.heading.text), ['Digital strategy 2025 to 2028', 'Our priorities', 'Appendix A: datasets we publish']);
  });

  it('strikethrough nested 6,000 deep is read as text, with every tilde still in the text rules see', () => {
    const text = nestedInline('~~', 6_000);
    const a = all(text);
    assert.equal(a.doc.paragraphs.length, 1);
    assert.equal(a.doc.sentences.map((s) => s.text).join(''), text.trim());
  });

  it('130,000 empty headings are 130,000 sections, in far fewer chunks', () => {
    const text = emptyHeadings(130_000);
    const a = all(text);
    assert.equal(a.doc.sections.length, 130_000);
    assert.ok(a.doc.chunks.length < 2_000, `${a.doc.chunks.length} chunks`);
  });

  it('a run of plain headings long enough to be built directly gives the same tree as one parse of the whole', () => {
    const run = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? '###' : i % 3 === 1 ? `## Section ${i}  ` : `#\tPart ${i}`)).join('\n');
    for (const text of [`# Strategy\n\nIntro.\n${run}\nAfter.\n`, `${run}\r\n`.replace(/\n/g, '\r\n'), run, '```\n' + run + '\n```\n', '<!--\n' + run + '\n-->\n']) {
      assert.deepEqual(parseMarkdown(text), unbounded.parse(text));
    }
  });

  it('emphasis nested 4,000 deep, and runs of "*_", are read as text with their characters kept', () => {
    // The last (found by the fuzzer): well-formed emphasis, but 75,000 of it in one paragraph.
    for (const text of [nestedInline('**', 4_000), nestedInline('_', 4_000), repeated('*_ ', 32_000), repeated('_a_ ', 300_000)]) {
      const a = all(text);
      assert.equal(a.doc.sentences.map((s) => s.text).join(' '), text.trim(), text.slice(0, 12));
    }
  });

  it('ordinary emphasis in a long list is still emphasis (the bound is on the walk, not the count)', () => {
    const text = Array.from({ length: 600 }, (_, i) => `- **Item ${i}**: _done_ by ~~March~~ April`).join('\n') + '\n';
    assert.deepEqual(parseMarkdown(text), unbounded.parse(text));
  });

  it('a list nested 500 levels is analysed, past 32 levels as text', () => {
    const a = all(nestedList(500));
    assert.equal(a.doc.listItems.length, 32);
    assert.equal(all(nestedQuote(5_000, '-')).doc.listItems.length, 32);
  });

  it('a paragraph of 25,000 lines is one paragraph, parsed in pieces with the same tree as one parse', () => {
    const text = longParagraph(25_000);
    const a = all(text);
    assert.equal(a.doc.paragraphs.length, 1);
    assert.equal(a.doc.words, 50_000);
    const smaller = `# H\n\n${longParagraph(Math.ceil((PARAGRAPH_SEGMENT * 1.5) / 7))}\n## Next\n`;
    assert.deepEqual(parseMarkdown(smaller), unbounded.parse(smaller));
    assert.deepEqual(parseMarkdown(smaller.replace(/\n/g, '\r\n')), unbounded.parse(smaller.replace(/\n/g, '\r\n')));
    // Pieces with inline syntax (emphasis, a link, a hard break, an indented line) among plain ones.
    const lines = smaller.split('\n');
    lines[3000] = 'Line **bold** and [a link](https://x.test)  ';
    lines[5000] = '   Line indented';
    const mixed = lines.join('\n');
    assert.deepEqual(parseMarkdown(mixed), unbounded.parse(mixed));
  });

  it('one line longer than a paragraph piece is cut between letters, and reads the same', () => {
    const text = 'x ' + longLine(PARAGRAPH_SEGMENT * 2) + '\nAfter.\n';
    assert.deepEqual(parseMarkdown(text), unbounded.parse(text));
    // Ending in the long block, with no line ending after it.
    for (const end of ['x ' + longLine(PARAGRAPH_SEGMENT * 2).trimEnd(), longTable(TABLE_SEGMENT_ROWS + 60).trimEnd()]) {
      assert.deepEqual(parseMarkdown(end), unbounded.parse(end));
    }
  });

  it('a long line that ends the text in a space is still read in pieces, with the same tree as one parse (fuzz: 2 MB of "2040 ")', () => {
    const n = PARAGRAPH_SEGMENT + 1000;
    const cases = [
      repeated('2040 ', n),
      `# Plan\n\n${repeated('strategy ', n)}`,
      `x ${repeated('2040 ', n)}  \t `,
      // Emphasis, a link and a code span that reach across where a piece would end; URLs, an email address and entities in every piece.
      `a *b ${repeated('word ', n / 2)}c* d ${repeated('more ', n / 2)}`,
      `a [b ${repeated('word ', n / 2)}c](x) ${repeated('more ', n / 2)}`,
      `a \`b ${repeated('word ', n / 2)}c\` ${repeated('more ', n / 2)}`,
      repeated('see https://example.org/a ', n),
      repeated('see www.example.org/a ', n) + '\n',
      repeated('mail a.b@example.org &amp; ', n) + '\n',
      // Starting with an emphasis mark; marks that open and never close.
      repeated('*a ', n) + '*a\n',
      `**Bold** ${repeated('*a ', n / 2)}b* ${repeated('more ', n / 2)}`,
    ];
    for (const text of cases) {
      assert.deepEqual(parseMarkdown(text), unbounded.parse(text));
    }
    // At the size limit: one paragraph whose words are all there.
    const big = repeated('2040 ', 1_999_000 / 5);
    const a = all(big);
    assert.equal(a.doc.paragraphs.length, 1);
    assert.deepEqual(a.errors, []);
    assert.deepEqual(a.doc.paragraphs[0].span, { start: 0, end: big.length });
  });

  it('46,000 unclosed "<!--" are one HTML block with no comment in it, found in linear time (fuzz seed 1701)', () => {
    const text = repeated('<!--', 184_000);
    const a = all(text);
    assert.deepEqual(a.errors, []);
    assert.deepEqual(a.doc.comments, []);
    // Comments are found as the regular expression /<!--([\s\S]*?)-->/g finds them.
    for (const s of ['<!-- one --> b <!----> c <!--> d --> e', '<!-- <!-- nested --> -->', '<!-- x --><!-- y', '<!--- -- --->', repeated('<!--', 4_000) + '-->']) {
      const doc = buildDoc(`# T\n\n${s}\n`);
      const expected = [...`# T\n\n${s}\n`.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1]);
      assert.deepEqual(doc.comments.map((c) => c.value), expected, s);
    }
  });

  it('after a byte order mark, block quotes nested 2,000 deep on one line are still read as text past 32 levels (fuzz seed 3141: a stack overflow)', () => {
    const text = '\uFEFF' + nestedQuote(2_000);
    const a = all(text);
    assert.deepEqual(a.errors, []);
    let depth = 0;
    for (let n: any = parseMarkdown(text).children[0]; n?.type === 'blockquote'; n = n.children[0]) depth++;
    assert.equal(depth, 32);
  });

  it('bare "[" runs, and 2 MB of "[", are analysed with the brackets kept as text', () => {
    const runs = repeated('[[[[[[[[[ ', 20_000);
    assert.equal(all(runs).doc.sentences.map((s) => s.text).join(' '), runs.trim());
    const big = '['.repeat(1_999_000);
    const a = all(big);
    assert.equal(a.doc.paragraphs.length, 1);
    assert.equal(a.doc.sentences[0].text.length, big.length);
  });

  it('20,000 subsections under one priorities heading are counted once each, as one shopping-list finding (fuzz regression)', () => {
    // Grouping subsections by parent was a filter per section: quadratic in the number of headings.
    // Letters, not numbers, name them: "Project 2026" would read as a phase.
    const text = '# Digital strategy 2025 to 2028\n\n## Our priorities\n\n' + Array.from({ length: 20_000 }, (_, i) => `### Project ${String(i).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}\n`).join('\n');
    const found = analyze(text, { config: configWith({ rules: Object.fromEntries(RULES.filter((r) => r.meta.id !== 'shopping-list').map((r) => [r.meta.id, 'off'])) }), now: NOW }).findings;
    assert.deepEqual(found.map((f) => f.message.split(' and nothing')[0]), ['"Our priorities" has 20000 parallel subsections']);
  });

  it('120 KB of "being" is not taken as thousands of passive constructions', () => {
    const ids = all(repeated('being ', 120_000)).findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('passive-voice'), ids.join(', '));
  });

  it('a paragraph of 25,000 lines ending in two spaces is read with that white space as text; one of 500 keeps its hard breaks (the parser split each off with a splice: quadratic)', () => {
    const breaks = (n: { type: string; children?: unknown[] }): number => (n.type === 'break' ? 1 : 0) + ((n.children ?? []) as Array<{ type: string }>).reduce((t, c) => t + breaks(c), 0);
    const long = 'Line of text  \n'.repeat(25_000);
    const tree = parseMarkdown(long);
    assert.equal(tree.children.length, 1);
    assert.equal(breaks(tree), 0);
    // The author's characters are all still there, spaces included.
    const para = tree.children[0] as { children: Array<{ type: string; value: string }> };
    assert.equal(para.children.map((c) => c.value).join(''), long.replace(/\n$/, ''));
    assert.equal(all(long).doc.paragraphs.length, 1);
    const short = 'Line of text  \n'.repeat(500);
    assert.deepEqual(parseMarkdown(short), unbounded.parse(short));
    assert.equal(breaks(parseMarkdown(short)), 499);
  });
});
