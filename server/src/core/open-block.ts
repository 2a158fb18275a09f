// What is still open at the end of a text: text appended there (an inserted
// section) would be swallowed by an unclosed code fence or HTML comment, so
// the fix closes it first. Only column-0 openers count, since those are
// certainly top-level; where the scan is unsure it answers '' (close nothing).
const FENCE = /^(`{3,}|~{3,})/;
const CLOSERS: Array<[RegExp, RegExp, (m: RegExpExecArray) => string]> = [
  [/^<!--/, /-->/, () => '-->'],
  [/^<\?/, /\?>/, () => '?>'],
  [/^<!\[CDATA\[/, /\]\]>/, () => ']]>'],
  [/^<![A-Za-z]/, />/, () => '>'],
  [/^<(script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i, (m) => `</${m[1].toLowerCase()}>`],
];

// CommonMark HTML blocks of type 6 (these tags, open or closing) and type 7
// (any other complete tag alone on its line, not interrupting a paragraph)
// run to the next blank line; a fence inside one is HTML, not code.
const BLOCK_TAG = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i;
const LONE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
const UNTIL_BLANK = /^[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

let lastText: string | undefined;
let lastCloser = '';

/** The line that closes the block left open at the end of `text`, or '' if none is (or the scan cannot tell). */
export function closerAtEnd(text: string): string {
  // Every rule that offers to add a section asks about the same text: scan it once.
  if (text !== lastText) {
    lastCloser = scanCloser(text);
    lastText = text;
  }
  return lastCloser;
}

function scanCloser(text: string): string {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('---', pos)) {
    const m = /^---[ \t]*(?:\r\n?|\n)(?:[\s\S]*?(?:\r\n?|\n))??---[ \t]*(?:\r\n?|\n|$)/.exec(text.slice(pos));
    // Unclosed, the `---` is a thematic break and the lines after it are Markdown.
    if (m) pos += m[0].length;
  }
  let fence = '';
  let open: { end: RegExp; closer: string } | undefined;
  let prevBlank = true;
  let listOpen = false;
  let itemOffset = 0;
  const lineEnd = /\r\n?|\n/g;
  while (pos < text.length) {
    lineEnd.lastIndex = pos;
    const m = lineEnd.exec(text);
    let line = text.slice(pos, m ? m.index : text.length);
    pos = m ? m.index + m[0].length : text.length;
    if (fence) {
      const f = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = '';
      continue;
    }
    if (open) {
      if (open.end.test(line)) open = undefined;
      prevBlank = UNTIL_BLANK.test(line);
      continue;
    }
    // An opener indented by 1 to 3 spaces belongs to a list item when one may be
    // open (unsure: close nothing); otherwise it opens a top-level block.
    // (A line indented less than every open item's content is outside them all.)
    const indented = /^ {1,3}(?=\S)/.exec(line);
    const inItem = listOpen && !!indented && indented[0].length >= itemOffset;
    if (inItem && /^(?:`{3}|~{3}|<!--|<\?|<!\[CDATA\[|<![A-Za-z]|<(?:script|pre|style|textarea)(?:[\s>]|$))/i.test(line.slice(indented![0].length))) return '';
    const item = LIST_ITEM.exec(line);
    if (item) {
      const offset = item[0].length + (/^[ \t]*$/.test(line.slice(item[0].length)) ? 1 : 0);
      itemOffset = listOpen ? Math.min(itemOffset, offset) : offset;
      listOpen = true;
    } else if (prevBlank && /^\S/.test(line)) listOpen = false;
    line = indented ? line.slice(indented[0].length) : line;
    const f = FENCE.exec(line);
    if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) {
      fence = f[1];
      continue;
    }
    let opened = false;
    for (const [start, end, closer] of CLOSERS) {
      const s = start.exec(line);
      if (s) {
        if (!end.test(line.slice(s[0].length))) open = { end, closer: closer(s) };
        opened = true;
        break;
      }
    }
    // Ended by a blank line, which the inserted text starts with: nothing to close.
    if (!opened && (BLOCK_TAG.test(line) || (prevBlank && LONE_TAG.test(line)))) open = { end: UNTIL_BLANK, closer: '' };
    prevBlank = UNTIL_BLANK.test(line);
  }
  return fence ? fence[0].repeat(fence.length) : (open?.closer ?? '');
}
