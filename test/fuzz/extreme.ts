// Documents made of one construct repeated to extremes: the inputs of issue 17's probe,
// and the families the fuzzer draws from (see arbitraries.ts). Each is made by code from a
// size, so a regression test, the fuzzer and `npm run bench:hostile` build the same text.

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
