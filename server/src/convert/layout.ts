// Recovers a document's structure from positioned text runs, as PDF.js gives
// them: lines in reading order (column by column), running headers, footers
// and page numbers removed, a contents page left out, lines joined into
// paragraphs with hyphenated words rejoined, bullets as list items, and
// headings from font size and weight relative to the body text.
// Pure: runs in, blocks out. Coordinates are PDF points with y upwards.

export interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface PageText {
  number: number;
  width: number;
  height: number;
  runs: Run[];
}

export interface Line {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
  /** Index of the column on its page, left to right (0 when the page has one). */
  column: number;
  /** The left and right edges of the column the line sits in. */
  left: number;
  right: number;
}

export type LayoutBlock =
  | { kind: 'heading'; level: number; text: string; page: number }
  | { kind: 'paragraph'; text: string; page: number }
  | { kind: 'item'; ordered: boolean; start?: number; text: string; page: number };

export interface Layout {
  blocks: LayoutBlock[];
  /** Pages left out as a table of contents. */
  contentsPages: number[];
  /** Pages with no text at all. */
  emptyPages: number[];
}

const BULLET = /^[•●▪■◦○‣∙·\u2043\u2219\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF06E\uF0A8*–-](?=\s|$)\s*/;
const NUMBERED = /^(\d{1,3})[.)]\s+(?=\S)/;
const PAGE_NUMBER = /^(page\s*)?(\d{1,4}|[ivxlcdm]{1,7})(\s*(of|\/)\s*\d{1,4})?$/i;
const CONTENTS_TITLE = /^(table of )?contents$/i;
const CONTENTS_ENTRY = /^(.*\S)(?:\s*[.·…_ ]{2,}\s*|\s+)(\d{1,4})$/;

export function layout(pages: PageText[]): Layout {
  const emptyPages = pages.filter((p) => !p.runs.some((r) => r.str.trim())).map((p) => p.number);
  const perPage = pages.map((p) => pageLines(p));
  removeRunningLines(perPage, pages);
  removeFootnotes(perPage, pages, bodySize(perPage.flat()));
  const contentsPages: number[] = [];
  const kept: Line[] = [];
  perPage.forEach((lines, i) => {
    if (isContentsPage(lines)) contentsPages.push(pages[i].number);
    else kept.push(...lines);
  });
  return { blocks: toBlocks(kept), contentsPages, emptyPages };
}

interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  boldChars: number;
  chars: number;
}

/** The page's lines in reading order: runs joined into fragments, fragments sorted into columns and lines. */
export function pageLines(page: PageText): Line[] {
  const frags: Fragment[] = [];
  let cur: Fragment | undefined;
  for (const r of page.runs) {
    if (!r.str) continue;
    const blank = !r.str.trim();
    const size = r.size || 1;
    // A footnote mark: small raised digits just after the text they mark.
    if (cur && /^\d{1,3}$/.test(r.str.trim()) && size < 0.8 * cur.size && r.y > cur.y + 0.15 * cur.size && r.y < cur.y + cur.size && Math.abs(r.x - cur.x1) < cur.size) continue;
    if (cur && Math.abs(r.y - cur.y) < 0.3 * Math.max(size, cur.size) && r.x >= cur.x1 - 0.5 * size && r.x - cur.x1 < 0.9 * Math.max(size, cur.size)) {
      if (blank) {
        if (!cur.text.endsWith(' ')) cur.text += ' ';
        cur.x1 = Math.max(cur.x1, r.x + r.width);
        continue;
      }
      if (r.x - cur.x1 > 0.15 * size && !cur.text.endsWith(' ') && !r.str.startsWith(' ')) cur.text += ' ';
      cur.text += r.str;
      cur.x1 = Math.max(cur.x1, r.x + r.width);
      cur.size = Math.max(cur.size, size);
    } else {
      if (blank) continue;
      cur = { text: r.str, x0: r.x, x1: r.x + r.width, y: r.y, size, boldChars: 0, chars: 0 };
      frags.push(cur);
    }
    const n = r.str.replace(/\s/g, '').length;
    cur.chars += n;
    if (r.bold) cur.boldChars += n;
  }
  for (const f of frags) f.text = f.text.replace(/\s+/g, ' ').replace(/ ([,.;:!?])(?=\s|$)/g, '$1').trim();
  const live = frags.filter((f) => f.text);
  return columns(live, 0).flatMap((col, i) => linesOf(col.frags, page.number, i, col.left, col.right));
}

interface Column {
  frags: Fragment[];
  left: number;
  right: number;
}

/** Splits fragments at a vertical gutter, if there is one, into bands read left column then right. */
function columns(frags: Fragment[], depth: number): Column[] {
  const all = (): Column[] => [{ frags, left: Math.min(...frags.map((f) => f.x0)), right: Math.max(...frags.map((f) => f.x1)) }];
  if (frags.length < 6 || depth > 2) return frags.length ? all() : [];
  const left = Math.min(...frags.map((f) => f.x0));
  const right = Math.max(...frags.map((f) => f.x1));
  const extent = right - left;
  if (extent < 100) return all();
  // Lines as wide as most of the page cross any gutter; find it among the others.
  const narrow = frags.filter((f) => f.x1 - f.x0 < 0.6 * extent);
  if (narrow.length < 6) return all();
  // Coverage of the middle of the page by narrow fragments, in 1-point bins.
  const bins = new Uint16Array(Math.ceil(extent) + 1);
  for (const f of narrow) for (let x = Math.floor(f.x0 - left); x < Math.ceil(f.x1 - left); x++) bins[Math.max(0, Math.min(bins.length - 1, x))]++;
  // A gutter may be crossed by a line or two (a caption, a boxed note, the end of a list), which then reads as spanning.
  const crossing = Math.max(2, Math.floor(0.1 * narrow.length));
  let best = { from: 0, to: 0 };
  let from = -1;
  for (let x = Math.floor(0.2 * extent); x <= Math.ceil(0.8 * extent); x++) {
    if (bins[x] <= crossing) {
      if (from < 0) from = x;
      if (x - from > best.to - best.from) best = { from, to: x };
    } else from = -1;
  }
  if (best.to - best.from < 8) return all();
  const gutter = left + (best.from + best.to) / 2;
  const l = frags.filter((f) => f.x1 <= gutter);
  const r = frags.filter((f) => f.x0 >= gutter);
  if (l.length < Math.max(3, 0.15 * narrow.length) || r.length < Math.max(3, 0.15 * narrow.length)) return all();
  // Columns stand side by side: some of their lines share a height.
  const side = r.filter((g) => l.some((f) => Math.abs(f.y - g.y) < Math.max(f.size, g.size))).length;
  if (side < 3) return all();
  const spanning = frags.filter((f) => f.x0 < gutter && f.x1 > gutter).sort((a, b) => b.y - a.y);
  // Bands between fragments that cross the gutter (titles across both columns), top to bottom.
  const out: Column[] = [];
  let top = Infinity;
  const band = (bottom: number) => {
    const inBand = (f: Fragment) => f.y < top && f.y >= bottom;
    for (const side of [l.filter(inBand), r.filter(inBand)]) if (side.length) out.push(...columns(side, depth + 1));
  };
  let spanningGroup: Column | undefined;
  for (const s of spanning) {
    const before = out.length;
    band(s.y);
    // Spanning lines with nothing between them read as one column (a boxed list, a title on two lines).
    if (spanningGroup && out.length === before) spanningGroup.frags.push(s);
    else out.push((spanningGroup = { frags: [s], left, right }));
    top = s.y;
  }
  band(-Infinity);
  return out;
}

function linesOf(frags: Fragment[], page: number, column: number, left: number, right: number): Line[] {
  const sorted = [...frags].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: (Fragment & { parts: Fragment[] })[] = [];
  for (const f of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - f.y) < 0.4 * Math.min(last.size, f.size)) {
      last.parts.push(f);
      last.x0 = Math.min(last.x0, f.x0);
      last.x1 = Math.max(last.x1, f.x1);
      last.size = Math.max(last.size, f.size);
      last.chars += f.chars;
      last.boldChars += f.boldChars;
    } else lines.push({ ...f, parts: [f] });
  }
  return lines.map((l) => ({
    page,
    text: l.parts
      .sort((a, b) => a.x0 - b.x0)
      .map((p) => p.text)
      .join(' '),
    x0: l.x0,
    x1: l.x1,
    y: l.y,
    size: Math.round(l.size * 2) / 2,
    bold: l.chars > 0 && l.boldChars >= 0.8 * l.chars,
    column,
    left,
    right,
  }));
}

const runningKey = (t: string) => t.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Drops page numbers and lines that repeat near the top or bottom of most pages. */
function removeRunningLines(perPage: Line[][], pages: PageText[]): void {
  const inMargin = (l: Line, p: PageText) => l.y > p.height * 0.88 || l.y < p.height * 0.1;
  const counts = new Map<string, number>();
  perPage.forEach((lines, i) => {
    const keys = new Set(lines.filter((l) => inMargin(l, pages[i])).map((l) => runningKey(l.text)));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const withText = perPage.filter((l) => l.length).length;
  // On every page of a short document, or on most pages (and at least three) of a longer one.
  const needed = withText <= 3 ? withText : Math.max(3, 0.4 * withText);
  const repeated = (k: string) => withText >= 2 && (counts.get(k) ?? 0) >= needed;
  perPage.forEach((lines, i) => {
    perPage[i] = lines.filter((l) => !(inMargin(l, pages[i]) && (PAGE_NUMBER.test(l.text) || repeated(runningKey(l.text)))));
  });
}

/** Drops footnotes: lines in small type in the bottom quarter of a page, below all its body text. */
function removeFootnotes(perPage: Line[][], pages: PageText[], body: number): void {
  perPage.forEach((lines, i) => {
    const small = (l: Line) => l.size <= 0.85 * body;
    const lowestBody = Math.min(...lines.filter((l) => !small(l)).map((l) => l.y));
    perPage[i] = lines.filter((l) => !(small(l) && l.y < pages[i].height * 0.25 && l.y < lowestBody));
  });
}

function isContentsPage(lines: Line[]): boolean {
  if (lines.length === 0) return false;
  const titled = lines.slice(0, 3).some((l) => CONTENTS_TITLE.test(l.text.trim()));
  const entries = lines.filter((l) => CONTENTS_ENTRY.test(l.text) && /[a-z]/i.test(l.text)).length;
  // Under a "Contents" title, a list of short lines is the contents even without page numbers.
  const short = lines.filter((l) => wordCount(l.text) <= 12).length;
  return (titled && (entries >= 2 || (lines.length >= 4 && short >= 0.8 * lines.length))) || (entries >= 6 && entries >= 0.6 * lines.length);
}

/** The commonest text size, by characters. */
function bodySize(lines: Line[]): number {
  const by = new Map<number, number>();
  for (const l of lines) by.set(l.size, (by.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let size = 10;
  for (const [s, n] of by) if (n > best) [best, size] = [n, s];
  return size;
}

const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;
const endsSentence = (t: string) => /[.!?:;"”’)]$/.test(t);

/** The commonest distance between consecutive lines of body text in a column. */
function bodyLeading(lines: Line[], body: number): number {
  const by = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (a.page !== b.page || a.column !== b.column || a.size !== body || b.size !== body) continue;
    const gap = Math.round((a.y - b.y) * 2) / 2;
    if (gap > 0.9 * body && gap < 2.5 * body) by.set(gap, (by.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let leading = 1.2 * body;
  for (const [g, n] of by) if (n > best || (n === best && g < leading)) [best, leading] = [n, g];
  return leading;
}

function toBlocks(lines: Line[]): LayoutBlock[] {
  const body = bodySize(lines);
  const leadingBody = bodyLeading(lines, body);
  const bodyBold = lines.filter((l) => l.size === body && l.bold).reduce((n, l) => n + l.text.length, 0) > 0.5 * lines.filter((l) => l.size === body).reduce((n, l) => n + l.text.length, 0);
  const headingStyle = (l: Line): string | undefined => {
    if (wordCount(l.text) > 20 || !/\p{L}/u.test(l.text) || BULLET.test(l.text)) return undefined;
    // A line that ends as a lead-in ("We will do three things:") or mid-sentence introduces text; it is not a title.
    if (/[:,;]$/.test(l.text)) return undefined;
    if (l.size >= body * 1.15) return `${l.size}${l.bold ? 'b' : ''}`;
    if (l.bold && !bodyBold && l.size >= body * 0.95 && !NUMBERED.test(l.text)) return `${body}b`;
    return undefined;
  };

  interface Open {
    kind: 'heading' | 'paragraph' | 'item';
    style?: string;
    text: string;
    page: number;
    last: Line;
    ordered?: boolean;
    start?: number;
    indent?: number;
  }
  const raw: Open[] = [];
  let open: Open | undefined;
  for (const l of lines) {
    const style = headingStyle(l);
    const last = open?.last;
    const sameColumn = !!last && last.page === l.page && last.column === l.column;
    const gap = sameColumn ? last!.y - l.y : Infinity;
    // Lines of a paragraph sit a leading apart; a paragraph break adds space.
    const bodyPair = l.size === body && last?.size === body;
    const close = sameColumn && gap > 0 && (bodyPair ? gap < 1.3 * leadingBody : gap < 2 * Math.max(l.size, last?.size ?? l.size));
    let text = l.text;
    const bullet = BULLET.exec(text);
    const numbered = !bullet && !style ? NUMBERED.exec(text) : null;
    let join = false;
    if (open && !bullet && !numbered) {
      // Lines of one heading style close together are one heading (or, if long, a pull quote: see below).
      if (style && open.kind === 'heading' && open.style === style && close) join = true;
      else if (!style && open.kind !== 'heading' && close) {
        // A line to the left of a list item's text starts a new paragraph.
        join = !(open.kind === 'item' && open.indent !== undefined && l.x0 < open.indent - 2);
      } else if (!style && open.kind !== 'heading' && !sameColumn && !endsSentence(open.text) && /^[a-z]/.test(text)) join = true; // runs on into the next column or page
    }
    if (join && open) {
      open.text = joinLines(open.text, text);
      open.last = l;
    } else {
      if (bullet) {
        text = text.slice(bullet[0].length);
        open = { kind: 'item', ordered: false, text, page: l.page, last: l, indent: l.x0 + (l.x1 - l.x0) * (bullet[0].length / Math.max(1, l.text.length)) };
      } else if (numbered) {
        text = text.slice(numbered[0].length);
        open = { kind: 'item', ordered: true, start: Number(numbered[1]), text, page: l.page, last: l, indent: l.x0 + 4 };
      } else if (style) open = { kind: 'heading', style, text, page: l.page, last: l };
      else open = { kind: 'paragraph', text, page: l.page, last: l };
      // A bullet glyph alone on its line gets the next line as its text, by the joining above.
      raw.push(open);
    }
  }

  // Heading levels: bigger first, bold before regular at the same size; sizes within a tenth
  // of each other are one level, and levels stop at 4 (deeper ones read as 4 in a strategy).
  const styles = [...new Set(raw.filter((b) => b.kind === 'heading').map((b) => b.style!))].sort((a, b) => parseFloat(b) - parseFloat(a) || (b.endsWith('b') ? 1 : 0) - (a.endsWith('b') ? 1 : 0));
  const levels = new Map<string, number>();
  let lvl = 0;
  let prevStyle: string | undefined;
  for (const st of styles) {
    const same = prevStyle && st.endsWith('b') === prevStyle.endsWith('b') && parseFloat(st) >= 0.9 * parseFloat(prevStyle);
    if (!same) lvl++;
    levels.set(st, Math.min(4, lvl));
    prevStyle = st;
  }
  const level = (s: string) => levels.get(s) ?? 4;
  const out: LayoutBlock[] = [];
  for (const b of raw) {
    const text = b.text.trim();
    if (!text) continue;
    if (b.kind === 'heading') {
      // A long "heading", or a sentence, is a pull quote or an introduction in large or bold type.
      if (wordCount(text) > 20 || (wordCount(text) > 8 && /[.!?]$/.test(text))) out.push({ kind: 'paragraph', text, page: b.page });
      else out.push({ kind: 'heading', level: level(b.style!), text, page: b.page });
    } else if (b.kind === 'item') out.push({ kind: 'item', ordered: !!b.ordered, ...(b.start !== undefined ? { start: b.start } : {}), text, page: b.page });
    else out.push({ kind: 'paragraph', text, page: b.page });
  }
  return out;
}

/** Joins two lines of a paragraph, rejoining a word hyphenated across them. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (a.endsWith('\u00AD')) return a.slice(0, -1) + b;
  if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}
