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
import { analysisSteps, ChunkCache, docsUrl, RULES, scorecardAnswers, strategyFacts, type Analysis, type Config, type Doc, type ScorecardAnswers } from '../core/index';
import { positionedText } from './convert';
import { reportResult, type Analysed } from './features';
import type { ReportResult } from './protocol';

/** Set in `workerData` when the bundle is started as the analysis thread. */
export const WORKER_FLAG = 'strategyLintAnalysisWorker';

export type ToWorker =
  | { t: 'config'; id: number; config: Config }
  | { t: 'analyse'; uri: string; gen: number; version: number; text: string; config: number }
  | { t: 'close'; uri: string }
  | { t: 'report'; id: number; uri: string; gen: number; now: number };

/** What the main thread gets back: the analysis less the model's bulk, and the scorecard's answers. */
export interface LightResult {
  analysis: Analysis;
  card: ScorecardAnswers;
  /** Set when the document's lines end in lone CRs: the analysis saw LFs, and text it adds gets CRs. */
  crLines: boolean;
}

export type FromWorker =
  | { t: 'started'; uri: string; gen: number }
  | { t: 'result'; uri: string; gen: number; result: LightResult }
  | { t: 'failed'; uri: string; gen: number; message: string }
  | { t: 'report'; id: number; result: ReportResult | null };

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
  const analysis: Analysis = { findings, doc, profile: config.profile, directives: [], evidence: [], errors: [], facts: strategyFacts(doc, new Date()) };
  return { analysis, card: scorecardAnswers(analysis, []), crLines: false };
}

function lightAnalysis(a: Analysis): Analysis {
  return { findings: a.findings, doc: lightDoc(a.doc), profile: a.profile, directives: a.directives, evidence: a.evidence, errors: a.errors, facts: a.facts };
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
      let result: ReportResult | null = null;
      if (l && l.gen === m.gen) {
        const a: Analysed = { uri: l.uri, version: l.version, doc: positionedText(l.uri, l.text), analysis: l.analysis, card: l.card, crLines: l.crLines };
        result = reportResult(a, new Date(m.now));
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
    // A lone CR ends a line: the analysis reads it as an LF (the same length, so every offset holds).
    const cr = text.includes('\r') && /\r(?!\n)/.test(text);
    const steps = analysisSteps(cr ? text.replace(/\r(?!\n)/g, '\n') : text, { config, cache });
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
    const crLines = cr && (text.match(/\r(?!\n)/g)?.length ?? 0) > (text.match(/\n/g)?.length ?? 0);
    last.set(job.uri, { gen: job.gen, uri: job.uri, version: job.version, text, analysis, card, crLines });
    post({ t: 'result', uri: job.uri, gen: job.gen, result: { analysis: lightAnalysis(analysis), card, crLines } });
  }
}
