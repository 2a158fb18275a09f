// The properties every document must satisfy, shared by `npm test` (a few
// hundred seeded cases) and `npm run fuzz` (ten thousand). Each check throws
// an Error saying which property broke; the caller adds the reproduction.
//
// Definitions:
// - "That finding" after a fix: a finding of the same rule with the same
//   message at the same place, where the place is the old span carried through
//   the fix's edits (so the span may have moved or grown with the edit). A
//   rule may legitimately still report something else on the same sentence.
// - Fix-all: the CLI's loop. Each pass applies `chooseFixes`' non-overlapping
//   selection; fixes left out (because they touched a chosen one) wait for the
//   next pass, and rules that summarise past a limit only show (and fix) that
//   many findings per pass. So a second single pass may change things, but the
//   loop must converge: within MAX_FIX_PASSES, plus one pass per fixable finding
//   of the original, plus one per ten words, a pass must choose no fix at all; every pass must change
//   the text and choose no overlapping edits.
import {
  analyze,
  applyEdits,
  chooseFixes,
  ChunkCache,
  defaultConfig,
  RULES,
  type Analysis,
  type AnalyzeOptions,
  type Config,
  type Finding,
  type TextEdit,
} from '../../server/src/core/index';
import { parseMarkdown, splitChunks } from '../../server/src/core/parse';
import type { RootContent } from 'mdast';

export const NOW = new Date('2025-06-01T00:00:00Z');
/** The same bound as the CLI's `--fix` loop. */
export const MAX_FIX_PASSES = 10;

export interface Counts {
  cases: number;
  findings: number;
  /** Individual fixes applied to a finding, each re-analysed. */
  fixesApplied: number;
  /** Of those, the ones whose finding was gone afterwards. */
  fixesVerified: number;
  /** Fix-all runs that changed the text, and the passes they needed in all. */
  fixAllRuns: number;
  fixAllPasses: number;
  /** Rule ids seen reporting, to show the fuzzer reaches them. */
  rules: Set<string>;
}

export function newCounts(): Counts {
  return { cases: 0, findings: 0, fixesApplied: 0, fixesVerified: 0, fixAllRuns: 0, fixAllPasses: 0, rules: new Set() };
}

let config: Config | undefined;
/** Every registered rule switched on, at its default or at warning if it is off by default. */
export function allRulesConfig(): Config {
  if (!config) {
    config = defaultConfig(RULES);
    for (const r of RULES) if (config.rules[r.meta.id].severity === 'off') config.rules[r.meta.id].severity = 'warning';
  }
  return config;
}

function run(text: string, cache?: ChunkCache, chunking?: AnalyzeOptions['chunking']): Analysis {
  return analyze(text, { config: allRulesConfig(), now: NOW, throwOnRuleError: true, cache, chunking });
}

const show = (f: Finding) => `${f.ruleId} [${f.span.start}, ${f.span.end}) "${f.message}"`;

/** Where an offset lands after a set of edits: `bias` says which way an insertion at that offset pushes it. */
export function mapOffset(p: number, edits: readonly TextEdit[], bias: 'left' | 'right'): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const grow = e.newText.length - (e.end - e.start);
    if (e.end < p || (e.end === p && (e.start < p || bias === 'right'))) delta += grow;
    else if (e.start < p) return e.start + delta + (bias === 'left' ? 0 : e.newText.length);
    else break;
  }
  return p + delta;
}

function checkSpans(text: string, a: Analysis): void {
  const n = text.length;
  const inside = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n;
  for (const f of a.findings) {
    if (!inside(f.span)) throw new Error(`span outside the text (length ${n}): ${show(f)}`);
    if (!f.message || /undefined|NaN|\[object/.test(f.message)) throw new Error(`unfinished message: ${show(f)}`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) if (!inside(e)) throw new Error(`fix "${fix.title}" edits outside the text: [${e.start}, ${e.end}) for ${show(f)}`);
    }
  }
  for (const e of a.evidence) if (!inside(e.span)) throw new Error(`evidence span outside the text: ${e.ruleId} [${e.span.start}, ${e.span.end})`);
}

/** Fixes checked one by one per document: the first of each rule, up to this many (each costs an analysis). */
export const FIXES_PER_DOCUMENT = 4;

/** Each fix on its own: applies cleanly, changes the text, and the finding is gone afterwards. */
function checkEachFix(text: string, a: Analysis, counts: Counts): void {
  const rules = new Set<string>();
  for (const f of a.findings) {
    if (f.fixes.length === 0 || rules.has(f.ruleId) || rules.size >= FIXES_PER_DOCUMENT) continue;
    rules.add(f.ruleId);
    for (const fix of f.fixes) {
      let fixed: string;
      try {
        fixed = applyEdits(text, fix.edits);
      } catch (e) {
        throw new Error(`fix "${fix.title}" does not apply to ${show(f)}: ${(e as Error).message}`);
      }
      if (fixed === text) throw new Error(`fix "${fix.title}" changes nothing for ${show(f)}`);
      counts.fixesApplied++;
      const after = run(fixed);
      checkSpans(fixed, after);
      const lo = mapOffset(f.span.start, fix.edits, 'left');
      const hi = mapOffset(f.span.end, fix.edits, 'right');
      const again = after.findings.find((g) => g.ruleId === f.ruleId && g.message === f.message && g.span.start <= hi && lo <= g.span.end);
      if (again) throw new Error(`fix "${fix.title}" leaves its finding in place: ${show(f)}, reported again as ${show(again)}`);
      counts.fixesVerified++;
    }
  }
}

function overlapping(edits: readonly TextEdit[]): [TextEdit, TextEdit] | undefined {
  const s = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1];
    const b = s[i];
    // Sharing a point is an overlap too when either is an insertion there: the order would be chance.
    if (b.start < a.end || (b.start === a.end && (a.start === a.end || b.start === b.end))) return [a, b];
  }
  return undefined;
}

/** Fix-all as the CLI runs it: never overlapping, and converging within the bound. */
function checkFixAll(text: string, a: Analysis, counts: Counts): void {
  let current = text;
  let analysis = a;
  // Rules that summarise past a limit show (and fix) only that many findings per
  // pass (words-to-avoid: 15), so a pass may uncover more: 2,000 uses of one word
  // take some 130 passes. A fixable finding needs a word of text, so the number of
  // words bounds the passes; an oscillating fix still fails, only later.
  const bound = MAX_FIX_PASSES + a.findings.filter((f) => f.fixes.length > 0).length + Math.ceil(text.split(/\s+/).length / 10);
  for (let pass = 1; ; pass++) {
    const fixes = chooseFixes(analysis.findings, analysis.doc);
    if (fixes.length === 0) {
      if (pass > 1) {
        counts.fixAllRuns++;
        counts.fixAllPasses += pass - 1;
      }
      return;
    }
    if (pass > bound) throw new Error(`fix-all has not converged after ${bound} passes; still offering: ${fixes.map((f) => f.title).join('; ')}`);
    const edits = fixes.flatMap((f) => f.edits);
    const clash = overlapping(edits);
    if (clash) throw new Error(`fix-all pass ${pass} chose overlapping edits ${JSON.stringify(clash)}`);
    const next = applyEdits(current, edits);
    if (next === current) throw new Error(`fix-all pass ${pass} changed nothing but still offers: ${fixes.map((f) => f.title).join('; ')}`);
    current = next;
    analysis = run(current);
    checkSpans(current, analysis);
  }
}

/**
 * Analysing with a chunk cache warmed by an earlier version (cut at every
 * paragraph it may be) gives the same findings as a fresh analysis of the
 * text as one piece.
 */
export function checkCache(before: string, after: string): void {
  const cache = new ChunkCache();
  run(before, cache, { cutAfter: 1 });
  cache.endGeneration();
  const cached = run(after, cache, { cutAfter: 1 });
  const fresh = run(after, undefined, { split: false });
  const a = JSON.stringify(cached.findings);
  const b = JSON.stringify(fresh.findings);
  if (a !== b) throw new Error(`the chunk cache changed the findings:\n cached: ${cached.findings.map(show).join('\n  ')}\n fresh:  ${fresh.findings.map(show).join('\n  ')}`);
}

function outline(nodes: readonly RootContent[], shift: number): string[] {
  return nodes.map((n) => `${n.type}${n.type === 'heading' ? n.depth : ''} ${(n.position?.start.offset ?? NaN) + shift}-${(n.position?.end.offset ?? NaN) + shift}`);
}

/** Parsing the chunks `splitChunks` cuts, one by one, gives the same top-level blocks as parsing the whole text. */
export function checkChunks(text: string): void {
  let whole: string[] | undefined;
  // As cut for real, and cut at every paragraph the scan allows.
  for (const cutAfter of [undefined, 1]) {
    const starts = splitChunks(text, cutAfter);
    if (starts.length < 2) continue;
    whole ??= outline(parseMarkdown(text).children, 0);
    const pieces = starts.flatMap((s, i) => outline(parseMarkdown(text.slice(s, starts[i + 1] ?? text.length)).children, s));
    if (whole.join('\n') !== pieces.join('\n')) {
      throw new Error(`chunked parse differs from the whole parse (cuts at ${starts.join(', ')}):\n whole:  ${whole.join('; ')}\n chunks: ${pieces.join('; ')}`);
    }
  }
}

/** Every property for one document; adds to the counts. */
export function checkDocument(text: string, counts: Counts, opts: { fixes?: boolean } = {}): void {
  let a: Analysis;
  try {
    a = run(text);
  } catch (e) {
    throw new Error(`analyze threw: ${(e as Error).stack ?? e}`);
  }
  counts.cases++;
  counts.findings += a.findings.length;
  for (const f of a.findings) counts.rules.add(f.ruleId);
  checkSpans(text, a);
  checkChunks(text);
  if (opts.fixes !== false) {
    checkEachFix(text, a, counts);
    checkFixAll(text, a, counts);
  }
}

/**
 * An extreme document (one construct repeated to the size limit): analysis with every rule on
 * never throws, keeps its spans in the text and, given a budget, finishes within it (the
 * analysis alone, timed here; `npm run fuzz` sets the budget, the tests do not time anything).
 * Returns the milliseconds it took.
 */
export function checkExtreme(text: string, counts: Counts, budgetMs?: number): number {
  // CPU time, not wall time: on a shared machine other processes' work would count against the case.
  const t0 = process.cpuUsage();
  const a = run(text);
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  counts.cases++;
  counts.findings += a.findings.length;
  for (const f of a.findings) counts.rules.add(f.ruleId);
  checkSpans(text, a);
  if (budgetMs !== undefined && ms > budgetMs) {
    throw new Error(`analysis of ${text.length.toLocaleString('en-GB')} characters took ${Math.round(ms)} ms of CPU time, over the budget of ${budgetMs} ms (starts ${JSON.stringify(text.slice(0, 40))})`);
  }
  return ms;
}
