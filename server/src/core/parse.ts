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

/** Parse Markdown (CommonMark + GFM + YAML front matter) into mdast with offsets. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
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
  const starts = [0];
  if (DEFINITION.test(text)) return starts;
  let pos = 0;
  const n = text.length;
  let fence: string | null = null; // the opening fence run while inside fenced code
  let html: 'comment' | 'pi' | 'decl' | 'cdata' | 'raw' | 'blank' | null = null;
  let rawTag = '';
  // Front matter: `---` on the first line up to the next `---` line.
  if (text.startsWith('---')) {
    const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
    if (m) pos = m[0].length;
  }
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    const line = text.slice(pos, eol).replace(/\r$/, '');
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
    pos = eol + 1;
  }
  return starts;
}
