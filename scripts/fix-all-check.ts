// What "fix all" (the CLI's --fix, the editor's fix-all and fix-on-save) must
// never do to a document, as a check any test or script can run: change a
// heading, change the shape of a list or table, or lower an answer on the
// scorecard. Used by test/core/fix-all-safety.test.ts on the fixtures and on
// documents made by code, and by `npm run check:fix-all` on any folder (the
// shared corpus by default).
import { analyze, applyEdits, chooseFixes, scorecardAnswers, type Analysis, type Config } from '../server/src/core/index';

const MAX_PASSES = 10;
const RANK = { yes: 2, partly: 1, no: 0 } as const;

/** Fix all, as the CLI does: pass after pass until nothing is left to fix. */
export function fixAll(text: string, config: Config, now?: Date): { text: string; passes: number } {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const a = analyze(current, { config, now });
    const fixes = chooseFixes(a.findings, a.doc);
    if (!fixes.length) return { text: current, passes: pass };
    const next = applyEdits(current, fixes.flatMap((f) => f.edits));
    if (next === current) return { text: current, passes: pass };
    current = next;
  }
  return { text: current, passes: MAX_PASSES };
}

/** The document's shape: every heading as written, and each list's and table's layout. */
export function structure(a: Analysis): { headings: string[]; lists: string[]; tables: string[] } {
  const { doc } = a;
  return {
    headings: doc.sections.map((s) => doc.text.slice(s.heading.span.start, s.heading.span.end)),
    lists: doc.lists.map((l) => `${l.ordered ? 'ordered' : 'bulleted'} depth ${l.depth}, ${l.items.length} items`),
    tables: doc.tables.map((t) => `${t.rows.length} rows of ${t.rows.map((r) => r.length).join('/')} cells`),
  };
}

export interface FixAllReport {
  changed: boolean;
  /** What fix-all broke: empty when it kept every promise. */
  problems: string[];
}

/** Fix all on a text and say what, if anything, it broke. */
export function checkFixAll(text: string, config: Config, now?: Date): FixAllReport & { fixed: string } {
  const before = analyze(text, { config, now });
  const { text: fixed } = fixAll(text, config, now);
  const after = analyze(fixed, { config, now });
  const problems: string[] = [];
  const s0 = structure(before);
  const s1 = structure(after);
  for (const k of ['headings', 'lists', 'tables'] as const) {
    if (JSON.stringify(s0[k]) !== JSON.stringify(s1[k])) problems.push(`${k} changed: ${JSON.stringify(s0[k])} became ${JSON.stringify(s1[k])}`);
  }
  const c0 = scorecardAnswers(before);
  const c1 = scorecardAnswers(after);
  for (const group of ['questions', 'qualities'] as const) {
    c0[group].forEach((q, i) => {
      const q1 = c1[group][i];
      if (RANK[q1.answer] < RANK[q.answer]) problems.push(`the scorecard's "${q.label}" went from ${q.answer} to ${q1.answer}`);
    });
  }
  return { changed: fixed !== text, problems, fixed };
}
