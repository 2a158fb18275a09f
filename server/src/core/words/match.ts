// Shared by the word rules: compile a word list into one regex (one pass per
// sentence, whatever the list's length), find matches with their source
// spans, and build replacement fixes that keep the writer's capitalisation.
import type { Doc } from '../model';
import { sentenceSpan, type Sentence } from '../text';
import type { Fix, Span } from '../types';
import { memoPer } from '../memo';

export interface WordMatch<E> {
  entry: E;
  sentence: Sentence;
  /** The matched text, as it reads. */
  text: string;
  /** Index within the sentence's text. */
  index: number;
  span: Span;
  /** Text before and after the match in its sentence. */
  before: string;
  after: string;
}

export interface CompiledList<E> {
  re: RegExp;
  entries: readonly E[];
}

/** One alternation of every entry's pattern, each in its own group, in list order (put longer phrases first). */
export function compileList<E extends { pattern: string }>(entries: readonly E[]): CompiledList<E> {
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${entries.map((e) => `(${e.pattern})`).join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
  return { re, entries };
}

/** Every match in the sentences, in order. `accept` drops matches whose context rules them out. */
export function findWords<E extends { pattern: string }>(
  list: CompiledList<E>,
  sentences: readonly Sentence[],
  accept: (m: WordMatch<E>) => boolean = () => true,
): Array<WordMatch<E>> {
  const out: Array<WordMatch<E>> = [];
  const { entries } = list;
  for (const s of sentences) {
    for (const [g, index, text] of rawMatches(list, s.text)) {
      const match: WordMatch<E> = {
        entry: entries[g],
        sentence: s,
        text,
        index,
        span: sentenceSpan(s, index, index + text.length),
        before: s.text.slice(Math.max(0, index - 40), index),
        after: s.text.slice(index + text.length, index + text.length + 60),
      };
      if (accept(match)) out.push(match);
    }
  }
  return out;
}

/** The list's matches in a text as `[entry index, text index, matched text]`; memoised, since most sentences are unchanged between analyses. */
const rawMatches = memoPer((list: CompiledList<unknown>, text: string): Array<[number, number, string]> => {
  const out: Array<[number, number, string]> = [];
  const { re, entries } = list;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let g = 1;
    while (g <= entries.length && m[g] === undefined) g++;
    if (g <= entries.length) out.push([g - 1, m.index, m[0]]);
  }
  return out;
});

/** Give `replacement` the capitalisation of `original` (first letter, or all capitals). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original)) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * A fix replacing a match, or undefined when the source at the span is not
 * the plain text (markup inside the phrase), since replacing it would lose text.
 */
export function replaceFix(doc: Doc, m: { readonly text: string; readonly span: Span }, replacement: string, preferred = false): Fix | undefined {
  if (doc.text.slice(m.span.start, m.span.end) !== m.text) return undefined;
  let { start, end } = m.span;
  let newText = matchCase(m.text, replacement);
  if (!replacement) {
    // Removing a phrase: take one neighbouring space and any comma that follows with it.
    const after = doc.text.slice(end, end + 2);
    if (after.startsWith(', ')) end += 2;
    else if (after.startsWith(',')) end += 1;
    else if (after.startsWith(' ')) end += 1;
    else if (doc.text[start - 1] === ' ') start -= 1;
    newText = '';
  }
  return {
    title: replacement ? `Replace "${m.text}" with "${newText}"` : `Remove "${m.text}"`,
    edits: [{ start, end, newText }],
    ...(preferred ? { isPreferred: true } : { alternative: true }),
  };
}

