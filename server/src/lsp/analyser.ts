// The main thread's side of the analysis thread (analysis-worker.ts): posts
// texts and configs to it, hands each result to the one waiting for that
// document's latest text, and watches the time. A run past the time limit, or
// a thread that dies (out of memory, say), is ended and the thread started
// again; that document gets an "unchecked" outcome, and the other documents
// waiting are posted to the new thread.
import { Worker } from 'node:worker_threads';
import type { Config } from '../core/index';
import { WORKER_FLAG, type FromWorker, type LightResult, type ToWorker } from './analysis-worker';
import type { ReportResult, ScorecardResult } from './protocol';

export type Outcome = { ok: true; result: LightResult; ms: number } | { ok: false; why: 'time' | 'failed'; message: string; ms: number };

interface Waiting {
  job: Extract<ToWorker, { t: 'analyse' }>;
  config: Config;
  resolve: (o: Outcome | undefined) => void;
  posted: number;
}

export interface AnalyserOptions {
  /** The bundle file to start the thread from (this one). */
  file: string;
  /** Longest one analysis may run before the thread is ended. */
  timeLimitMs: number;
  /** Largest old-generation heap the thread may use, in MB. */
  heapMb: number;
  log: (message: string) => void;
}

export class Analyser {
  private worker?: Worker;
  private readonly ids = new WeakMap<Config, number>();
  private nextId = 1;
  /** Config numbers the current thread has been sent. */
  private sent = new Set<number>();
  private readonly waiting = new Map<string, Waiting>();
  private readonly reports = new Map<number, (r: ReportResult | ScorecardResult | null) => void>();
  private running?: { uri: string; gen: number; timer: NodeJS.Timeout };
  /** Threads lost since the last result: past a few, the thread cannot start, and documents are not posted again. */
  private losses = 0;

  constructor(private readonly opts: AnalyserOptions) {}

  /** The analysis of `text`; undefined when a newer text of the same document (or its close) overtook it. */
  analyse(uri: string, gen: number, version: number, text: string, config: Config): Promise<Outcome | undefined> {
    this.waiting.get(uri)?.resolve(undefined);
    return new Promise((resolve) => {
      let id = this.ids.get(config);
      if (!id) this.ids.set(config, (id = this.nextId++));
      const w: Waiting = { job: { t: 'analyse', uri, gen, version, text, config: id }, config, resolve, posted: performance.now() };
      w.resolve = (o) => {
        if (this.waiting.get(uri) === w) this.waiting.delete(uri);
        resolve(o);
      };
      this.waiting.set(uri, w);
      this.dispatch(w);
    });
  }

  close(uri: string): void {
    this.waiting.get(uri)?.resolve(undefined);
    this.worker?.postMessage({ t: 'close', uri } satisfies ToWorker);
  }

  /** The board pack or the whole scorecard of the document's analysis `gen`, built where the whole model is kept; null if that analysis is no longer there. */
  report(kind: 'report', uri: string, gen: number): Promise<ReportResult | null>;
  report(kind: 'scorecard', uri: string, gen: number): Promise<ScorecardResult | null>;
  report(kind: 'report' | 'scorecard', uri: string, gen: number): Promise<ReportResult | ScorecardResult | null> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.reports.set(id, resolve);
      this.thread().postMessage({ t: 'report', id, kind, uri, gen, now: Date.now() } satisfies ToWorker);
    });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }

  private dispatch(w: Waiting): void {
    const worker = this.thread();
    const id = w.job.config;
    if (!this.sent.has(id)) {
      worker.postMessage({ t: 'config', id, config: w.config } satisfies ToWorker);
      this.sent.add(id);
    }
    worker.postMessage(w.job);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.opts.file, {
      workerData: { [WORKER_FLAG]: true },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb },
      // Standard output may carry the protocol: whatever the thread prints goes to standard error.
      stdout: true,
    });
    worker.stdout.on('data', (d: Buffer) => process.stderr.write(d));
    // The main thread never waits on it alone: an idle thread does not keep the server alive.
    worker.unref();
    worker.on('message', (m: FromWorker) => this.onMessage(worker, m));
    worker.on('error', (e) => this.lost(worker, 'failed', e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => this.lost(worker, 'failed', `the analysis thread stopped (exit code ${code})`));
    this.worker = worker;
    this.sent = new Set();
    return worker;
  }

  private onMessage(worker: Worker, m: FromWorker): void {
    if (worker !== this.worker) return;
    if (m.t === 'report') {
      this.reports.get(m.id)?.(m.result);
      this.reports.delete(m.id);
      return;
    }
    if (m.t === 'started') {
      this.stopClock();
      const timer = setTimeout(() => this.overrun(worker), this.opts.timeLimitMs);
      timer.unref();
      this.running = { uri: m.uri, gen: m.gen, timer };
      return;
    }
    if (this.running?.uri === m.uri && this.running.gen === m.gen) this.stopClock();
    this.losses = 0;
    const w = this.waiting.get(m.uri);
    if (!w || w.job.gen !== m.gen) return;
    const ms = performance.now() - w.posted;
    w.resolve(m.t === 'result' ? { ok: true, result: m.result, ms } : { ok: false, why: 'failed', message: m.message, ms });
  }

  private stopClock(): void {
    if (this.running) clearTimeout(this.running.timer);
    this.running = undefined;
  }

  private overrun(worker: Worker): void {
    if (worker !== this.worker) return;
    this.lost(worker, 'time', `its analysis took longer than ${Math.round(this.opts.timeLimitMs / 100) / 10} s and was stopped`);
  }

  /** The thread is ended or died: the document it was analysing fails, the rest go to a new thread. */
  private lost(worker: Worker, why: 'time' | 'failed', message: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    void worker.terminate();
    const running = this.running;
    this.stopClock();
    this.opts.log(`strategy-lint: ${running ? `the check of ${running.uri} stopped: ` : ''}${message}; the analysis thread was started again.`);
    for (const r of this.reports.values()) r(null);
    this.reports.clear();
    for (const w of [...this.waiting.values()]) {
      if (running && w.job.uri === running.uri && w.job.gen === running.gen) w.resolve({ ok: false, why, message, ms: performance.now() - w.posted });
    }
    if (++this.losses > 3) {
      for (const w of [...this.waiting.values()]) w.resolve({ ok: false, why: 'failed', message, ms: performance.now() - w.posted });
      return;
    }
    for (const w of this.waiting.values()) this.dispatch(w);
  }
}
