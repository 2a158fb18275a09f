// Parsing: the unified pipeline, and the split of a document into chunks that
// can be parsed independently. Invariant: parsing the chunks one by one and
// shifting their offsets gives the same tree as parsing the whole text, so a
// chunk's parse can be cached by its text (see `splitChunks` for when that holds).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { endsOpen } from './structure';
import type { Root, RootContent } from 'mdast';
import { defuseInline, findHeadingRuns, findSegments, PLAIN_HEADING, type Segmented } from './bounded';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * GFM's literal autolinks (`www.example.org`, `https://…`, `name@example.org`) are found
 * after the parse by a walk over every text node with two regular expressions: a fifth of the
 * parse of a text made of many short paragraphs. Every such link holds `@`, `www.` or `://`, so a
 * text with none of them is parsed without that walk (by processors that are otherwise the same).
 */
const MAY_AUTOLINK = /@|www\.|:\/\//i;
/** A plugin, last in line, that drops the tree transforms (only GFM's autolink walk has one). */
function withoutTransforms(this: { data(): unknown }) {
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  const strip = (e: unknown): unknown => (Array.isArray(e) ? e.map(strip) : e && typeof e === 'object' && 'transforms' in e ? { ...e, transforms: [] } : e);
  if (data.fromMarkdownExtensions) data.fromMarkdownExtensions = data.fromMarkdownExtensions.map(strip);
}
const plainProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(withoutTransforms).freeze();
const plainWithoutFrontMatter = unified().use(remarkParse).use(remarkGfm).use(withoutTransforms).freeze();

/** Block quotes or lists nested deeper than this on one line are read as if the rest were text. */
export const MAX_NESTING = 32;
const DEEP_NESTING = new RegExp(`^(?:[ \\t]*(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))){${MAX_NESTING + 1}}`, 'm');

/**
 * Thousands of `>` or list markers on one line nest the tree that deep, and the parser's
 * tree walks then take quadratic time and overflow the stack. Markers past the limit become
 * spaces: the same length, so every offset still points at the same character.
 */
function limitNesting(text: string): string {
  // A byte order mark would hide the first line's markers from the line scans below.
  if (text.charCodeAt(0) === 0xfeff) return '\uFEFF' + limitNesting(text.slice(1));
  text = limitIndentedNesting(text);
  if (!DEEP_NESTING.test(text)) return text;
  return text.replace(/^[ \t>*+\-\d.)]+/gm, (prefix) => {
    let depth = 0;
    return prefix.replace(/>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g, (m) => (++depth > MAX_NESTING ? ' '.repeat(m.length) : m));
  });
}

/** A line indented at least this far may sit in a list nested past `MAX_NESTING`; fewer, and the scan below is skipped. */
const DEEP_INDENT = new RegExp(`^[ \\t]{${2 * MAX_NESTING},}(?:[-+*]|\\d{1,9}[.)])[ \\t]`, 'm');
const MARKER_LINE = /^([ \t]*)([-+*]|\d{1,9}[.)])([ \t]+|$)/;

/**
 * Lists nested by indentation, each item indented under the one before: the parser's list
 * handling walks every nested list's content once per level (quadratic in the depth). Markers
 * of items deeper than `MAX_NESTING` become spaces, so those lines read as the deepest item's
 * text. The depth is worked out roughly (an item is inside the open item whose content column
 * it reaches); only a staircase 32 items deep is ever touched.
 */
function limitIndentedNesting(text: string): string {
  if (!DEEP_INDENT.test(text)) return text;
  const lines = text.split('\n');
  const open: number[] = []; // content columns of the open items, outermost first
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (BLANK.test(line.replace(/\r$/, ''))) continue;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    while (open.length && indent < open[open.length - 1]) open.pop();
    const m = MARKER_LINE.exec(line);
    if (!m) continue;
    if (open.length >= MAX_NESTING) {
      lines[i] = m[1] + ' '.repeat(m[2].length) + line.slice(m[1].length + m[2].length);
      changed = true;
      continue;
    }
    open.push(indent + m[2].length + Math.min(Math.max(m[3].length, 1), 4));
  }
  return changed ? lines.join('\n') : text;
}

/**
 * Parse Markdown (CommonMark + GFM + YAML front matter) into mdast with offsets. The parse is
 * bounded (see docs/hostile-input.md): nesting past `MAX_NESTING` and the delimiters of a
 * block whose resolution would cost more than a fixed multiple of its length are read as
 * text, and long tables and paragraphs are parsed in pieces.
 */
export function parseMarkdown(source: string): Root {
  const steps = parseSteps(source);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `parseMarkdown` in steps: it pauses after the main parse and after each piece of a long table or paragraph. */
export function* parseSteps(source: string): Generator<void, Root, void> {
  const nested = limitNesting(source);
  const text = defuseInline(nested);
  const blocks = findSegments(text);
  // Runs of plain headings, where they do not overlap a long table or paragraph, in text order.
  const segments = [...blocks, ...findHeadingRuns(text).filter((h) => !blocks.some((b) => b.start < h.end && h.start < b.end))].sort((a, b) => a.start - b.start);
  // The main parse sees only each long block's first piece: the rest is left out, and the
  // positions after each gap are moved back to where they are in the text.
  let main = text;
  const gaps: Array<{ at: number; by: number; lines: number }> = [];
  if (segments.length) {
    const parts: string[] = [];
    let done = 0;
    let removed = 0;
    for (const s of segments) {
      parts.push(text.slice(done, s.cuts[0]));
      let lines = 0;
      for (let i = text.indexOf('\n', s.cuts[0]); i >= 0 && i < s.end; i = text.indexOf('\n', i + 1)) lines++;
      gaps.push({ at: s.cuts[0] - removed, by: s.end - s.cuts[0], lines });
      removed += s.end - s.cuts[0];
      done = s.end;
    }
    parts.push(text.slice(done));
    main = parts.join('');
  }
  const root = parseWhole(main);
  if (gaps.length) closeGaps(root as Positioned, gaps, text);
  if (segments.length) {
    yield;
    const failed: Segmented[] = [];
    for (const s of segments) {
      if (!(s.kind === 'headings' ? yield* addHeadings(root, text, s) : yield* addPieces(root, text, s))) failed.push(s);
    }
    // A block the parser did not read as expected (inside an HTML comment, say) is parsed whole after all.
    if (failed.length) {
      yield;
      return restoreText(parseWhole(text), text, nested);
    }
  }
  return restoreText(root, text, nested);
}

function parseWhole(text: string): Root {
  const links = MAY_AUTOLINK.test(text);
  let root = (links ? processor : plainProcessor).parse(text) as Root;
  // An unclosed `---` at the start leaves the front matter extension in a state
  // where no list is recognised anywhere after it (micromark-extension-frontmatter
  // issue 5); without front matter there is none to find, so parse without it.
  if (root.children[0]?.type !== 'yaml' && /^\uFEFF?---/.test(text)) root = (links ? withoutFrontMatter : plainWithoutFrontMatter).parse(text) as Root;
  // micromark drops a leading byte order mark and counts offsets without it;
  // put it back so every offset is an offset into `text`.
  if (text.charCodeAt(0) === 0xfeff) shiftPositions(root, 1);
  return root;
}

/**
 * Parse the pieces of a long block after its first and append what they hold to the block's
 * node in `root`: a table's rows (each piece parsed under the table's header), a paragraph's
 * inline content (text nodes that meet at a cut joined into one, as the whole parse has them).
 * False, with `root` unchanged, if the block or a piece did not parse as that kind of block.
 */
function* addPieces(root: Root, text: string, s: Segmented): Generator<void, boolean, void> {
  const node = root.children.find((c) => c.position?.start.offset === s.start);
  const firstEnd = trimEnd(text, s.cuts[0]);
  if (!node || node.type !== s.kind || node.position?.end.offset !== firstEnd) return false;
  // A piece of a paragraph that leaves a delimiter unmatched might have matched it past the cut.
  const closers = s.kind === 'paragraph' ? lastClosers(text, s.start, s.end) : undefined;
  if (closers && leavesOpen(node.children as RootContent[], closers, s.cuts[0])) return false;
  const added: RootContent[][] = [];
  const lineStart = lineStarts(text);
  // Plain rows (see `plainRows`) are built without the parser, once the rows of the first piece
  // show that they come out exactly as the parser makes them.
  let fast = false;
  if (node.type === 'table' && s.head) {
    const bodyStart = s.start + s.head.length;
    const mine = plainRows(text, bodyStart, s.cuts[0], node.position.start.line + s.head.split('\n').length - 1);
    fast = !!mine && JSON.stringify(mine) === JSON.stringify(node.children.slice(1));
  }
  // Likewise plain paragraph text (no inline syntax, no line starting or ending in white space).
  let fastText = false;
  if (node.type === 'paragraph' && node.children.length === 1) {
    const mine = plainText(text, s.start, firstEnd, node.position.start.line, lineStart);
    fastText = !!mine && JSON.stringify(mine) === JSON.stringify(node.children[0]);
  }
  let line = node.position.start.line;
  let counted = s.start;
  // Where the block ends, when that is not where its last child does (see atTextEnd below).
  let blockEnd: { offset?: number; column: number; line: number } | undefined;
  for (let k = 0; k < s.cuts.length; k++) {
    const from = s.cuts[k];
    const to = k + 1 < s.cuts.length ? s.cuts[k + 1] : s.end;
    const head = s.head ?? '';
    for (let i = text.indexOf('\n', counted); i >= 0 && i < from; i = text.indexOf('\n', i + 1)) line++;
    counted = from;
    // Trailing white space at the paragraph's end is the parser's to handle.
    if (fastText && !/[ \t]/.test(text.slice(trimEnd(text, to), to))) {
      const t = plainText(text, from, trimEnd(text, to), line, lineStart);
      if (t) {
        added.push([t]);
        yield;
        continue;
      }
    }
    if (fast) {
      const rows = plainRows(text, from, to, line);
      if (rows) {
        added.push(rows);
        yield;
        continue;
      }
    }
    const source = head + text.slice(from, to);
    const piece = (MAY_AUTOLINK.test(source) ? withoutFrontMatter : plainWithoutFrontMatter).parse(source) as Root;
    const only = piece.children[0];
    const pieceEnd = head.length + trimEnd(text, to) - from;
    const endOffset = only?.position?.end.offset;
    // At the very end of the text (no line ending after it), the parser ends the block after its trailing white space.
    const atTextEnd = to === text.length && endOffset !== undefined && endOffset > pieceEnd && endOffset <= head.length + to - from;
    if (piece.children.length !== 1 || only.type !== s.kind || (endOffset !== pieceEnd && !atTextEnd)) return false;
    const children = (s.kind === 'table' ? only.children.slice(1) : only.children) as RootContent[];
    if (closers && k + 1 < s.cuts.length && leavesOpen(children, closers, to)) return false;
    const headLines = head.split('\n').length - 1;
    const col = from - lineStart(from);
    for (const c of children) movePositions(c as Positioned, from - head.length, line - 1 - headLines, col, headLines + 1);
    if (atTextEnd) {
      const end: Positioned = { position: { start: { ...only.position!.end }, end: { ...only.position!.end } } };
      movePositions(end, from - head.length, line - 1 - headLines, col, headLines + 1);
      blockEnd = end.position!.end;
    }
    added.push(children);
    yield;
  }
  const kids = node.children as RootContent[];
  for (const children of added) {
    if (s.kind === 'paragraph') {
      const last = kids[kids.length - 1];
      const first = children[0];
      if (last?.type === 'text' && first?.type === 'text' && last.position && first.position) {
        last.value += text.slice(last.position.end.offset, first.position.start.offset) + first.value;
        last.position.end = first.position.end;
        children.shift();
      }
    }
    for (const c of children) kids.push(c);
  }
  const tail = kids[kids.length - 1];
  if (blockEnd) node.position.end = blockEnd as typeof node.position.end;
  else if (tail?.position) node.position.end = { ...tail.position.end };
  return true;
}

/** Characters that stay in a text node when the delimiter they are part of found no partner, and what could partner each later on. */
const UNMATCHED = /[`*_~[<]/g;
const PARTNER: Record<string, string> = { '`': '`', '*': '*', _: '_', '~': '~', '[': ']', '<': '>' };

/**
 * Where in the block `text[a, b)` each partner (see `PARTNER`) last occurs: an emphasis mark
 * counts only after a character that is not white space (before white space it cannot close).
 */
function lastClosers(text: string, a: number, b: number): Record<string, number> {
  const last: Record<string, number> = {};
  for (let i = a; i < b; i++) {
    const c = text[i];
    if (c === '*' || c === '_' || c === '~') {
      if (i > a && !/\s/.test(text[i - 1])) last[c] = i;
    } else if (c === ']' || c === '`' || c === '>') last[c] = i;
  }
  return last;
}

/**
 * Whether the inline content of a paragraph's piece keeps a delimiter as text (an emphasis
 * mark, bracket, backtick or `<` that matched nothing) that something after the cut at `cut`
 * could partner: parsed with what follows, it might have matched. Otherwise nothing can reach
 * across the cut: the parser resolves each closing delimiter against the ones before it, and
 * those before the cut are all spent or have nothing to meet.
 */
function leavesOpen(nodes: readonly RootContent[], closers: Record<string, number>, cut: number): boolean {
  for (const n of nodes) {
    if (n.type === 'text') {
      for (const m of n.value.matchAll(UNMATCHED)) if ((closers[PARTNER[m[0]]] ?? -1) >= cut) return true;
    } else if ('children' in n && leavesOpen(n.children as RootContent[], closers, cut)) return true;
  }
  return false;
}

/** Line breaks that inline parsing changes: white space before or after a line ending, or a backslash before one. */
const LINE_BREAK_SYNTAX = /[ \t\\]\r?\n|\n[ \t]/;

/**
 * The text node for `text[a, b)`, a stretch of a paragraph that starts at line `line`, built
 * directly as the parser makes it, if it holds no inline syntax; undefined if it does.
 */
function plainText(text: string, a: number, b: number, line: number, lineStart: (at: number) => number): RootContent | undefined {
  const value = text.slice(a, b);
  if (NOT_PLAIN.test(value) || LINE_BREAK_SYNTAX.test(value) || /^[ \t]|[ \t]$/.test(value)) return undefined;
  let lines = 0;
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) lines++;
  const startCol = a - lineStart(a) + 1;
  const endCol = b - (lines ? a + value.lastIndexOf('\n') + 1 : lineStart(a)) + 1;
  return { type: 'text', value, position: { start: { line, column: startCol, offset: a }, end: { line: line + lines, column: endCol, offset: b } } } as unknown as RootContent;
}

/**
 * The heading of the line `text[a, b)` (no line ending) built directly, as the parser makes it,
 * if the line is a plain heading (see `PLAIN_HEADING`) with nothing inline parsing would change.
 */
function plainHeading(text: string, a: number, b: number, line: number): RootContent | undefined {
  const l = text.slice(a, b);
  const m = PLAIN_HEADING.exec(l);
  if (!m || NOT_PLAIN.test(l)) return undefined;
  const pt = (offset: number) => ({ line, column: offset - a + 1, offset });
  const children = m[3] ? [{ type: 'text', value: m[3], position: { start: pt(a + m[1].length + m[2].length), end: pt(a + m[1].length + m[2].length + m[3].length) } }] : [];
  return { type: 'heading', depth: m[1].length, children, position: { start: pt(a), end: pt(b) } } as unknown as RootContent;
}

/**
 * Build the headings of a run after its first `HEADING_PIECE` lines (which the main parse read)
 * and put them after those in `root`, once the parsed ones show that they come out the same.
 * False, with `root` unchanged, otherwise.
 */
function* addHeadings(root: Root, text: string, s: Segmented): Generator<void, boolean, void> {
  const i = root.children.findIndex((c) => c.position?.start.offset === s.start);
  if (i < 0) return false;
  const built: RootContent[] = [];
  let line = root.children[i].position!.start.line;
  let checked = 0;
  for (let a = s.start; a <= s.end; line++) {
    let nl = text.indexOf('\n', a);
    if (nl < 0 || nl > s.end) nl = s.end;
    const b = nl > a && text[nl - 1] === '\r' ? nl - 1 : nl;
    const h = plainHeading(text, a, Math.min(b, s.end), line);
    if (!h) return false;
    if (a < s.cuts[0]) {
      // Read by the parser: the same node, or the run is not what it seems.
      if (JSON.stringify(root.children[i + checked]) !== JSON.stringify(h)) return false;
      checked++;
    } else {
      built.push(h);
      if (built.length % 5000 === 0) yield;
    }
    if (nl >= s.end) break;
    a = nl + 1;
  }
  // concat, not splice(...built): spreading a hundred thousand arguments overflows the stack.
  root.children = root.children.slice(0, i + checked).concat(built, root.children.slice(i + checked));
  return true;
}

/** A row's characters that may carry inline syntax (or, as `@`, make an autolink), and the starts of URL autolinks. */
const NOT_PLAIN = /[\\`*_~[\]<>&!@\0]|:\/\/|www\./i;

/**
 * The table rows of `text[from, to)` built directly, as the parser would make them, if every
 * line is a plain row: it starts and ends with `|` (trailing spaces aside) and holds nothing
 * that inline parsing would change. Undefined if any line is not. A cell runs from its opening
 * pipe to the next (the last to the end of the line) and holds its trimmed text, if any.
 */
function plainRows(text: string, from: number, to: number, firstLine: number): RootContent[] | undefined {
  const rows: RootContent[] = [];
  let line = firstLine;
  for (let a = from; a < to; line++) {
    let nl = text.indexOf('\n', a);
    if (nl < 0 || nl >= to) nl = to;
    const lineStart = a;
    let b = nl > a && text[nl - 1] === '\r' ? nl - 1 : nl;
    a = nl + 1;
    if (b > to) b = to;
    const l = text.slice(lineStart, b);
    if (BLANK.test(l)) continue;
    const content = l.replace(/[ \t]+$/, '');
    if (l[0] !== '|' || content.length < 2 || content[content.length - 1] !== '|' || NOT_PLAIN.test(l)) return undefined;
    const pt = (offset: number) => ({ line, column: offset - lineStart + 1, offset });
    const cells: RootContent[] = [];
    const pipes: number[] = [];
    for (let i = 0; i < content.length; i++) if (content[i] === '|') pipes.push(i);
    for (let c = 0; c + 1 < pipes.length; c++) {
      const cellStart = lineStart + pipes[c];
      const cellEnd = c + 2 < pipes.length ? lineStart + pipes[c + 1] : b;
      let x = pipes[c] + 1;
      let y = pipes[c + 1];
      while (x < y && (content[x] === ' ' || content[x] === '\t')) x++;
      while (y > x && (content[y - 1] === ' ' || content[y - 1] === '\t')) y--;
      const children = x < y ? [{ type: 'text', value: content.slice(x, y), position: { start: pt(lineStart + x), end: pt(lineStart + y) } }] : [];
      cells.push({ type: 'tableCell', children, position: { start: pt(cellStart), end: pt(cellEnd) } } as unknown as RootContent);
    }
    rows.push({ type: 'tableRow', children: cells, position: { start: pt(lineStart), end: pt(b) } } as unknown as RootContent);
  }
  return rows;
}

/**
 * Move the positions of a tree parsed with gaps left out of the text: a point past a gap (at
 * an offset in the shortened text) moves on by the gap's length and lines. A point at a gap
 * is where the block before it ends, which stays; the root ends where the text does.
 */
function closeGaps(root: Positioned, gaps: ReadonlyArray<{ at: number; by: number; lines: number }>, text: string): void {
  const length = text.length;
  const move = (pt: { offset?: number; line: number }) => {
    if (pt.offset === undefined) return;
    let by = 0;
    let lines = 0;
    for (const g of gaps) {
      if (pt.offset <= g.at) break;
      by += g.by;
      lines += g.lines;
    }
    pt.offset += by;
    pt.line += lines;
  };
  const walk = (n: Positioned) => {
    if (n.position) {
      move(n.position.start);
      move(n.position.end);
    }
    if (n.children) for (const c of n.children) walk(c);
  };
  walk(root);
  // A text that ends in a gap (a long block with nothing after it, not even a line ending).
  const end = root.position?.end as { offset?: number; line: number; column: number } | undefined;
  if (end && end.offset !== length) {
    end.line += gaps[gaps.length - 1].lines;
    end.column = length - (text.lastIndexOf('\n', length - 1) + 1) + 1;
    end.offset = length;
  }
}

/**
 * The start of the line holding each offset asked for, in increasing order. One long line is
 * cut into many pieces, so each search back stops where the last began: searching back from
 * each piece to the line's start would be quadratic.
 */
function lineStarts(text: string): (at: number) => number {
  let from = 0;
  let start = 0;
  return (at) => {
    if (at < from) {
      from = 0;
      start = 0;
    }
    for (let i = at - 1; i >= from; i--) {
      if (text.charCodeAt(i) === 10) {
        start = i + 1;
        break;
      }
    }
    from = at;
    return start;
  };
}

/** Where the text before `at` ends once the line ending and trailing spaces are dropped. */
function trimEnd(text: string, at: number): number {
  let e = at;
  while (e > 0 && /[ \t\r\n]/.test(text[e - 1])) e--;
  return e;
}

/**
 * Move a piece's positions into the document: offsets by `by`; lines by `lines`; on the
 * piece's first line (`firstLine`, counting any header put before it), columns by `col`.
 */
function movePositions(node: Positioned, by: number, lines: number, col: number, firstLine: number): void {
  const p = node.position;
  if (p) {
    for (const pt of [p.start, p.end]) {
      if (pt.offset !== undefined) pt.offset += by;
      if (pt.line === firstLine) pt.column += col;
      pt.line += lines;
    }
  }
  if (node.children) for (const c of node.children) movePositions(c, by, lines, col, firstLine);
}

/**
 * Put the source's characters back into text nodes that were read from defused text
 * (`text` differs from `source` only where a delimiter became `INERT`), so rules see what the
 * author wrote. A node whose value is not its slice of the text (escapes, entities) keeps it.
 */
function restoreText(root: Root, text: string, source: string): Root {
  if (text === source) return root;
  const walk = (n: Positioned & { type?: string; value?: string }) => {
    if (n.type === 'text' && typeof n.value === 'string' && n.position) {
      const a = n.position.start.offset!;
      const b = n.position.end.offset!;
      if (text.slice(a, b) === n.value) n.value = source.slice(a, b);
    }
    if (n.children) for (const c of n.children) walk(c);
  };
  walk(root as Positioned);
  return root;
}

interface Positioned {
  position?: { start: { offset?: number; column: number; line: number }; end: { offset?: number; column: number; line: number } };
  children?: Positioned[];
}

/** Move every offset in a tree by `by` (columns on the first line too). */
export function shiftPositions(node: Positioned, by: number): void {
  const p = node.position;
  if (p) {
    for (const pt of [p.start, p.end]) {
      if (pt.offset !== undefined) pt.offset += by;
      if (pt.line === 1) pt.column += by;
    }
  }
  if (node.children) for (const c of node.children) shiftPositions(c, by);
}

const FENCE = /^( {0,3})(`{3,}|~{3,})/;
const LETTER = /^\p{L}/u;
/** Blank in CommonMark's sense: only spaces and tabs (JavaScript's `trim` also strips a BOM, no-break spaces and more). */
const BLANK = /^[ \t]*$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
/**
 * A fence or HTML opener inside a container (after a list or quote marker, or
 * indented so that it may sit in a list item). Left open at a cut, it would
 * end differently in the chunk than in the whole text (where the heading
 * closes its container), so the scan stops cutting there.
 */
const CONTAINED_OPENER =
  /^(?:[ \t]*(?:(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)|>))+[ \t]*(?:`{3,}|~{3,}|<(?:[!?]|\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)))|^(?: {4}|\t)[ \t]*(?:`{3,}|~{3,}|<[!?A-Za-z/])/;
// CommonMark's HTML block start conditions 1 to 6 (7, any other tag, cannot interrupt a paragraph, so it is ambiguous here).
const HTML_RAW = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCK_TAG =
  /^<\/?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;

// A complete open or closing tag, alone on its line: the start of an HTML block of type 7.
const ATTRIBUTE = String.raw`[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^"'=<>\x60\s]+|'[^']*'|"[^"]*"))?`;
const HTML_TYPE7 = new RegExp(String.raw`^(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$`);
/** After this many chunks in a row shorter than `DENSE_CHUNK` characters, a chunk is cut at a heading only once it has that many. */
const DENSE_HEADINGS = 8;
const DENSE_CHUNK = 256;
/** Characters a chunk must reach before the scan cuts it at a paragraph rather than a heading. */
export const PARAGRAPH_CUT_AFTER = 1000;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether a CR ends a line on its own somewhere (old Mac line endings), without a regular expression over the whole text. */
function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

type HtmlState = 'raw' | 'comment' | 'pi' | 'decl' | 'cdata' | 'blank';
const HTML_END: Record<Exclude<HtmlState, 'blank'>, RegExp> = {
  raw: /<\/(?:script|pre|style|textarea)>/i,
  comment: /-->/,
  pi: /\?>/,
  decl: />/,
  cdata: /\]\]>/,
};

/**
 * Offsets where the text can be cut into independently parseable chunks: the
 * start of every ATX heading at column 0 that lies outside front matter,
 * fenced code and HTML blocks. Always starts with 0.
 *
 * A column-0 `#` line is a heading in CommonMark unless a top-level fence or
 * HTML block holds it: a container (list item, block quote) cannot, since
 * only a paragraph continues lazily and a heading interrupts a paragraph. The
 * scan tracks fences and HTML blocks exactly where that is cheap, and stops
 * cutting from the first line where it cannot be sure (an opener indented by
 * 1 to 3 spaces might sit inside a list item; an HTML line of CommonMark's
 * type 7 might be paragraph text). Not cutting is always safe. Texts with link
 * reference or footnote definitions (which apply document-wide), with lone
 * CR line endings (which the line scan does not see) or a byte order mark are
 * not cut at all.
 *
 * A long stretch without headings (a PDF conversion, a long section) is also
 * cut, once the chunk has `cutAfter` characters, before a line that starts
 * with a letter at column 0 after a blank line: such a line can only start a
 * new top-level paragraph, since a blank line ends every paragraph, table and
 * HTML block of types 6 and 7 and a list item or quote needs its marker or
 * indent to go on after one. It does not cut there when the last line before
 * ends "open" (no full stop or closing mark: see `endsOpen`), because the model
 * reads such paragraphs together with their neighbours (a sentence a PDF
 * conversion broke over lines, a page number and its running header).
 *
 * An HTML line of type 7 (a complete tag alone on its line) after a blank
 * line starts an HTML block that ends at the next blank line; anywhere else
 * it might be paragraph text, so the scan stops cutting there.
 */
export function splitChunks(text: string, cutAfter = PARAGRAPH_CUT_AFTER): number[] {
  const starts = [0];
  // A byte order mark hides the first line's syntax from the line scan below.
  if (text.includes(']:') || hasLoneCr(text) || text.charCodeAt(0) === 0xfeff) return starts;
  let pos = 0;
  const n = text.length;
  let fence: string | null = null; // the opening fence run while inside fenced code
  let html: HtmlState | null = null;
  // Front matter: `---` on the first line up to the next `---` line.
  if (text.startsWith('---')) {
    const m = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)??---[ \t]*(?:\r?\n|$)/.exec(text);
    if (m) pos = m[0].length;
    else return starts;
  }
  // Whether the line before is blank (the start of the text, or of the body after front matter, counts as blank).
  let prevBlank = true;
  // Whether the last line that was not blank ends "open" (see `endsOpen`): a converted sentence may go on after it.
  let prevOpen = false;
  // Short chunks in a row, and whether the current chunk has taken in a heading it was not cut at.
  let shortChunks = 0;
  let merged = false;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    // Most lines are empty or start with a letter: outside fences and HTML, the latter can only be paragraph text.
    const c0 = text.charCodeAt(pos);
    if (fence === null && (html === null || html === 'blank') && (c0 === 10 || (c0 === 13 && eol === pos + 1))) {
      prevBlank = true;
      if (html === 'blank') html = null;
      pos = eol + 1;
      continue;
    }
    if (fence === null && html === null && isAsciiLetter(c0)) {
      if (prevBlank && !prevOpen && pos - starts[starts.length - 1] >= cutAfter) {
        starts.push(pos);
        shortChunks = 0;
        merged = false;
      }
      prevBlank = false;
      prevOpen = endsOpen(text, pos, eol);
      pos = eol + 1;
      continue;
    }
    const line = text.charCodeAt(eol - 1) === 13 ? text.slice(pos, eol - 1) : text.slice(pos, eol);
    // A blank line inside fenced code or an HTML comment (and the like) is content, not a break between blocks.
    const blank = fence === null && (html === null || html === 'blank') && BLANK.test(line);
    const afterBlank = prevBlank;
    const afterOpen = prevOpen;
    prevBlank = blank;
    if (!blank) prevOpen = endsOpen(text, pos, eol);
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[2][0] === fence[0] && m[2].length >= fence.length && BLANK.test(line.slice(m[0].length))) fence = null;
    } else if (html) {
      if (html === 'blank' ? BLANK.test(line) : HTML_END[html].test(line)) html = null;
    } else if (ATX.test(line)) {
      // Headings packed close together (thousands of empty ones, say) share a chunk, so the
      // chunk count, and every rule's per-chunk work, stays in proportion to the text.
      const long = pos - starts[starts.length - 1] >= DENSE_CHUNK;
      if (pos > 0 && (long || shortChunks < DENSE_HEADINGS)) {
        // A chunk that grew long on its own ends a run of short ones; one that grew long only by taking in headings does not.
        if (!long) shortChunks++;
        else if (!merged) shortChunks = 0;
        merged = false;
        starts.push(pos);
      } else if (pos > 0) merged = true;
      prevOpen = false; // a heading ends its line: the model reads no sentence on from it
    } else if (CONTAINED_OPENER.test(line)) {
      return starts;
    } else if (afterBlank && !afterOpen && pos - starts[starts.length - 1] >= cutAfter && LETTER.test(line)) {
      starts.push(pos);
      shortChunks = 0;
      merged = false;
    } else {
      const f = FENCE.exec(line);
      if (f) {
        if (!(f[2][0] === '`' && line.slice(f[0].length).includes('`'))) {
          if (f[1]) return starts;
          fence = f[2];
        }
      } else {
        const lt = /^ {0,3}</.exec(line);
        if (lt) {
          if (lt[0].length > 1) return starts;
          if (HTML_RAW.test(line)) html = 'raw';
          else if (line.startsWith('<!--')) html = 'comment';
          else if (line.startsWith('<?')) html = 'pi';
          else if (line.startsWith('<![CDATA[')) html = 'cdata';
          else if (/^<![A-Za-z]/.test(line)) html = 'decl';
          else if (HTML_BLOCK_TAG.test(line)) html = 'blank';
          else if (/^<\/?[A-Za-z]/.test(line)) {
            if (!afterBlank) return starts;
            if (HTML_TYPE7.test(line)) html = 'blank';
          }
          // The end condition may be met on the start line itself, after the opener.
          if (html && html !== 'blank') {
            const skip = html === 'comment' ? 2 : html === 'cdata' ? 9 : html === 'pi' ? 1 : 2;
            if (HTML_END[html].test(line.slice(skip))) html = null;
          }
        }
      }
    }
    pos = eol + 1;
  }
  return starts;
}
