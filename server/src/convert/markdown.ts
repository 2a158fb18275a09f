// Turns converted blocks (mdast nodes, each with where it came from in the
// original file) into Markdown text and a map from offsets back to pages or
// paragraphs. mdast-util-to-markdown does the escaping, so text such as "*" or
// "1." at the start of a line in a PDF stays text.
import type { List, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/** Where a piece of converted text came from in the original file. */
export interface Place {
  page?: number;
  paragraph?: number;
}

export interface Block {
  node: RootContent;
  /** One place for the block, or for a list one per item in document order. */
  places: Place[];
}

export interface Converted {
  kind: 'pdf' | 'docx';
  markdown: string;
  /** Sorted by start: the place of the text from each start offset on. */
  map: { start: number; place: Place }[];
  /** Pages in a PDF. */
  pages?: number;
  /** Things the reader should know about the conversion, such as pages with no text. */
  notes: string[];
}

const OPTIONS = { extensions: [gfmToMarkdown()], bullet: '-' as const, emphasis: '_' as const, strong: '*' as const, listItemIndent: 'one' as const, rule: '-' as const, fences: true };
const ITEM_START = /^ *(?:[-*+]|\d{1,9}[.)])(?: |$)/;

export function render(blocks: Block[]): { markdown: string; map: Converted['map'] } {
  let out = '';
  const map: Converted['map'] = [];
  for (const b of mergeLists(blocks)) {
    const text = toMarkdown({ type: 'root', children: [b.node] }, OPTIONS).trimEnd();
    if (!text.trim()) continue;
    if (out) out += '\n\n';
    const start = out.length;
    if (b.node.type === 'list' && b.places.length > 1) {
      let offset = 0;
      let i = 0;
      for (const line of text.split('\n')) {
        if (ITEM_START.test(line) && i < b.places.length) map.push({ start: start + offset, place: b.places[i++] });
        offset += line.length + 1;
      }
    } else if (b.places[0]) {
      map.push({ start, place: b.places[0] });
    }
    out += text;
  }
  return { markdown: out ? out + '\n' : '', map };
}

/** Lists of one kind next to each other are one list in Markdown, so make them one before rendering. */
function mergeLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev && prev.node.type === 'list' && b.node.type === 'list' && !!prev.node.ordered === !!b.node.ordered) {
      const list = prev.node as List;
      out[out.length - 1] = { node: { ...list, children: [...list.children, ...(b.node as List).children] }, places: [...prev.places, ...b.places] };
    } else out.push(b);
  }
  return out;
}

/** The place of the text at an offset. */
export function placeAt(c: Pick<Converted, 'map'>, offset: number): Place | undefined {
  let lo = 0;
  let hi = c.map.length - 1;
  if (hi < 0 || c.map[0].start > offset) return c.map[0]?.place;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.map[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return c.map[lo].place;
}

export function describePlace(p: Place | undefined): string {
  if (!p) return 'start';
  if (p.page !== undefined) return `page ${p.page}`;
  if (p.paragraph !== undefined) return `paragraph ${p.paragraph}`;
  return 'start';
}
