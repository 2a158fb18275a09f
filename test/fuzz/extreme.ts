// Documents made of one construct repeated to extremes: the inputs of issue 17's probe,
// and the families the fuzzer draws from (see arbitraries.ts). Each is made by code from a
// size, so a regression test, the fuzzer and `npm run bench:hostile` build the same text.

import { generateStrategy } from '../../bench/generate';

/** Repeat `unit` until the text has about `chars` characters (whole units only). */
const fill = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.floor(chars / unit.length)));

/** A table of `rows` body rows under a header, as a dataset list in an appendix would be. */
export function longTable(rows: number, cols = 3): string {
  const out = ['| ' + Array.from({ length: cols }, (_, i) => `Column ${i + 1}`).join(' | ') + ' |', '|' + ' --- |'.repeat(cols)];
  for (let r = 0; r < rows; r++) out.push('| ' + Array.from({ length: cols }, (_, c) => (c === 0 ? `Dataset ${r + 1}` : `v${(r * 7 + c) % 1000}`)).join(' | ') + ' |');
  return out.join('\n') + '\n';
}

/** `open` nested `depth` deep around one word, then closed: `~~a ~~a … x … ~~~~`. */
export function nestedInline(open: string, depth: number, close = open): string {
  return `${open}a `.repeat(depth) + 'x' + close.repeat(depth) + '\n';
}

/** `count` empty ATX headings, one a line. */
export const emptyHeadings = (count: number, level = 1) => `${'#'.repeat(level)}\n`.repeat(count);

/** A list nested `depth` levels, each item indented two more spaces than its parent. */
export function nestedList(depth: number, marker = '-'): string {
  let out = '';
  for (let i = 0; i < depth; i++) out += ' '.repeat(2 * i) + marker + ' item\n';
  return out;
}

/** Block quotes (or list markers) nested `depth` deep on one line. */
export const nestedQuote = (depth: number, marker = '>') => `${marker} `.repeat(depth) + 'text\n';

/** One paragraph of `lines` short lines. */
export const longParagraph = (lines: number) => Array.from({ length: lines }, (_, i) => `Line ${i % 10}`).join('\n') + '\n';

/** One line of `chars` characters of words. */
export const longLine = (chars: number, word = 'word') => fill(word + ' ', chars) + '\n';

/** A run of one delimiter, or of a short unit, up to `chars` characters. */
export const repeated = (unit: string, chars: number) => fill(unit, chars);

/** The probe's table (issue 17): name, and the text as the probe made it. */
export const PROBE: ReadonlyArray<{ name: string; make: () => string }> = [
  { name: 'a table of 20,000 rows', make: () => longTable(20_000) },
  { name: 'a table of 4,000 rows', make: () => longTable(4_000) },
  { name: 'strikethrough nested 6,000 deep', make: () => nestedInline('~~', 6_000) },
  { name: '130,000 empty headings', make: () => emptyHeadings(130_000) },
  { name: 'emphasis nested 4,000 deep', make: () => nestedInline('**', 4_000) },
  { name: '`*_` runs separated by spaces', make: () => repeated('*_ ', 32_000) },
  { name: 'a list nested 500 levels', make: () => nestedList(500) },
  { name: 'a paragraph of 25,000 lines', make: () => longParagraph(25_000) },
  { name: 'bare `[` runs', make: () => repeated('[[[[[[[[[ ', 20_000) },
  { name: '2 MB of `[`', make: () => '['.repeat(1_999_000) },
  { name: 'the word "being" repeated', make: () => repeated('being ', 120_000) },
];

/** A 5,000-row table in an appendix of a short strategy (issue 17, item 4). */
export function appendixTable(rows = 5_000): string {
  return [
    '# Digital strategy 2025 to 2028',
    '',
    '## Our priorities',
    '',
    'We will replace the patient administration system by March 2027.',
    '',
    '## Appendix A: datasets we publish',
    '',
    longTable(rows, 4),
  ].join('\n');
}

/**
 * Whole units from `unit(0)`, `unit(1)`, … while the text stays within `chars` characters
 * (at least one unit), after `head` and before `tail`.
 */
function units(chars: number, unit: (i: number) => string, head = '', tail = ''): string {
  const out: string[] = [head];
  let length = head.length + tail.length;
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (i > 0 && length + u.length > chars) break;
    out.push(u);
    length += u.length;
  }
  out.push(tail);
  return out.join('');
}

/** `unit` repeated within `chars` characters (as `units`, for a unit that does not change). */
const within = (chars: number, unit: string, head = '', tail = '') => head + fill(unit, chars - head.length - tail.length) + tail;

/** A construct repeated to a size, for the fuzzer, the regression tests and `npm run bench:hostile`. */
export interface Family {
  /** Short name, used by the tests and the bench's --only. */
  name: string;
  /** What the document holds, in words. */
  what: string;
  /** The document, at most `chars` characters long. */
  make: (chars: number) => string;
}

/**
 * Documents of one construct repeated to a size (issue 17): the families timed through the
 * command line at 1 MB in the session that added the check thread. Each is made by code;
 * `prose` is the benchmark's generated strategy (bench/generate.ts), cut to the size.
 */
export const FAMILIES: ReadonlyArray<Family> = [
  { name: 'prose', what: 'a generated strategy of ordinary prose', make: (n) => generateStrategy(Math.ceil(n / 5), 17).slice(0, n) },
  { name: 'para', what: 'short paragraphs', make: (n) => within(n, 'Short one here.\n\n') },
  { name: 'emph', what: 'paragraphs with emphasis', make: (n) => within(n, 'Some *emphasis* here.\n\n') },
  { name: 'listTight', what: 'one tight list of short items', make: (n) => within(n, '- short item\n') },
  { name: 'listEmph', what: 'one list of `- *a* b` items', make: (n) => within(n, '- *a* b\n') },
  { name: 'listLoose', what: 'one loose list (items between blank lines)', make: (n) => within(n, '- item\n\n') },
  { name: 'ordered', what: 'one numbered list', make: (n) => units(n, (i) => `${i + 1}. item\n`) },
  { name: 'quotes', what: 'one block quote of short lines', make: (n) => within(n, '> a\n') },
  { name: 'quoteParas', what: 'paragraphs in quotes nested two deep (`> > a`)', make: (n) => within(n, '> > a\n\n') },
  { name: 'headings', what: 'headings, one a line', make: (n) => units(n, (i) => `## Heading ${i}\n`) },
  { name: 'headPara', what: 'headings each with a short paragraph', make: (n) => units(n, (i) => `## Heading ${i}\n\nText of it.\n\n`) },
  { name: 'table', what: 'one long table', make: (n) => units(n, (i) => `| Dataset ${i} | v${i % 97} | x |\n`, '| a | b | c |\n| --- | --- | --- |\n') },
  { name: 'links', what: 'one paragraph of inline links', make: (n) => within(n, '[a link](https://example.org/x) and ') },
  { name: 'stara', what: 'unclosed `*a` runs', make: (n) => within(n, '*a ') },
  { name: 'starsp', what: '`* ` repeated (a list nested on one line)', make: (n) => within(n, '* ') },
  { name: 'code', what: 'inline code spans', make: (n) => within(n, '`a` ') },
  { name: 'htmlInline', what: 'inline HTML tags', make: (n) => within(n, '<b>a</b> ') },
  { name: 'entities', what: 'character references (`&amp;`)', make: (n) => within(n, '&amp; ') },
  { name: 'autolinks', what: 'autolinks in angle brackets', make: (n) => within(n, '<https://a.b> ') },
  { name: 'escapes', what: 'backslash escapes', make: (n) => within(n, '\\* ') },
  { name: 'footnotes', what: 'footnote references each with its definition', make: (n) => units(n, (i) => `Text[^${i}].\n\n[^${i}]: Note ${i}.\n\n`) },
  { name: 'tasks', what: 'one task list', make: (n) => within(n, '- [ ] a\n') },
  { name: 'htmlBlocks', what: 'HTML blocks', make: (n) => within(n, '<div>\na\n</div>\n\n') },
  { name: 'fences', what: 'fenced code blocks', make: (n) => within(n, '```\na\n```\n') },
  { name: 'indented', what: 'indented code blocks', make: (n) => within(n, '    code\n\n') },
  { name: 'breaks', what: 'thematic breaks', make: (n) => within(n, '---\n\n') },
  { name: 'setext', what: 'setext headings (`A` over `===`)', make: (n) => within(n, 'A\n===\n\n') },
  { name: 'definitions', what: 'link reference definitions', make: (n) => units(n, (i) => `[a${i}]: http://x.org/${i}\n`) },
  { name: 'refs', what: 'one paragraph of reference links to one definition', make: (n) => within(n, '[a] ', 'Intro.\n\n', '\n\n[a]: http://x.org\n') },
  { name: 'urls', what: 'bare `www.` addresses', make: (n) => within(n, 'www.example.org ') },
  { name: 'emails', what: 'bare email addresses', make: (n) => within(n, 'a@b.org ') },
  { name: 'strike', what: 'strikethrough', make: (n) => within(n, '~~a~~ ') },
  { name: 'underscores', what: 'underscore emphasis', make: (n) => within(n, '_a_ ') },
  { name: 'brackets', what: 'bracketed words (`[a]`) with no definition', make: (n) => within(n, '[a] ') },
  { name: 'images', what: 'inline images', make: (n) => within(n, '![a](b.png) ') },
  { name: 'hardbreaks', what: 'one paragraph of lines ending in a hard break (`a  `)', make: (n) => within(n, 'a  \n') },
  { name: 'nestedList', what: 'a list nesting up to 30 levels and back, over and over', make: (n) => units(n, (i) => ' '.repeat(2 * (i % 30)) + '- item\n') },
  { name: 'listParas', what: 'one list of items each with a second paragraph', make: (n) => units(n, (i) => `- item ${i}\n\n  More about it.\n\n`) },
  {
    name: 'mixed',
    what: 'sections each with emphasis, a link, a list, a quote and a table',
    make: (n) => units(n, (i) => `## Part ${i}\n\nWe will *deliver* [this](https://x.org/${i}) by 2027.\n\n- one\n- two\n\n> quote\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n`),
  },
];
