// Parsing: the unified pipeline, and the split of a document into chunks that
// can be parsed independently. Invariant: parsing the chunks one by one and
// shifting their offsets gives the same tree as parsing the whole text, so a
// chunk's parse can be cached by its text (see `splitChunks` for when that holds).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parse Markdown (CommonMark + GFM + YAML front matter) into mdast with offsets. */
export function parseMarkdown(text: string): Root {
  let root = processor.parse(text) as Root;
  // An unclosed `---` at the start leaves the front matter extension in a state
  // where no list is recognised anywhere after it (micromark-extension-frontmatter
  // issue 5); without front matter there is none to find, so parse without it.
  if (root.children[0]?.type !== 'yaml' && /^\uFEFF?---/.test(text)) root = withoutFrontMatter.parse(text) as Root;
  // micromark drops a leading byte order mark and counts offsets without it;
  // put it back so every offset is an offset into `text`.
  if (text.charCodeAt(0) === 0xfeff) shiftPositions(root, 1);
  return root;
}

interface Positioned {
  position?: { start: { offset?: number; column: number; line: number }; end: { offset?: number; column: number; line: number } };
  children?: Positioned[];
}

function shiftPositions(node: Positioned, by: number): void {
  const p = node.position;
  if (p) {
    for (const pt of [p.start, p.end]) {
      if (pt.offset !== undefined) pt.offset += by;
      if (pt.line === 1) pt.column += by;
    }
  }
  if (node.children) for (const c of node.children) shiftPositions(c, by);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const HTML_START = /^ {0,3}<(!--|\?|![A-Za-z]|!\[CDATA\[|(script|pre|style|textarea)[\s>]|\/?[A-Za-z])/i;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * Offsets where the text can be cut into independently parseable chunks: the
 * start of every ATX heading at column 0 that lies outside front matter,
 * fenced code and HTML blocks. Always starts with 0.
 *
 * A column-0 `#` line can belong to nothing else in CommonMark, except inside
 * a top-level fence or HTML block, which the scan tracks. Where the scan is
 * unsure it does not cut, which is always safe. Link reference and footnote
 * definitions apply across the whole document, so a text that has any is not
 * cut at all.
 */
export function splitChunks(text: string): number[] {
  if (DEFINITION.test(text)) return [0];
  return scanTopLevel(text).starts;
}

/**
 * What must be written at the end of the text to close a top-level block that
 * is still open there (an unclosed fence, HTML comment or raw HTML block), so
 * that text appended after it is Markdown again. '' when nothing is open.
 */
export function closerAtEnd(text: string): string {
  const s = scanTopLevel(text);
  if (s.fence) return s.fence[0].repeat(s.fence.length);
  switch (s.html) {
    case 'comment':
      return '-->';
    case 'pi':
      return '?>';
    case 'decl':
      return '>';
    case 'cdata':
      return ']]>';
    case 'raw':
      return `</${s.rawTag}>`;
    default:
      return '';
  }
}

type HtmlState = 'comment' | 'pi' | 'decl' | 'cdata' | 'raw' | 'blank' | null;

function scanTopLevel(text: string): { starts: number[]; fence: string | null; html: HtmlState; rawTag: string } {
  const starts = [0];
  let pos = 0;
  const n = text.length;
  let fence: string | null = null; // the opening fence run while inside fenced code
  let html: HtmlState = null;
  let rawTag = '';
  // A byte order mark is not part of the first line (the parser drops it too).
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  // Front matter: `---` on the first line up to the next `---` line.
  if (text.startsWith('---', pos)) {
    const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(pos));
    if (m) pos += m[0].length;
  }
  // CommonMark ends a line at LF, CRLF or a lone CR.
  const lineEnd = /\r\n?|\n/g;
  while (pos < n) {
    lineEnd.lastIndex = pos;
    const m = lineEnd.exec(text);
    const eol = m ? m.index : n;
    const next = m ? m.index + m[0].length : n;
    const line = text.slice(pos, eol);
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.slice(m[0].length).trim() === '') fence = null;
    } else if (html) {
      if (
        (html === 'comment' && line.includes('-->')) ||
        (html === 'pi' && line.includes('?>')) ||
        (html === 'decl' && line.includes('>')) ||
        (html === 'cdata' && line.includes(']]>')) ||
        (html === 'raw' && line.toLowerCase().includes(`</${rawTag}>`))
      ) {
        html = null;
      } else if (html === 'blank' && line.trim() === '') {
        html = null;
      }
    } else if (ATX.test(line)) {
      if (pos > 0) starts.push(pos);
    } else {
      const f = FENCE.exec(line);
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
        fence = f[1];
      } else {
        const h = HTML_START.exec(line);
        if (h) {
          const opener = h[1].toLowerCase();
          if (opener === '!--') html = line.indexOf('-->', h[0].length) >= 0 ? null : 'comment';
          else if (opener === '?') html = line.includes('?>') ? null : 'pi';
          else if (opener.startsWith('![cdata[')) html = line.includes(']]>') ? null : 'cdata';
          else if (opener.startsWith('!')) html = line.indexOf('>', h[0].length) >= 0 ? null : 'decl';
          else if (h[2]) {
            rawTag = h[2].toLowerCase();
            html = line.toLowerCase().includes(`</${rawTag}>`) ? null : 'raw';
          } else html = 'blank';
        }
      }
    }
    pos = next;
  }
  return { starts, fence, html, rawTag };
}
