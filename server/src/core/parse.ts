// Parsing: the unified pipeline, and the split of a document into chunks that
// can be parsed independently. Invariant: parsing the chunks one by one and
// shifting their offsets gives the same tree as parsing the whole text, so a
// chunk's parse can be cached by its text (see `splitChunks` for when that holds).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { endsOpen } from './structure';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).freeze();

/** Block quotes or lists nested deeper than this on one line are read as if the rest were text. */
export const MAX_NESTING = 32;
const DEEP_NESTING = new RegExp(`^(?:[ \\t]*(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))){${MAX_NESTING + 1}}`, 'm');

/**
 * Thousands of `>` or list markers on one line nest the tree that deep, and the parser's
 * tree walks then take quadratic time and overflow the stack. Markers past the limit become
 * spaces: the same length, so every offset still points at the same character.
 */
function limitNesting(text: string): string {
  if (!DEEP_NESTING.test(text)) return text;
  return text.replace(/^[ \t>*+\-\d.)]+/gm, (prefix) => {
    let depth = 0;
    return prefix.replace(/>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g, (m) => (++depth > MAX_NESTING ? ' '.repeat(m.length) : m));
  });
}

/** Parse Markdown (CommonMark + GFM + YAML front matter) into mdast with offsets. */
export function parseMarkdown(source: string): Root {
  const text = limitNesting(source);
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
  /^(?:[ \t]*(?:(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)|>))+[ \t]*(?:`{3,}|~{3,}|<(?:[!?]|\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)))|^(?: {4,}|\t)[ \t]*(?:`{3,}|~{3,}|<[!?A-Za-z/])/;
// CommonMark's HTML block start conditions 1 to 6 (7, any other tag, cannot interrupt a paragraph, so it is ambiguous here).
const HTML_RAW = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCK_TAG =
  /^<\/?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;

// A complete open or closing tag, alone on its line: the start of an HTML block of type 7.
const ATTRIBUTE = String.raw`[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^"'=<>\x60\s]+|'[^']*'|"[^"]*"))?`;
const HTML_TYPE7 = new RegExp(String.raw`^(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$`);
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
      if (prevBlank && !prevOpen && pos - starts[starts.length - 1] >= cutAfter) starts.push(pos);
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
      if (pos > 0) starts.push(pos);
      prevOpen = false; // a heading ends its line: the model reads no sentence on from it
    } else if (CONTAINED_OPENER.test(line)) {
      return starts;
    } else if (afterBlank && !afterOpen && pos - starts[starts.length - 1] >= cutAfter && LETTER.test(line)) {
      starts.push(pos);
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
