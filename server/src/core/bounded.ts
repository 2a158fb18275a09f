// Bounded parsing: cheap line scans that find the constructs on which the parser's work grows
// faster than the text (see docs/hostile-input.md), so that parse.ts can defuse them before
// remark sees them. Everything here keeps offsets: a character is only ever replaced by one
// character, and a block is only ever cut at a line or character boundary.

/** Stands in for a delimiter that is read as text: ASCII punctuation with no meaning in Markdown, so flanking is unchanged. */
export const INERT = '%';

/** Average distance (in characters) the parser may walk back per character of a block before its delimiters are read as text. */
const WALK_PER_CHAR = 64;
/** Walking this far in a block is always allowed, however short the block. */
const WALK_FREE = 50_000;
/** More brackets than this in one block are read as text: each costs the parser about a kilobyte. */
const MAX_BRACKETS = 10_000;

const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
const isPunct = (c: number) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

interface Costs {
  attention: number;
  brackets: number;
  bracketCount: number;
  code: number;
}

/**
 * What the parser's backward walks would cost on the block `text[a, b)`, worked out the way
 * micromark resolves it: a closing `*`, `_` or `~` run walks back to the nearest opener of its
 * kind (to the block's start if there is none) and each match it makes costs the distance to
 * that opener; a `]` walks back to the nearest `[`; a run of backticks scans on to the next
 * run of the same length (to the end if there is none).
 */
function blockCosts(text: string, a: number, b: number): Costs {
  const costs: Costs = { attention: 0, brackets: 0, bracketCount: 0, code: 0 };
  const openers: Record<number, Array<[number, number]>> = { 42: [], 95: [], 126: [] };
  const labels: number[] = [];
  const ticksAt = new Map<number, number[]>();
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126) {
      let j = i + 1;
      while (j < b && text.charCodeAt(j) === c) j++;
      const prev = i > a ? text.charCodeAt(i - 1) : NaN;
      const next = j < b ? text.charCodeAt(j) : NaN;
      const left = !isWs(next) && (!isPunct(next) || isWs(prev) || isPunct(prev));
      const right = !isWs(prev) && (!isPunct(prev) || isWs(next) || isPunct(next));
      const open = c === 95 ? left && (!right || isPunct(prev)) : left;
      const close = c === 95 ? right && (!left || isPunct(next)) : right;
      let n = j - i;
      const stack = openers[c];
      if (close) {
        if (stack.length === 0) costs.attention += i - a;
        while (n > 0 && stack.length) {
          const top = stack[stack.length - 1];
          // The walk back to the opener, and the splice that moves every event after the match.
          costs.attention += i - top[0] + (b - i);
          const used = Math.min(n, top[1], 2);
          n -= used;
          top[1] -= used;
          if (top[1] === 0) stack.pop();
        }
      }
      if (open && n > 0) stack.push([i, n]);
      i = j - 1;
    } else if (c === 91) {
      labels.push(i);
      costs.bracketCount++;
    } else if (c === 93) {
      costs.bracketCount++;
      const o = labels.pop();
      costs.brackets += o === undefined ? i - a : i - o + (b - i);
    } else if (c === 96) {
      let j = i + 1;
      while (j < b && text.charCodeAt(j) === 96) j++;
      let at = ticksAt.get(j - i);
      if (!at) ticksAt.set(j - i, (at = []));
      at.push(i);
      i = j - 1;
    }
  }
  // Each backtick run scans to the next run of its length, or to the end of the block.
  for (const at of ticksAt.values()) {
    for (let k = 0; k < at.length; k++) costs.code += (k + 1 < at.length ? at[k + 1] : b) - at[k];
  }
  return costs;
}

/** A line that starts a list item or an ATX heading: inline content before it is a paragraph of its own. */
const ITEM_OR_HEADING = /^[ \t]*(?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|#{1,6}(?:[ \t]|$))/;

/** Block syntax at the start of a line, which the inline scan must leave alone: indentation, quote and list markers, heading hashes. */
const LINE_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*#{0,6}[ \t]*/;
/** Lines that are block syntax through and through: thematic breaks, setext underlines, fences. */
const SYNTAX_LINE = /^[ \t>]*(?:([-*_=])(?:[ \t]*\1)*[ \t]*|`{3,}.*|~{3,}.*)$/;

/**
 * The text with the inline delimiters of each over-costly block replaced by `INERT`, so the
 * parser reads them as text: the same length, so every offset still points at the same
 * character. Returns the text itself (the same string) when no block needs it.
 */
export function defuseInline(text: string): string {
  // Most texts have few delimiters and few lines ending in white space: then no block can reach a limit.
  let delimiters = 0;
  let suffixes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93 || c === 96) delimiters++;
    else if (c === 10 && i > 0 && isLineSpace(text.charCodeAt(i - 1) === 13 && i > 1 ? text.charCodeAt(i - 2) : text.charCodeAt(i - 1))) suffixes++;
  }
  if (delimiters < 256 && suffixes <= MAX_LINE_SUFFIXES) return text;
  let out: string[] | undefined;
  let done = 0;
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    // A block: a run of lines that are not blank.
    let a = pos;
    let eol = text.indexOf('\n', a);
    if (eol < 0) eol = n;
    if (/^[ \t\r]*$/.test(text.slice(a, eol))) {
      pos = eol + 1;
      continue;
    }
    let b = eol;
    while (b < n) {
      let e = text.indexOf('\n', b + 1);
      if (e < 0) e = n;
      const next = text.slice(b + 1, e);
      // A blank line ends the block; a list item or heading starts a paragraph of its own.
      if (/^[ \t\r]*$/.test(next) || ITEM_OR_HEADING.test(next)) break;
      b = e;
    }
    pos = b + 1;
    const len = b - a;
    const budget = WALK_PER_CHAR * len + WALK_FREE;
    const costs = delimiters < 256 ? undefined : blockCosts(text, a, b);
    const chars = costs ? (costs.attention > budget ? '*_~' : '') + (costs.brackets > budget || costs.bracketCount > MAX_BRACKETS ? '[]' : '') + (costs.code > budget ? '`' : '') : '';
    const suffixed = suffixes > MAX_LINE_SUFFIXES && lineSuffixes(text, a, b) > MAX_LINE_SUFFIXES;
    if (!chars && !suffixed) continue;
    out ??= [];
    out.push(text.slice(done, a));
    let block = text.slice(a, b);
    if (chars) block = defuseBlock(block, chars);
    if (suffixed) block = defuseSuffixes(block);
    out.push(block);
    done = b;
  }
  if (!out) return text;
  out.push(text.slice(done));
  return out.join('');
}

/**
 * White space at the end of a line inside a paragraph (two spaces make a hard break) is split off
 * by the parser with one splice of the paragraph's event list per line: quadratic in the lines of
 * the paragraph (25,000 lines ending in two spaces took 0.9 s, 50,000 about 5 s). Past this many
 * in one block, that white space is read as text (the breaks are not made); below it, nothing changes.
 */
const MAX_LINE_SUFFIXES = 500;
const isLineSpace = (c: number) => c === 32 || c === 9;

/** Lines of `text[a, b)` that end in a space or tab. */
function lineSuffixes(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', a); i >= 0 && i <= b; i = text.indexOf('\n', i + 1)) {
    const end = i > 0 && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    if (end > a && isLineSpace(text.charCodeAt(end - 1))) n++;
  }
  if (b > a && isLineSpace(text.charCodeAt(b - 1))) n++;
  return n;
}

/** The block with the spaces and tabs that end its lines as `INERT`, the same length (rows of a table, which end in `|`, are left alone). */
function defuseSuffixes(block: string): string {
  return block
    .split('\n')
    .map((line) => {
      const cr = line.endsWith('\r') ? '\r' : '';
      const body = cr ? line.slice(0, -1) : line;
      const m = /[ \t]+$/.exec(body);
      if (!m || m.index === 0 || body.includes('|') || SYNTAX_LINE.test(body)) return line;
      return body.slice(0, m.index) + INERT.repeat(m[0].length) + cr;
    })
    .join('\n');
}

function defuseBlock(block: string, chars: string): string {
  return block
    .split('\n')
    .map((line) => {
      if (SYNTAX_LINE.test(line)) return line;
      const keep = LINE_PREFIX.exec(line)![0].length;
      let rest = '';
      for (let i = keep; i < line.length; i++) rest += chars.includes(line[i]) ? INERT : line[i];
      return line.slice(0, keep) + rest;
    })
    .join('\n');
}

/** A top-level block long enough to be parsed in pieces. */
export interface Segmented {
  kind: 'table' | 'paragraph' | 'headings';
  /** Where the block starts and ends (the end of its last line, before the line ending). */
  start: number;
  end: number;
  /** Where each piece after the first starts; each runs to the next, the last to `end`. */
  cuts: number[];
  /** For a table: its header and delimiter rows with their line endings, put before each later piece. */
  head?: string;
}

/** Tables of more than this many rows are parsed in pieces of `TABLE_PIECE_ROWS`. */
export const TABLE_SEGMENT_ROWS = 100;
export const TABLE_PIECE_ROWS = 50;
/** Paragraphs longer than this are parsed in pieces of about `PARAGRAPH_PIECE` characters. */
export const PARAGRAPH_SEGMENT = 32_000;
export const PARAGRAPH_PIECE = 8_000;

const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLANK_LINE = /^[ \t\r]*$/;
const isWordChar = (c: string) => /^[\p{L}\p{N}%]$/u.test(c);

/**
 * Long tables and paragraphs at the top level, where they can be cut into pieces that parse
 * as the whole would. A candidate only: parse.ts checks that the parser read the block as a
 * table or paragraph before it uses the pieces, and parses the block whole otherwise.
 *
 * A table qualifies when its header starts a line at column 0 after a blank line (or the
 * start), its delimiter row follows, and every row starts with `|` up to a blank line or the
 * end: no row can then be anything but a row. A paragraph qualifies when it is longer than
 * `PARAGRAPH_SEGMENT`; it is cut before a line that starts with a letter or digit (after a line
 * that does not end in a space or backslash, which would make a line break), or, in a line
 * without such breaks, between two letters or digits.
 */
export function findSegments(text: string): Segmented[] {
  const out: Segmented[] = [];
  const n = text.length;
  let pos = 0;
  let afterBlank = true;
  let fence: string | null = null;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    const line = text.slice(pos, eol);
    if (fence !== null) {
      if (line.replace(/^ {0,3}/, '').startsWith(fence)) fence = null;
      pos = eol + 1;
      continue;
    }
    if (BLANK_LINE.test(line)) {
      afterBlank = true;
      pos = eol + 1;
      continue;
    }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      fence = f[1];
      afterBlank = false;
      pos = eol + 1;
      continue;
    }
    if (!afterBlank) {
      pos = eol + 1;
      continue;
    }
    afterBlank = false;
    // The block from this line to the next blank line.
    const start = pos;
    const lineStarts: number[] = [];
    let p = pos;
    let end = pos;
    let allPipes = true;
    while (p < n) {
      let e = text.indexOf('\n', p);
      if (e < 0) e = n;
      const l = text.slice(p, e);
      if (BLANK_LINE.test(l)) break;
      lineStarts.push(p);
      if (l[0] !== '|') allPipes = false;
      end = e > p && text[e - 1] === '\r' ? e - 1 : e;
      p = e + 1;
    }
    const second = lineStarts.length > 1 ? text.slice(lineStarts[1], (lineStarts[2] ?? end + 1) - 1).replace(/\r$/, '') : '';
    if (line[0] === '|' && allPipes && DELIMITER_ROW.test(second) && lineStarts.length - 2 > TABLE_SEGMENT_ROWS) {
      const cuts: number[] = [];
      for (let r = 2 + TABLE_PIECE_ROWS; r < lineStarts.length; r += TABLE_PIECE_ROWS) cuts.push(lineStarts[r]);
      out.push({ kind: 'table', start, end, cuts, head: text.slice(lineStarts[0], lineStarts[2]) });
    } else if (end - start > PARAGRAPH_SEGMENT && /^[\p{L}\p{N}%]/u.test(line)) {
      const cuts = paragraphCuts(text, start, end);
      if (cuts.length) out.push({ kind: 'paragraph', start, end, cuts });
    }
    pos = p;
  }
  return out;
}

function paragraphCuts(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  let last = start;
  let i = start + PARAGRAPH_PIECE;
  while (i < end - PARAGRAPH_PIECE / 2) {
    // Prefer the start of a line within the next piece's length.
    let cut = -1;
    for (let nl = text.indexOf('\n', i); nl >= 0 && nl < Math.min(end, i + PARAGRAPH_PIECE); nl = text.indexOf('\n', nl + 1)) {
      const before = text[nl - 1] === '\r' ? text[nl - 2] : text[nl - 1];
      if (isWordChar(text[nl + 1] ?? '') && before !== ' ' && before !== '\t' && before !== '\\' && isWordChar(before ?? '')) {
        cut = nl + 1;
        break;
      }
    }
    if (cut < 0) {
      for (let k = i; k < Math.min(end, i + PARAGRAPH_PIECE); k++) {
        if (isWordChar(text[k]) && isWordChar(text[k - 1]) && !isSurrogate(text, k) && safeInWord(text, k)) {
          cut = k;
          break;
        }
      }
    }
    if (cut < 0 || cut <= last) break;
    cuts.push(cut);
    last = cut;
    i = cut + PARAGRAPH_PIECE;
  }
  return cuts;
}

/**
 * Whether a cut at `k`, between two letters or digits, keeps every autolink, entity and escape
 * whole: the run of text without white space around it holds no `@`, `&` or backslash, and
 * none of its text before `k` starts a URL (`://`, `www.`). A run longer than a piece is not cut.
 */
function safeInWord(text: string, k: number): boolean {
  let a = k;
  while (a > 0 && !/\s/.test(text[a - 1])) if (k - --a > PARAGRAPH_PIECE) return false;
  let b = k;
  while (b < text.length && !/\s/.test(text[b])) if (++b - k > PARAGRAPH_PIECE) return false;
  const word = text.slice(a, b);
  return !/[@&\\]/.test(word) && !/:\/\/|www\./i.test(text.slice(a, k));
}

const isSurrogate = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** Runs of more than this many plain heading lines are parsed as their first `HEADING_PIECE` lines, the rest built directly. */
export const HEADING_SEGMENT = 200;
export const HEADING_PIECE = 50;
/** An ATX heading line whose text holds no `#` (no closing sequence to read). */
export const PLAIN_HEADING = /^(#{1,6})(?:([ \t]+)([^#\r]*?))?[ \t]*$/;

/**
 * Runs of consecutive lines that are each a plain ATX heading at column 0 (thousands of empty
 * headings, say). A candidate only, as for `findSegments`: parse.ts checks that the parser read
 * the run's first lines as top-level headings before it builds the rest.
 */
export function findHeadingRuns(text: string): Segmented[] {
  const out: Segmented[] = [];
  const n = text.length;
  let pos = 0;
  let run: number[] = [];
  let runEnd = 0;
  const flush = () => {
    if (run.length > HEADING_SEGMENT) out.push({ kind: 'headings', start: run[0], end: runEnd, cuts: [run[HEADING_PIECE]] });
    run = [];
  };
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    const end = eol > pos && text[eol - 1] === '\r' ? eol - 1 : eol;
    if (text.charCodeAt(pos) === 35 && PLAIN_HEADING.test(text.slice(pos, end))) {
      run.push(pos);
      runEnd = end;
    } else flush();
    pos = eol + 1;
  }
  flush();
  return out;
}
