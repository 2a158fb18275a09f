// The document model the rules read: sections with kinds, sentences, list
// items, tables and comments, all with absolute offsets. It is assembled from
// per-chunk models (see parse.ts) so that an unchanged chunk is never parsed
// again: `ChunkCache` keeps the last generation's chunk models by their text.
import { lfLines } from './lines';
import type { Nodes, Root, RootContent, PhrasingContent, ListItem as MdListItem, Table as MdTable } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseSteps, shiftPositions, splitChunks } from './parse';
import { yamlRefusal } from './yaml-guard';
import { SectionMatcher, type SectionKind } from './sections';
import { continues, isPrompt, paragraphText, readsConverted, recoverBlocks, type Recovered } from './structure';
import { countWords, htmlComments, runOffset, runSpan, splitSentences, type Run, type Sentence } from './text';
import type { Span } from './types';

export interface Heading {
  level: number;
  text: string;
  /** The whole heading, markers included. */
  span: Span;
  /** Just the heading's words. */
  textSpan: Span;
  /** Set when the heading was recovered from converted text (a bold line, a "##01" line), not written as one. */
  recovered?: 'bold' | 'emphasis' | 'hashes' | 'plain';
}

export interface Section {
  index: number;
  heading: Heading;
  level: number;
  kinds: SectionKind[];
  /** Index of the enclosing section, or -1. */
  parent: number;
  /** From the heading to the end of its last subsection. */
  span: Span;
  /** Where this section's own text ends: the next heading of any level, or the end. */
  ownEnd: number;
  /** Words of real content in the section and its subsections (placeholders such as TBC not counted). */
  contentWords: number;
}

export interface ListItem {
  span: Span;
  /** Plain text of the item's first paragraph ('' if it has none). */
  text: string;
  textSpan: Span;
  sentences: Sentence[];
  depth: number;
  ordered: boolean;
  /** Index of the item's list in `Doc.lists`. */
  list: number;
  section: number;
}

export interface List {
  span: Span;
  ordered: boolean;
  depth: number;
  /** Indices into `Doc.listItems`, in order. */
  items: number[];
  section: number;
}

export interface Paragraph {
  span: Span;
  sentences: Sentence[];
  inList: boolean;
  section: number;
}

export interface Table {
  span: Span;
  /** Plain text of each cell, row by row; the first row is the header. */
  rows: string[][];
  rowSpans: Span[];
  section: number;
}

export interface Comment {
  span: Span;
  /** The text between `<!--` and `-->`. */
  value: string;
}

export interface FrontMatter {
  span: Span;
  data: Record<string, unknown> | null;
  error?: string;
}

/** Everything the rules read about a document. Offsets are absolute. */
export interface Doc {
  text: string;
  /** The document's own line ending, used in inserted text. */
  eol: '\n' | '\r\n';
  frontMatter?: FrontMatter;
  /** The first level-1 heading, else the first heading, else front matter `title`. */
  title?: { text: string; span: Span };
  sections: Section[];
  /** Every prose unit in document order: paragraph sentences, headings, list item sentences, table cells. */
  sentences: Sentence[];
  paragraphs: Paragraph[];
  lists: List[];
  listItems: ListItem[];
  tables: Table[];
  comments: Comment[];
  /** Spans of fenced and indented code, where no prose rule should look. */
  code: Span[];
  /** Words of prose (headings, paragraphs, list items, table cells). */
  words: number;
  /** The level most top-level sections use (2 when the document has a single `#` title). */
  sectionLevel: number;
  /** The chunks the text was cut into, each with its cached model (see `Rule.scan`). */
  chunks: PlacedChunk[];
}

/** A chunk's model in place: where it starts and the document index of its first heading. */
export interface PlacedChunk {
  chunk: Chunk;
  offset: number;
  headingBase: number;
}

export interface ModelOptions {
  matcher?: SectionMatcher;
  /** Parse the text as one chunk (false) rather than cutting it at headings; the model is the same either way. */
  split?: boolean;
  /** Characters a chunk reaches before it may be cut at a paragraph (see `splitChunks`); tests make it small. */
  cutAfter?: number;
  /** Parse each chunk on its own even when nothing is cached, as an edit does (tests compare this with the whole). */
  pieces?: boolean;
}

// ---- per-chunk models (offsets relative to the chunk) ----

/**
 * One chunk's model, with offsets relative to the chunk's start and sections
 * as `local` heading indices (-1: before the chunk's first heading). It is
 * shared between analyses of the same text, so it must never be changed.
 */
export type Chunk = Readonly<ChunkModel>;

interface ChunkModel {
  /** The chunk's text (its cache key). */
  text: string;
  headings: Heading[];
  /** For each unit, the local index of the heading it follows (-1: before the chunk's first heading). */
  sentences: Array<Sentence & { local: number }>;
  paragraphs: Array<Paragraph & { local: number }>;
  lists: Array<List & { local: number }>;
  listItems: Array<ListItem & { local: number }>;
  tables: Array<Table & { local: number }>;
  comments: Comment[];
  code: Span[];
  frontMatter?: FrontMatter;
  /** Per-section summary: words of real content (placeholders not counted) under each local heading; index 0 is before the first. */
  ownWords: number[];
  /** Words of prose in the chunk (every unit, headings included). */
  words: number;
  /** Rules' scans of this chunk, by rule, profile and options (kept by the engine). */
  scans: Map<string, unknown>;
  /** Whether bold and plain lines were read as headings (the document reads as converted: see `readsConverted`). */
  converted: boolean;
}

const PLACEHOLDER = /\b(?:tbc|tbd|todo|tba|to be (?:confirmed|completed|added|agreed|decided|written)|to follow|coming soon|lorem ipsum(?: dolor sit amet)?|placeholder|xxx+|n\/a)\b/gi;

/** Rows of a table read between pauses (see `buildSteps`). */
const ROWS_PER_STEP = 500;

class ChunkBuilder {
  readonly m: ChunkModel = { text: '', headings: [], sentences: [], paragraphs: [], lists: [], listItems: [], tables: [], comments: [], code: [], ownWords: [0], words: 0, scans: new Map(), converted: false };
  private local = -1;
  constructor(
    private readonly src: string,
    converted: boolean,
  ) {
    this.m.text = src;
    this.m.converted = converted;
  }

  /** A top-level paragraph waiting to see whether the next one continues its sentence (see `continues`). */
  private pending?: { run: Run; span: Span; last: RootContent; lastText: string; local: number };

  build(root: Root): ChunkModel {
    return run(this.buildSteps(root));
  }

  /** `build` in steps: it pauses between top-level blocks and every `ROWS_PER_STEP` rows of a long table. */
  *buildSteps(root: Root): Generator<void, ChunkModel, void> {
    // Converted text: bold lines as headings, page furniture left out, broken sentences joined (see structure.ts).
    const roles = recoverBlocks(root.children, this.src, this.m.converted);
    for (let i = 0; i < root.children.length; i++) {
      const node = root.children[i];
      if (node.type === 'table' && node.children.length > ROWS_PER_STEP && node.position && !roles[i]) {
        this.flush();
        this.bullets = undefined;
        yield* this.table(node, { start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
      } else this.top(node, roles[i]);
      yield;
    }
    this.flush();
    return this.m;
  }

  private top(node: RootContent, role: Recovered | undefined): void {
    // Furniture is left out of the prose; a sentence broken across a page break still joins up.
    if (role?.role === 'furniture') return;
    if (node.type !== 'paragraph' || role) this.bullets = undefined;
    if (role?.role === 'heading') {
      this.flush();
      this.recoveredHeading(node as Extract<RootContent, { type: 'paragraph' }>, role);
      return;
    }
    if (node.type !== 'paragraph' || !node.position) {
      this.flush();
      this.block(node, 0, false);
      return;
    }
    const span = { start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 };
    const run = this.inlineRun(node.children, span.start);
    const text = paragraphText(node);
    // "• Item" paragraphs (a converted bullet list) are read as the items of one list, until another block.
    const bullet = BULLET_LINE.exec(run.text);
    if (bullet) {
      this.flush();
      let list = this.bullets;
      if (!list) {
        list = { span: { ...span }, ordered: false, depth: 0, items: [], section: -1, local: this.local };
        this.bullets = list;
        this.m.lists.push(list);
      }
      list.span.end = span.end;
      list.items.push(this.m.listItems.length);
      const sentences = this.units(run, 'item', false, bullet[0].length, run.text.length);
      const textStart = runOffset(run, bullet[0].length);
      this.m.listItems.push({ span, text: run.text.slice(bullet[0].length).trim(), textSpan: { start: textStart, end: span.end }, sentences, depth: 0, ordered: false, list: this.m.lists.length - 1, section: -1, local: this.local });
      return;
    }
    // "(2024/25 commitment)" on a line of its own after a bullet is the rest of that item, split off by the conversion.
    const list = this.bullets;
    if (list && PAREN_LINE.test(run.text)) {
      const item = this.m.listItems[list.items[list.items.length - 1]];
      item.text = `${item.text} ${run.text.trim()}`;
      item.sentences.push(...this.units(run, 'item', false));
      item.span = { start: item.span.start, end: span.end };
      item.textSpan = { start: item.textSpan.start, end: span.end };
      list.span.end = span.end;
      return;
    }
    this.bullets = undefined;
    const p = this.pending;
    if (p && continues(this.src, p.last, p.lastText, text)) {
      p.run = joinRuns(p.run, run);
      p.span = { start: p.span.start, end: span.end };
      p.last = node;
      p.lastText = text;
      return;
    }
    this.flush();
    this.pending = { run, span, last: node, lastText: text, local: this.local };
  }

  /** The list that "• Item" paragraphs are being gathered into. */
  private bullets?: List & { local: number };

  private flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    const sentences = this.units(p.run, 'paragraph', false);
    this.m.paragraphs.push({ span: p.span, sentences, inList: false, section: -1, local: p.local });
  }

  /** A heading recovered from a paragraph; a "##Title" line's paragraph may go on after it. */
  private recoveredHeading(node: Extract<RootContent, { type: 'paragraph' }>, role: Extract<Recovered, { role: 'heading' }>): void {
    const span = { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
    const run = this.inlineRun(node.children, span.start);
    // Text indices of the heading's words: from `role.from` to the end of its line.
    let a = 0;
    while (a < run.text.length && runOffset(run, a) < role.from) a++;
    let b = a;
    while (b < run.text.length && runOffset(run, b) < role.lineEnd) b++;
    const [piece] = trimPiece(run.text.slice(a, b));
    const textSpan = piece ? runSpan(run, a + piece[0], a + piece[1]) : span;
    const text = piece ? run.text.slice(a + piece[0], a + piece[1]) : '';
    const headingSpan = { start: span.start, end: role.lineEnd };
    this.m.headings.push({ level: role.level, text, span: headingSpan, textSpan, recovered: role.how });
    this.local = this.m.headings.length - 1;
    this.m.ownWords.push(0);
    if (piece) this.units(run, 'heading', true, a, b);
    if (b < run.text.length) {
      const sentences = this.units(run, 'paragraph', false, b, run.text.length);
      const start = runOffset(run, b);
      this.m.paragraphs.push({ span: { start, end: span.end }, sentences, inList: false, section: -1, local: this.local });
    }
  }

  private block(node: RootContent, depth: number, inList: boolean): void {
    const pos = node.position;
    if (!pos) return;
    const span = { start: pos.start.offset ?? 0, end: pos.end.offset ?? 0 };
    switch (node.type) {
      case 'yaml': {
        let data: Record<string, unknown> | null = null;
        let error: string | undefined;
        try {
          const refused = yamlRefusal(node.value);
          if (refused) throw new Error(`front matter not read: ${refused}`);
          const v: unknown = parseYaml(node.value);
          data = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
        } catch (e) {
          error = (e as Error).message.split('\n')[0];
        }
        this.m.frontMatter = { span, data, error };
        return;
      }
      case 'heading': {
        const run = this.inlineRun(node.children, span.start);
        const text = run.text.trim();
        const first = node.children[0]?.position?.start.offset;
        const last = node.children[node.children.length - 1]?.position?.end.offset;
        const textSpan = first !== undefined && last !== undefined ? { start: first, end: last } : span;
        this.m.headings.push({ level: node.depth, text, span, textSpan });
        this.local = this.m.headings.length - 1;
        this.m.ownWords.push(0);
        this.units(run, 'heading', true);
        return;
      }
      case 'paragraph': {
        const sentences = this.units(this.inlineRun(node.children, span.start), 'paragraph', false);
        this.m.paragraphs.push({ span, sentences, inList, section: -1, local: this.local });
        return;
      }
      case 'list': {
        const listIndex = this.m.lists.length;
        const list = { span, ordered: !!node.ordered, depth, items: [] as number[], section: -1, local: this.local };
        this.m.lists.push(list);
        for (const item of node.children) {
          list.items.push(this.m.listItems.length);
          this.listItem(item, depth, listIndex);
        }
        return;
      }
      case 'blockquote':
        for (const child of node.children) this.block(child, depth, inList);
        return;
      case 'table':
        run(this.table(node, span));
        return;
      case 'code':
        this.m.code.push(span);
        return;
      case 'html': {
        for (const c of htmlComments(node.value)) {
          this.m.comments.push({ span: { start: span.start + c.index, end: span.start + c.index + c.length }, value: c.value });
        }
        return;
      }
      default:
        return;
    }
  }

  private listItem(item: MdListItem, depth: number, list: number): void {
    const pos = item.position;
    if (!pos) return;
    const span = { start: pos.start.offset ?? 0, end: pos.end.offset ?? 0 };
    const first = item.children[0];
    const entry: ListItem & { local: number } = {
      span,
      text: '',
      textSpan: { start: span.start, end: span.start },
      sentences: [],
      depth,
      ordered: false,
      list,
      section: -1,
      local: this.local,
    };
    this.m.listItems.push(entry);
    let rest = item.children;
    if (first && first.type === 'paragraph') {
      const run = this.inlineRun(first.children, first.position?.start.offset ?? span.start);
      entry.text = run.text.trim();
      entry.textSpan = { start: first.position?.start.offset ?? span.start, end: first.position?.end.offset ?? span.start };
      entry.sentences = this.units(run, 'item', false);
      rest = item.children.slice(1);
    }
    for (const child of rest) this.block(child, depth + 1, true);
  }

  private *table(node: MdTable, span: Span): Generator<void, void, void> {
    const rows: string[][] = [];
    const rowSpans: Span[] = [];
    for (const row of node.children) {
      if (rows.length % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
      const cells: string[] = [];
      const units: Sentence[] = [];
      for (const cell of row.children) {
        const run = this.inlineRun(cell.children, cell.position?.start.offset ?? span.start);
        cells.push(run.text.trim());
        units.push(...this.units(run, 'cell', true));
      }
      // A row that still holds a prompt is unfilled as a whole ("| [Patients who ...] | [their biggest need] | source |").
      if (units.some((u) => u.prompt)) for (const u of units) u.prompt = true;
      rows.push(cells);
      rowSpans.push({ start: row.position?.start.offset ?? span.start, end: row.position?.end.offset ?? span.end });
    }
    this.m.tables.push({ span, rows, rowSpans, section: -1, local: this.local });
  }

  /** Split a run (or its text from `from` to `to`) into sentence units and record them; `whole` keeps it as one unit (headings, cells). */
  private units(run: Run, source: Sentence['source'], whole: boolean, from = 0, to = run.text.length): Sentence[] {
    const part = from === 0 && to === run.text.length ? run.text : run.text.slice(from, to);
    const pieces: Array<[number, number]> = whole ? trimPiece(part) : splitSentences(part);
    const out: Array<Sentence & { local: number }> = [];
    for (let [a, b] of pieces) {
      a += from;
      b += from;
      const text = run.text.slice(a, b);
      out.push({ text, span: runSpan(run, a, b), source, section: -1, words: countWords(text), run, runStart: a, local: this.local });
    }
    // A paragraph, item or cell that still holds a prompt is unfilled as a whole ("The [trust] board owns this strategy. [Name] is accountable").
    const prompt = source !== 'heading' && out.some((s) => isPrompt(s.text));
    for (const s of out) {
      if (prompt) s.prompt = true;
      this.m.sentences.push(s);
      this.m.words += s.words;
      if (source !== 'heading') this.m.ownWords[this.local + 1] += contentWords(s.text, s.words);
    }
    return out;
  }

  /** The plain text of inline content, with its map back to the source. */
  private inlineRun(children: PhrasingContent[], from: number): Run {
    const run: Run = { text: '', map: [], base: 0 };
    // Where the source has been read up to, for nodes a transform left without a position.
    let cursor = from;
    const add = (value: string, start: number, linear: boolean) => {
      if (!value) return;
      run.map.push(run.text.length, start);
      // Line endings become spaces so that soft-wrapped lines read as one sentence.
      run.text += linear ? value.replace(/[\r\n]/g, ' ') : value.replace(/\r?\n/g, ' ');
    };
    const walk = (nodes: readonly Nodes[]) => {
      for (const n of nodes) {
        let start = n.position?.start.offset;
        let end = n.position?.end.offset;
        if (start === undefined) {
          // GFM's autolink literals after a "[" come without positions: find the text from where reading is up to.
          const value = 'value' in n && typeof n.value === 'string' ? n.value : '';
          const found = value ? this.src.indexOf(value, cursor) : -1;
          start = found >= 0 ? found : cursor;
          end = found >= 0 ? found + value.length : start;
        }
        end ??= start;
        cursor = Math.max(cursor, n.type === 'text' || n.type === 'inlineCode' || n.type === 'break' || n.type === 'html' ? end : start);
        switch (n.type) {
          case 'text': {
            const raw = this.src.slice(start, end);
            if (raw === n.value) add(raw, start, true);
            else if (raw.replace(/\r\n/g, '\n') === n.value.replace(/\r\n/g, '\n')) add(raw, start, true);
            else addAligned(run, n.value, raw, start);
            break;
          }
          case 'inlineCode':
            add(n.value, start + 1, false);
            break;
          case 'break':
            add(' ', start, false);
            break;
          case 'html':
            add(' ', start, false);
            break;
          case 'emphasis':
          case 'strong':
          case 'delete':
          case 'link':
          case 'linkReference':
            walk(n.children);
            break;
          default:
            break;
        }
      }
    };
    walk(children);
    return run;
  }
}

/** A paragraph that is only a short parenthesis: in a flattened list, the end of the item before it. */
const PAREN_LINE = /^\s*\([^()\n]{1,60}\)\s*$/;
/** A paragraph that starts with a bullet character: a list item a conversion flattened. */
const BULLET_LINE = /^\s*[•·▪●◦‣∙■➢►]\s+(?=\S)/;

/** One run of two paragraphs' text, a space between (a sentence broken over paragraphs, joined). */
function joinRuns(a: Run, b: Run): Run {
  const shift = a.text.length + 1;
  const map = a.map.slice();
  for (let i = 0; i < b.map.length; i += 2) map.push(b.map[i] + shift, b.map[i + 1]);
  return { text: a.text + ' ' + b.text, map, base: 0 };
}

function contentWords(text: string, words: number): number {
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(text) ? countWords(text.replace(PLACEHOLDER, ' ')) : words;
}

/**
 * Append a text node whose value differs from its source (backslash escapes,
 * entities, stripped indentation), mapping each character to where it came
 * from so that spans after an escape such as "\\(" still land on the right text.
 */
function addAligned(run: Run, value: string, raw: string, start: number): void {
  let out = '';
  let j = 0;
  let lastDelta = NaN;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\r' && value[i + 1] === '\n') continue;
    let k = j;
    while (k < raw.length && raw[k] !== c && k - j < 16) k++;
    let src: number;
    if (k < raw.length && raw[k] === c) {
      src = start + k;
      j = k + 1;
    } else src = start + Math.min(j, raw.length);
    const pos = run.text.length + out.length;
    if (src - pos !== lastDelta) {
      run.map.push(pos, src);
      lastDelta = src - pos;
    }
    out += c === '\n' || c === '\r' ? ' ' : c;
  }
  run.text += out;
}

function trimPiece(text: string): Array<[number, number]> {
  let a = 0;
  let b = text.length;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return b > a ? [[a, b]] : [];
}

function* parseChunk(text: string, converted: boolean): Generator<void, ChunkModel, void> {
  const root = yield* parseSteps(text);
  yield;
  return yield* new ChunkBuilder(text, converted).buildSteps(root);
}

/** Run a stepped computation to its end. */
function run<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The chunk models from one parse of the whole text: each top-level node goes to the chunk it
 * starts in, with its offsets made chunk-relative. `splitChunks` guarantees that no node
 * crosses a cut; if one ever did, this returns undefined and the chunks are parsed one by one.
 */
function* chunksFromWhole(text: string, starts: readonly number[], texts: readonly string[], converted: boolean): Generator<void, ChunkModel[] | undefined, void> {
  const models: ChunkModel[] = [];
  // One parse per run of chunks of about `PARSE_GROUP` characters: one parse of a long text
  // holds every token of it at once, and the collector's work on them grows faster than the text.
  for (let first = 0; first < starts.length; ) {
    let last = first + 1;
    while (last < starts.length && starts[last] - starts[first] < PARSE_GROUP) last++;
    const from = starts[first];
    const to = last < starts.length ? starts[last] : text.length;
    const nodes = (yield* parseSteps(from === 0 && to === text.length ? text : text.slice(from, to))).children;
    const groups: RootContent[][] = [];
    for (let i = first; i < last; i++) groups.push([]);
    let c = first;
    for (const node of nodes) {
      const start = (node.position?.start.offset ?? 0) + from;
      while (c + 1 < last && start >= starts[c + 1]) c++;
      const end = (node.position?.end.offset ?? 0) + from;
      if (c + 1 < last && end > starts[c + 1]) return undefined;
      groups[c - first].push(node);
    }
    for (let i = first; i < last; i++) {
      const children = groups[i - first];
      if (starts[i] > from) for (const node of children) shiftPositions(node, from - starts[i]);
      models.push(new ChunkBuilder(texts[i], converted).build({ type: 'root', children }));
    }
    first = last;
  }
  return models;
}

/** Characters of text parsed at once when a document is read whole (see `chunksFromWhole`). */
const PARSE_GROUP = 4_000;

/**
 * A copy of `s` that shares no storage with the string it was sliced from. JavaScript engines
 * make a slice of a long string a view on it; joining a character on first makes a new string
 * of `s`'s own length, of which the result is a view.
 */
function detach(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * Keeps chunk models from the previous analysis, keyed by chunk text, so that
 * an edit re-parses only the chunks it touched. One cache per open document.
 */
export class ChunkCache {
  private prev = new Map<string, ChunkModel>();
  private next = new Map<string, ChunkModel>();
  hits = 0;
  misses = 0;
  private scanKeys = new Set<string>();
  /** Each rule's placed scans from the last analysis that read them, by scan key, with the chunk models they were for. */
  readonly scanRuns = new Map<string, { chunks: readonly Chunk[]; scanned: ReadonlyArray<{ value: unknown; offset: number; headingBase: number }> }>();
  private lastDoc?: Doc;
  private lastChunks: readonly Chunk[] = [];
  /** The chunk models of `doc`, in order: one list shared by every rule's scan run. */
  chunksOf(doc: Doc): readonly Chunk[] {
    if (this.lastDoc !== doc) {
      this.lastDoc = doc;
      this.lastChunks = doc.chunks.map((c) => c.chunk);
    }
    return this.lastChunks;
  }
  get(text: string, converted: boolean): ChunkModel {
    return run(this.getSteps(text, converted));
  }
  /** `get` in steps: a chunk that is not cached is parsed in steps (see `parseSteps`). */
  *getSteps(text: string, converted: boolean): Generator<void, ChunkModel, void> {
    let m = this.next.get(text) ?? this.prev.get(text);
    // A document that gains or loses its headings is read afresh (rare: its second heading comes or goes).
    if (m && m.converted !== converted) m = undefined;
    if (m) this.hits++;
    else {
      // A chunk's text is a slice of the whole document, and so is every string parsed from
      // it: kept, they would keep that version of the document alive. Over a long session
      // each edit's version would stay, so parse a copy of the chunk's own.
      text = detach(text);
      m = yield* parseChunk(text, converted);
      this.misses++;
    }
    this.next.set(text, m);
    return m;
  }
  /** Forget chunks not used since the last call. */
  endGeneration(): void {
    this.prev = this.next;
    this.next = new Map();
  }
  /** The scan keys of the rules the last analysis ran (one per rule, profile and options). */
  get liveScanKeys(): ReadonlySet<string> {
    return this.scanKeys;
  }
  /**
   * After an analysis: keep the placed scans only of the rules that read them this time (an
   * older run would keep older chunk models alive), and when the keys in use have changed,
   * drop every chunk's scans made under the keys no longer in use.
   */
  keepScans(live: ReadonlySet<string>, read: ReadonlySet<string>): void {
    for (const k of this.scanRuns.keys()) if (!read.has(k)) this.scanRuns.delete(k);
    if (live.size === this.scanKeys.size && [...live].every((k) => this.scanKeys.has(k))) return;
    this.scanKeys = new Set(live);
    for (const m of this.prev.values()) for (const k of m.scans.keys()) if (!live.has(k)) m.scans.delete(k);
  }
}

const shiftSpan = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** The model of a text before anything is parsed: its text and line ending, and nothing else. */
export function emptyDoc(text: string): Doc {
  return {
    text,
    eol: detectEol(text),
    sections: [],
    sentences: [],
    paragraphs: [],
    lists: [],
    listItems: [],
    tables: [],
    comments: [],
    code: [],
    words: 0,
    sectionLevel: 2,
    chunks: [],
  };
}

/** Build the document model. Pass a `ChunkCache` to reuse the parse of unchanged chunks. */
export function buildDoc(text: string, options: ModelOptions = {}, cache?: ChunkCache): Doc {
  return run(buildDocSteps(text, options, cache));
}

/** `buildDoc` in steps: it pauses after each chunk it parses (and within the parse of a long table or paragraph). */
export function* buildDocSteps(source: string, options: ModelOptions = {}, cache?: ChunkCache): Generator<void, Doc, void> {
  // A lone CR ends a line: the model reads it as an LF (the same length, so every offset holds), and so does `doc.text`.
  const text = lfLines(source);
  const matcher = options.matcher ?? defaultMatcher();
  const starts = options.split === false ? [0] : splitChunks(text, options.cutAfter);
  const doc = emptyDoc(text);
  const headings: Heading[] = [];
  const ownWords: number[] = [];
  const texts = starts.map((off, c) => text.slice(off, c + 1 < starts.length ? starts[c + 1] : text.length));
  // Without a cache (the command line), one parse of the whole text is about a tenth cheaper
  // than one per chunk; its top-level nodes fall into the chunks unchanged. A server keeps
  // many documents open, so it parses a new one chunk by chunk: the whole tree at once
  // would raise its peak memory for a small gain on opening.
  const converted = readsConverted(text, starts);
  const fromWhole = starts.length > 1 && !options.pieces && !cache ? yield* chunksFromWhole(text, starts, texts, converted) : undefined;
  for (let c = 0; c < starts.length; c++) {
    const off = starts[c];
    const chunkText = texts[c];
    const m = fromWhole ? fromWhole[c] : cache ? yield* cache.getSteps(chunkText, converted) : yield* parseChunk(chunkText, converted);
    const hBase = headings.length;
    doc.chunks.push({ chunk: m, offset: off, headingBase: hBase });
    for (const h of m.headings) headings.push({ ...h, span: shiftSpan(h.span, off), textSpan: shiftSpan(h.textSpan, off) });
    if (hBase > 0) ownWords[hBase - 1] += m.ownWords[0];
    for (let i = 1; i < m.ownWords.length; i++) ownWords.push(m.ownWords[i]);
    doc.words += m.words;
    if (m.frontMatter && !doc.frontMatter) doc.frontMatter = { ...m.frontMatter, span: shiftSpan(m.frontMatter.span, off) };
    yield;
  }
  cache?.endGeneration();
  buildSections(doc, headings, ownWords, matcher);
  // The flat lists of sentences, paragraphs, lists and tables are put together only when something reads them:
  // rules that scan chunks never do, so an edit costs in proportion to the chunks it touched.
  lazy(doc, ['sentences', 'paragraphs', 'lists', 'listItems', 'tables'], () => assembleUnits(doc.chunks));
  lazy(doc, ['comments'], () => ({ comments: doc.chunks.flatMap(({ chunk, offset }) => chunk.comments.map((cm) => ({ span: shiftSpan(cm.span, offset), value: cm.value }))) }));
  lazy(doc, ['code'], () => ({ code: doc.chunks.flatMap(({ chunk, offset }) => chunk.code.map((cs) => shiftSpan(cs, offset))) }));
  return doc;
}

/** Define `keys` on `doc` as properties computed together by `make` on first read. */
function lazy<K extends keyof Doc>(doc: Doc, keys: K[], make: () => Pick<Doc, K>): void {
  let made: Pick<Doc, K> | undefined;
  for (const key of keys) {
    Object.defineProperty(doc, key, {
      enumerable: true,
      configurable: true,
      get: () => (made ??= make())[key],
    });
  }
}

/** The document-wide units, with absolute offsets and section indices, from the placed chunks. */
function assembleUnits(chunks: readonly PlacedChunk[]): Pick<Doc, 'sentences' | 'paragraphs' | 'lists' | 'listItems' | 'tables'> {
  const out: Pick<Doc, 'sentences' | 'paragraphs' | 'lists' | 'listItems' | 'tables'> = { sentences: [], paragraphs: [], lists: [], listItems: [], tables: [] };
  for (const { chunk: m, offset: off, headingBase: hBase } of chunks) {
    const sec = (local: number) => (local < 0 ? hBase - 1 : hBase + local);
    const runs = new Map<Run, Run>();
    const moveRun = (r: Run) => {
      let moved = runs.get(r);
      if (!moved) runs.set(r, (moved = { text: r.text, map: r.map, base: r.base + off }));
      return moved;
    };
    const sentences = new Map<Sentence, Sentence>();
    const moveSentence = (s: Sentence & { local?: number }): Sentence => {
      let moved = sentences.get(s);
      if (!moved) {
        moved = { text: s.text, span: shiftSpan(s.span, off), source: s.source, section: sec(s.local ?? -1), words: s.words, run: moveRun(s.run), runStart: s.runStart };
        if (s.prompt) moved.prompt = true;
        sentences.set(s, moved);
      }
      return moved;
    };
    for (const s of m.sentences) out.sentences.push(moveSentence(s));
    for (const p of m.paragraphs) {
      out.paragraphs.push({ span: shiftSpan(p.span, off), sentences: p.sentences.map(moveSentence), inList: p.inList, section: sec(p.local) });
    }
    const listBase = out.lists.length;
    const itemBase = out.listItems.length;
    for (const l of m.lists) {
      out.lists.push({ span: shiftSpan(l.span, off), ordered: l.ordered, depth: l.depth, items: l.items.map((i) => i + itemBase), section: sec(l.local) });
    }
    for (const it of m.listItems) {
      out.listItems.push({
        span: shiftSpan(it.span, off),
        text: it.text,
        textSpan: shiftSpan(it.textSpan, off),
        sentences: it.sentences.map(moveSentence),
        depth: it.depth,
        ordered: m.lists[it.list].ordered,
        list: it.list + listBase,
        section: sec(it.local),
      });
    }
    for (const t of m.tables) {
      out.tables.push({ span: shiftSpan(t.span, off), rows: t.rows, rowSpans: t.rowSpans.map((s) => shiftSpan(s, off)), section: sec(t.local) });
    }
  }
  return out;
}

function buildSections(doc: Doc, headings: Heading[], ownWords: number[], matcher: SectionMatcher): void {
  const n = doc.text.length;
  const stack: number[] = [];
  headings.forEach((h, i) => {
    while (stack.length && headings[stack[stack.length - 1]].level >= h.level) stack.pop();
    doc.sections.push({
      index: i,
      heading: h,
      level: h.level,
      kinds: matcher.kindsOf(h.text),
      parent: stack.length ? stack[stack.length - 1] : -1,
      span: { start: h.span.start, end: n },
      ownEnd: i + 1 < headings.length ? headings[i + 1].span.start : n,
      contentWords: 0,
    });
    stack.push(i);
  });
  // A section ends where the next heading of the same or a higher level starts.
  const open: number[] = [];
  for (const s of doc.sections) {
    while (open.length && doc.sections[open[open.length - 1]].level >= s.level) doc.sections[open.pop()!].span.end = s.span.start;
    open.push(s.index);
  }
  for (let s = 0; s < ownWords.length; s++) {
    const words = ownWords[s];
    if (words) for (let i = s; i >= 0; i = doc.sections[i].parent) doc.sections[i].contentWords += words;
  }
  const h1 = doc.sections.find((s) => s.level === 1);
  const first = h1 ?? doc.sections[0];
  const fmTitle = doc.frontMatter?.data?.title;
  if (first) doc.title = { text: first.heading.text, span: first.heading.span };
  else if (typeof fmTitle === 'string' && doc.frontMatter) doc.title = { text: fmTitle, span: doc.frontMatter.span };
  // New sections go in at the level the top-level sections use: below a single `#` title, else the shallowest.
  const singleH1 = doc.sections.filter((s) => s.level === 1).length === 1;
  // The title names the whole document, not one of its sections: "# Plan for digital care 2025" is not a
  // priorities section that everything below it sits in. A single `#` heading that opens the document and
  // has sections under it is the title, and sets no kind.
  if (h1 && singleH1 && h1.index === 0 && doc.sections.some((s) => s.parent === h1.index)) h1.kinds = [];
  // Headings recovered from bold or plain lines have made-up levels: new sections copy only written ones.
  // A loop, not Math.min(...levels): spread over a hundred thousand headings overflows the stack.
  let min = Infinity;
  for (const s of doc.sections) if (!(singleH1 && s.level === 1) && (!s.heading.recovered || s.heading.recovered === 'hashes') && s.level < min) min = s.level;
  doc.sectionLevel = min === Infinity ? 2 : min;
}

function detectEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

let matcherCache: SectionMatcher | undefined;
function defaultMatcher(): SectionMatcher {
  return (matcherCache ??= new SectionMatcher());
}

/** The kinds present in the document, with the sections that have each (placeholder-only sections excluded). */
export function sectionsOfKind(doc: Doc, kind: SectionKind, minWords = 3): Section[] {
  return doc.sections.filter((s) => s.kinds.includes(kind) && s.contentWords >= minWords);
}
