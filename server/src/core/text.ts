// Text runs: the plain text of a block (markup removed, soft line breaks as
// spaces) with a map back to offsets in the source, and sentence splitting.
import type { Span } from './types';

/** Plain text with a piecewise-linear map from text index to source offset. */
export interface Run {
  text: string;
  /** Flattened pairs `[textIndex, sourceOffset, ...]`, textIndex ascending: each starts a linear piece. */
  map: number[];
  /** Added to every source offset in `map` (lets a cached chunk move without copying its maps). */
  base: number;
}

/** The source offset of text index `i` in `run` (for `i === text.length`, the offset just past the last character). */
export function runOffset(run: Run, i: number): number {
  const m = run.map;
  if (m.length === 0) return run.base;
  if (i >= run.text.length && run.text.length > 0) return runOffset(run, run.text.length - 1) + 1;
  let lo = 0;
  let hi = m.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m[mid * 2] <= i) lo = mid;
    else hi = mid - 1;
  }
  return run.base + m[lo * 2 + 1] + (i - m[lo * 2]);
}

/** The source span of text indices `[a, b)` in `run`. */
export function runSpan(run: Run, a: number, b: number): Span {
  const start = runOffset(run, a);
  const end = b > a ? runOffset(run, b - 1) + 1 : start;
  return { start, end: Math.max(start, end) };
}

/** A unit of prose: a sentence of a paragraph, a heading, a list item's sentence or a table cell. */
export interface Sentence {
  text: string;
  span: Span;
  source: 'paragraph' | 'heading' | 'item' | 'cell';
  /** Index into `Doc.sections` of the section it sits in; -1 before the first heading. */
  section: number;
  words: number;
  run: Run;
  /** Where `text` starts within `run.text`. */
  runStart: number;
  /** Set on the sentences of a paragraph, item or cell that still holds a prompt for the writer ("[Executive name and role]"). */
  prompt?: true;
}

/** The source span of `[a, b)` within a sentence's text. */
export function sentenceSpan(s: Sentence, a: number, b: number): Span {
  return runSpan(s.run, s.runStart + a, s.runStart + b);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/** Count words: runs of letters and digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos', 'fig', 'approx', 'inc', 'ltd', 'co', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'para', 'paras', 'ch', 'vol', 'p', 'pp', 'al',
]);

/**
 * Split text into sentences: a `.`, `!` or `?` (with closing quotes or
 * brackets) followed by space and then a capital, digit or opening quote ends
 * one, unless the word before is a known abbreviation or a single initial.
 * Returns `[start, end)` pairs with surrounding spaces trimmed.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0][0] === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 12), m.index));
      const word = before ? before[1].toLowerCase() : '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    const end = m.index + m[0].length;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Array<[number, number]>, text: string, a: number, b: number): void {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b > a) out.push([a, b]);
}

/**
 * The HTML comments in `s`, as `/<!--([\s\S]*?)-->/g` finds them: each `<!--` with the first
 * `-->` after it. Linear: once a `<!--` has no `-->` after it, no later one has either, where
 * the regular expression would search on to the end from every later `<!--` (quadratic on a
 * long run of unclosed comments).
 */
export function htmlComments(s: string): Array<{ index: number; length: number; value: string }> {
  const out: Array<{ index: number; length: number; value: string }> = [];
  for (let i = s.indexOf('<!--'); i >= 0; ) {
    const close = s.indexOf('-->', i + 4);
    if (close < 0) break;
    out.push({ index: i, length: close + 3 - i, value: s.slice(i + 4, close) });
    i = s.indexOf('<!--', close + 3);
  }
  return out;
}
