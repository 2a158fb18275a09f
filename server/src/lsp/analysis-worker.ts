// The analysis thread. The language server's main thread keeps the open
// documents and answers requests; the analysis itself (parse, model, rules)
// runs here, in a worker thread started from the same bundle file, so that no
// step of it, however long, can delay a hover, a code action or an edit on the
// main thread. Each document's ChunkCache lives here, beside the analysis that
// uses it, so an edit still re-parses only the chunk it touched.
//
// Messages: the main thread posts configs (once each, by number), texts to
// analyse (the latest per document replaces any still queued) and closes; the
// worker answers with "started" (so the main thread can time the run) and a
// result, which carries the findings and the parts of the model the editor
// features read (not the sentences, paragraphs or chunk trees). The board pack,
// which reads the whole model, is built here on request.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { analysisSteps, ChunkCache, resolveProfile, wordsFor, docsUrl, RULES, scorecardAnswers, strategyFacts, type Analysis, type Config, type Doc, type Finding, type ScorecardAnswers, type Section, type SectionKind } from '../core/index';
import { crLineEnds } from '../core/lines';
import { positionedText } from './convert';
import { reportResult, scorecardResult, type Analysed } from './features';
import type { ReportResult, ScorecardResult } from './protocol';

/** Set in `workerData` when the bundle is started as the analysis thread. */
export const WORKER_FLAG = 'strategyLintAnalysisWorker';

export type ToWorker =
  | { t: 'config'; id: number; config: Config }
  | { t: 'analyse'; uri: string; gen: number; version: number; text: string; config: number }
  | { t: 'close'; uri: string }
  | { t: 'report'; id: number; kind: 'report' | 'scorecard'; uri: string; gen: number; now: number };

/**
 * What the main thread gets back: the analysis less the model's bulk and the evidence, and the
 * scorecard's summary (the board pack and the whole scorecard are built here, on request).
 */
export interface LightResult {
  analysis: Analysis;
  card: ScorecardAnswers;
  /** Set when the document's lines end in lone CRs: the analysis saw LFs, and text it adds gets CRs. */
  crLines: boolean;
  /** A long list of sections, packed (the analysis's own list is then empty): see `unpackSections`. */
  packed?: PackedSections;
}

/**
 * Sections in numbers: a hundred thousand headings as objects take a second to copy between
 * threads, in which the main thread could answer nothing; as one array of numbers they take a
 * millisecond. The main thread then keeps, as objects, only the sections the features look
 * through (the first of each kind, and any whose heading a fix's edit touches), and finds the
 * heading under a hover in the numbers (`sectionFinder`).
 */
export interface PackedSections {
  nums: Int32Array;
  /** The headings' texts, joined by NUL. */
  texts: string;
  /** The distinct lists of kinds; each section's last field indexes this. */
  kindSets: SectionKind[][];
  recovered: Array<[number, NonNullable<Section['heading']['recovered']>]>;
}

const FIELDS = 12;
/** Past this many sections, they are sent packed. */
const PACK_OVER = 1000;

export function packSections(sections: readonly Section[]): PackedSections {
  const nums = new Int32Array(sections.length * FIELDS);
  const kindSets: SectionKind[][] = [];
  const setIndex = new Map<string, number>();
  const recovered: PackedSections['recovered'] = [];
  sections.forEach((s, i) => {
    const h = s.heading;
    const key = s.kinds.join(' ');
    let k = setIndex.get(key);
    if (k === undefined) {
      setIndex.set(key, (k = kindSets.length));
      kindSets.push([...s.kinds]);
    }
    nums.set([s.level, s.parent, s.span.start, s.span.end, s.ownEnd, s.contentWords, h.level, h.span.start, h.span.end, h.textSpan.start, h.textSpan.end, k], i * FIELDS);
    if (h.recovered) recovered.push([i, h.recovered]);
  });
  return { nums, texts: sections.map((s) => s.heading.text).join('\0'), kindSets, recovered };
}

/** Section `i` of the packed list, as the model has it. */
function unpack(p: PackedSections, texts: string[], recovered: Map<number, string>, i: number): Section {
  const v = p.nums;
  const o = i * FIELDS;
  const r = recovered.get(i) as Section['heading']['recovered'];
  return {
    index: i,
    heading: { level: v[o + 6], text: texts[i], span: { start: v[o + 7], end: v[o + 8] }, textSpan: { start: v[o + 9], end: v[o + 10] }, ...(r ? { recovered: r } : {}) },
    level: v[o],
    kinds: p.kindSets[v[o + 11]],
    parent: v[o + 1],
    span: { start: v[o + 2], end: v[o + 3] },
    ownEnd: v[o + 4],
    contentWords: v[o + 5],
  };
}

/** Every section, as objects (for tests). */
export function unpackSections(p: PackedSections): Section[] {
  const texts = p.texts.split('\0');
  const recovered = new Map<number, string>(p.recovered);
  return Array.from({ length: p.nums.length / FIELDS }, (_, i) => unpack(p, texts, recovered, i));
}

/** The sections the features look through: the first of each kind (and the first at the document's section level), and any whose heading an edit of a fix touches. */
export function keptSections(p: PackedSections, sectionLevel: number, findings: readonly Finding[]): Section[] {
  const v = p.nums;
  const n = v.length / FIELDS;
  const keep = new Set<number>();
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (const k of p.kindSets[v[i * FIELDS + 11]]) {
      if (!seen.has(k)) {
        seen.add(k);
        keep.add(i);
      }
      if (v[i * FIELDS] <= sectionLevel && !seen.has(k + ' top')) {
        seen.add(k + ' top');
        keep.add(i);
      }
    }
  }
  for (const f of findings)
    for (const fix of f.fixes)
      for (const e of fix.edits)
        for (let i = headingAtOrBefore(p, e.end); i >= 0; i--) {
          // Headings do not overlap, so once one ends before the edit, so do those before it.
          if (v[i * FIELDS + 8] <= e.start) break;
          if (v[i * FIELDS + 7] < e.end) keep.add(i);
        }
  const texts = p.texts.split('\0');
  const recovered = new Map<number, string>(p.recovered);
  return [...keep].sort((x, y) => x - y).map((i) => unpack(p, texts, recovered, i));
}

/** The last section whose heading starts at or before `offset` (-1: none). Headings come in document order. */
function headingAtOrBefore(p: PackedSections, offset: number): number {
  let lo = 0;
  let hi = p.nums.length / FIELDS - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.nums[mid * FIELDS + 7] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Finds the section whose heading holds an offset (from its start to its end), in the packed numbers. */
export function sectionFinder(p: PackedSections): (offset: number) => Section | undefined {
  let texts: string[] | undefined;
  const recovered = new Map<number, string>(p.recovered);
  return (offset) => {
    const i = headingAtOrBefore(p, offset);
    if (i < 0 || p.nums[i * FIELDS + 8] < offset) return undefined;
    return unpack(p, (texts ??= p.texts.split('\0')), recovered, i);
  };
}

/** The main thread's view of a result: the sections it needs as objects, and the finder for the rest. */
export function received(r: LightResult): LightResult & { sectionAt?: (offset: number) => Section | undefined } {
  if (!r.packed) return r;
  r.analysis.doc.sections = keptSections(r.packed, r.analysis.doc.sectionLevel, r.analysis.findings);
  return { ...r, packed: undefined, sectionAt: sectionFinder(r.packed) };
}

export type FromWorker =
  | { t: 'started'; uri: string; gen: number }
  | { t: 'result'; uri: string; gen: number; result: LightResult }
  | { t: 'failed'; uri: string; gen: number; message: string }
  | { t: 'report'; id: number; result: ReportResult | ScorecardResult | null };

/** Whether this thread is the analysis worker (and not the language server's main thread). */
export function isAnalysisWorker(): boolean {
  return !isMainThread && !!(workerData as Record<string, unknown> | null)?.[WORKER_FLAG];
}

/** The model as the editor features read it: headings, sections, tables' spans, title and front matter. The text is the main thread's own. */
export function lightDoc(doc: Doc): Doc {
  return {
    text: '',
    eol: doc.eol,
    frontMatter: doc.frontMatter,
    title: doc.title,
    sections: doc.sections,
    sentences: [],
    paragraphs: [],
    lists: [],
    listItems: [],
    tables: doc.tables.map((t) => ({ span: t.span, rows: [], rowSpans: [], section: t.section })),
    comments: [],
    code: [],
    words: doc.words,
    sectionLevel: doc.sectionLevel,
    chunks: [],
  };
}

/** The result for a text that was not checked (its analysis ran out of time or failed): one finding on its first line that says why. */
export function uncheckedResult(text: string, config: Config, message: string): LightResult {
  const severity = config.rules['document-too-large']?.severity ?? 'warning';
  const nl = text.search(/[\r\n]/);
  const span = { start: 0, end: Math.min(nl < 0 ? text.length : nl, 200) };
  const doc = lightDoc({ text, eol: '\n', sections: [], sentences: [], paragraphs: [], lists: [], listItems: [], tables: [], comments: [], code: [], words: 0, sectionLevel: 2, chunks: [] });
  doc.text = text;
  const findings = severity === 'off' ? [] : [{ ruleId: 'document-too-large', severity, message, span, docsUrl: docsUrl('document-too-large'), fixes: [] }];
  const facts = strategyFacts(doc, new Date());
  const choice = resolveProfile(doc, config, facts);
  const analysis: Analysis = { findings, doc, profile: choice.profile, profileChoice: choice, words: wordsFor(choice.profile, choice), directives: [], evidence: [], errors: [], facts };
  return { analysis, card: scorecardAnswers(analysis, []), crLines: false };
}

function lightResult(a: Analysis, card: ScorecardAnswers, crLines: boolean): LightResult {
  const doc = lightDoc(a.doc);
  const pack = doc.sections.length > PACK_OVER;
  if (pack) doc.sections = [];
  // The editor features read neither the evidence nor the scorecard's entries (thousands, for a document of thousands of sections).
  const analysis = { findings: a.findings, doc, profile: a.profile, profileChoice: a.profileChoice, words: a.words, directives: a.directives, evidence: [], errors: a.errors, facts: a.facts };
  return { analysis, card: { summary: card.summary, questions: [], qualities: [] }, crLines, ...(pack ? { packed: packSections(a.doc.sections) } : {}) };
}

/** Longest stretch of analysis between looks at the message queue (for a newer text, which drops the run). */
const SLICE_MS = 20;

/** Run the analysis loop on `port` (the worker's parentPort). */
export function runAnalysisWorker(port: MessagePort = parentPort!): void {
  const configs = new Map<number, Config>();
  const caches = new Map<string, ChunkCache>();
  /** The last full analysis of each document, for the board pack. */
  const last = new Map<string, { gen: number; uri: string; version: number; text: string; analysis: Analysis; card: ScorecardAnswers; crLines: boolean }>();
  /** The latest text of each document still to analyse, oldest first. */
  const queue = new Map<string, Extract<ToWorker, { t: 'analyse' }>>();
  const enabled = new WeakMap<Config, typeof RULES>();
  let busy = false;
  const post = (m: FromWorker) => port.postMessage(m);

  port.on('message', (m: ToWorker) => {
    if (m.t === 'config') configs.set(m.id, m.config);
    else if (m.t === 'analyse') {
      queue.delete(m.uri);
      queue.set(m.uri, m);
      if (!busy) void drain();
    } else if (m.t === 'close') {
      queue.delete(m.uri);
      caches.delete(m.uri);
      last.delete(m.uri);
    } else if (m.t === 'report') {
      const l = last.get(m.uri);
      let result: ReportResult | ScorecardResult | null = null;
      if (l && l.gen === m.gen) {
        const a: Analysed = { uri: l.uri, version: l.version, doc: positionedText(l.uri, l.text), analysis: l.analysis, card: l.card, crLines: l.crLines };
        result = m.kind === 'report' ? reportResult(a, new Date(m.now)) : scorecardResult(a);
      }
      post({ t: 'report', id: m.id, result });
    }
  });

  async function drain(): Promise<void> {
    busy = true;
    try {
      for (let job = first(); job; job = first()) {
        queue.delete(job.uri);
        await run(job);
      }
    } finally {
      busy = false;
    }
  }

  function first() {
    for (const j of queue.values()) return j;
    return undefined;
  }

  async function run(job: Extract<ToWorker, { t: 'analyse' }>): Promise<void> {
    const config = configs.get(job.config);
    if (!config) {
      post({ t: 'failed', uri: job.uri, gen: job.gen, message: 'the settings for this document were not received' });
      return;
    }
    let cache = caches.get(job.uri);
    if (!cache) caches.set(job.uri, (cache = new ChunkCache()));
    post({ t: 'started', uri: job.uri, gen: job.gen });
    const text = job.text;
    const steps = analysisSteps(text, { config, cache });
    // Dropped when a newer text of the same document arrives, or the document closes.
    const c = cache;
    const stale = () => queue.has(job.uri) || caches.get(job.uri) !== c;
    let analysis: Analysis | undefined;
    try {
      let t = performance.now();
      for (;;) {
        const r = steps.next();
        if (r.done) {
          analysis = r.value;
          break;
        }
        if (performance.now() - t >= SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          if (stale()) return;
          t = performance.now();
        }
      }
    } catch (e) {
      post({ t: 'failed', uri: job.uri, gen: job.gen, message: e instanceof Error ? e.message : String(e) });
      return;
    }
    let rules = enabled.get(config);
    if (!rules) enabled.set(config, (rules = RULES.filter((x) => config.rules[x.meta.id]?.severity !== 'off')));
    // Scored on the rules switched on, as the command line does: a question no rule checks says nothing.
    const card = scorecardAnswers(analysis, rules);
    // A lone CR ends a line (the core reads it as an LF); in a file whose lines end so, inserted lines do too.
    const crLines = crLineEnds(text);
    last.set(job.uri, { gen: job.gen, uri: job.uri, version: job.version, text, analysis, card, crLines });
    post({ t: 'result', uri: job.uri, gen: job.gen, result: lightResult(analysis, card, crLines) });
  }
}
