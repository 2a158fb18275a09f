// Reading grade by SMOG (McLaughlin, 1969), which the NHS uses for patient
// information: 1.043 × √(polysyllables × 30 / sentences) + 3.1291. Headings and
// list items count as sentences, as if each ended with a full stop; table
// cells are data and are left out.
import type { Chunk, Doc } from '../model';
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

/** The grade from the counts SMOG makes: polysyllables over sentences. */
export function smogFromCounts(polysyllables: number, sentences: number): Grade {
  const grade = sentences ? 1.043 * Math.sqrt((polysyllables * 30) / sentences) + 3.1291 : 0;
  return { grade: Math.round(grade * 10) / 10, sentences, polysyllables };
}

/** A run of a chunk's units under one heading: the sentences and polysyllables SMOG counts in them. */
export interface SmogRun {
  /** The chunk-local heading the run follows (-1: before the chunk's first). */
  local: number;
  sentences: number;
  polysyllables: number;
}

/** SMOG's counts in one chunk, per heading. Table cells and empty units are not counted. */
export function smogRuns(chunk: Chunk): SmogRun[] {
  const runs: SmogRun[] = [];
  let run: SmogRun | undefined;
  for (const s of chunk.sentences) {
    if (!run || run.local !== s.local) runs.push((run = { local: s.local, sentences: 0, polysyllables: 0 }));
    if (s.source === 'cell' || s.words === 0) continue;
    run.sentences++;
    run.polysyllables += polysyllables(s.text);
  }
  return runs;
}

export interface ReadabilityFigures {
  document: Grade;
  /** Top-level sections (at the document's section level) with their grades. */
  sections: Array<{ section: number; heading: string; grade: Grade }>;
}

/**
 * SMOG for the document and each top-level section, from each chunk's runs in place (the
 * readability rule's scans, or `smogRuns` of every chunk): one pass over the runs.
 */
export function figuresFromRuns(doc: Doc, placed: ReadonlyArray<{ value: readonly SmogRun[]; headingBase: number }>): ReadabilityFigures {
  const top = (i: number): number => {
    while (i >= 0 && doc.sections[i].level > doc.sectionLevel) i = doc.sections[i].parent;
    return i;
  };
  let sentences = 0;
  let poly = 0;
  const bySection = new Map<number, { sentences: number; polysyllables: number }>();
  for (const p of placed) {
    for (const r of p.value) {
      sentences += r.sentences;
      poly += r.polysyllables;
      const section = r.local < 0 ? p.headingBase - 1 : p.headingBase + r.local;
      const t = section < 0 ? -1 : top(section);
      if (t < 0 || doc.sections[t].level < doc.sectionLevel) continue;
      let c = bySection.get(t);
      if (!c) bySection.set(t, (c = { sentences: 0, polysyllables: 0 }));
      c.sentences += r.sentences;
      c.polysyllables += r.polysyllables;
    }
  }
  return {
    document: smogFromCounts(poly, sentences),
    sections: [...bySection].map(([section, c]) => ({ section, heading: doc.sections[section].heading.text, grade: smogFromCounts(c.polysyllables, c.sentences) })),
  };
}

const cache = new WeakMap<Doc, ReadabilityFigures>();

/** The same figures as the readability rule's, for a document model (the scorecard's); computed once per model. */
export function readabilityFigures(doc: Doc): ReadabilityFigures {
  let r = cache.get(doc);
  if (!r) cache.set(doc, (r = figuresFromRuns(doc, doc.chunks.map((c) => ({ value: smogRuns(c.chunk), headingBase: c.headingBase })))));
  return r;
}
