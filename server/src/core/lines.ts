// Line breaks. A lone CR ends a line, as LF and CRLF do (CommonMark; old Mac
// files and some converters write them). `lfLines` is how the core reads such a
// text: the model, directives, lexicon and rules look for LF only, so a lone CR
// is read as an LF, one character for one, and every offset holds. And 1-based
// lines and UTF-16 columns of offsets, for front ends that print them (the
// command line, the board pack). The language server keeps its own index at
// the protocol boundary (lsp/convert.ts).

const LONE_CR = /\r(?!\n)/g;

/** The text with each lone CR read as an LF (the same length); the text itself when it has none. */
export function lfLines(text: string): string {
  if (!text.includes('\r')) return text;
  LONE_CR.lastIndex = 0;
  return LONE_CR.test(text) ? text.replace(LONE_CR, '\n') : text;
}

/** Whether most of the text's lines end in a lone CR (an old Mac file), so that added lines should too. */
export function crLineEnds(text: string): boolean {
  if (!text.includes('\r')) return false;
  const lone = text.match(LONE_CR)?.length ?? 0;
  return lone > 0 && lone > (text.match(/\n/g)?.length ?? 0);
}

export interface LineIndex {
  position(offset: number): { line: number; column: number };
}

/** Line starts: LF, CRLF and a lone CR each end a line, as in CommonMark and the language server. */
export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return {
    position(offset: number) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 };
    },
  };
}
