// Reading grade by SMOG (McLaughlin, 1969), which the NHS uses for patient
// information: 1.043 × √(polysyllables × 30 / sentences) + 3.1291. Headings and
// list items count as sentences, as if each ended with a full stop; table
// cells are data and are left out.
import type { Doc } from '../model';
import type { Sentence } from '../text';
import { memoText } from '../memo';

const WORD = /[\p{L}][\p{L}'’\-]*/gu;

/** Syllables in an English word, by the usual vowel-group rule with silent endings removed. */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Words of three or more syllables; abbreviations in capitals are read as letters and not counted. */
export const polysyllables: (text: string) => number = memoText(countPolysyllables);

function countPolysyllables(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) if (m[0].length >= 5) n += wordPolysyllables(m[0]);
  return n;
}

/**
 * Polysyllables in one word: none in an abbreviation in capitals, and hyphenated words read part
 * by part. Words repeat far more than sentences do, so this is memoised per word.
 */
const wordPolysyllables: (word: string) => number = memoText((w) => {
  if (w === w.toUpperCase() && /\p{Lu}/u.test(w)) return 0;
  let n = 0;
  for (const part of w.split(/[-‐]/)) if (part.length >= 5 && syllables(part) >= 3) n++;
  return n;
}, 20000);

export interface Grade {
  grade: number;
  sentences: number;
  polysyllables: number;
}

export function smog(units: readonly Sentence[]): Grade {
  let poly = 0;
  let sentences = 0;
  for (const s of units) {
    if (s.source === 'cell' || s.words === 0) continue;
    sentences++;
    poly += polysyllables(s.text);
  }
  const grade = sentences ? 1.043 * Math.sqrt((poly * 30) / sentences) + 3.1291 : 0;
  return { grade: Math.round(grade * 10) / 10, sentences, polysyllables: poly };
}

/** The same grade as `smog`, from counts already made: the polysyllables and the sentences that `smog` would count. */
export function smogFromCounts(polysyllables: number, sentences: number): Grade {
  const grade = sentences ? 1.043 * Math.sqrt((polysyllables * 30) / sentences) + 3.1291 : 0;
  return { grade: Math.round(grade * 10) / 10, sentences, polysyllables };
}

export interface ReadabilityFigures {
  document: Grade;
  /** Top-level sections (at the document's section level) with their grades. */
  sections: Array<{ section: number; heading: string; grade: Grade }>;
}

const cache = new WeakMap<Doc, ReadabilityFigures>();

/** SMOG for the document and each top-level section; computed once per document model. */
export function readabilityFigures(doc: Doc): ReadabilityFigures {
  let r = cache.get(doc);
  if (r) return r;
  const bySection = new Map<number, Sentence[]>();
  const top = (i: number): number => {
    while (i >= 0 && doc.sections[i].level > doc.sectionLevel) i = doc.sections[i].parent;
    return i;
  };
  for (const s of doc.sentences) {
    const t = s.section < 0 ? -1 : top(s.section);
    if (t < 0 || doc.sections[t].level < doc.sectionLevel) continue;
    let list = bySection.get(t);
    if (!list) bySection.set(t, (list = []));
    list.push(s);
  }
  r = {
    document: smog(doc.sentences),
    sections: [...bySection].map(([section, units]) => ({ section, heading: doc.sections[section].heading.text, grade: smog(units) })),
  };
  cache.set(doc, r);
  return r;
}
