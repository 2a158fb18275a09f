// The command line's checks in a thread of their own, with a time limit and a memory limit:
// an input nobody has thought of (a construct the parser is slow on, repeated to the size
// limit) ends as one "too complex to check" finding, not as a run of minutes or gigabytes.
// Short texts, which cannot cost much, are checked in the command line's own thread.
// See docs/hostile-input.md.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkText, type CheckJob, type CheckOutcome } from './check';

/** Set in `workerData` when the bundle is started as the command line's check thread. */
const THREAD_FLAG = 'strategyLintCheckThread';

export type Checked = { ok: true; outcome: CheckOutcome } | { ok: false; why: 'time' | 'memory' | 'failed'; message: string };

type FromThread = { t: 'started' } | { t: 'done'; outcome: CheckOutcome } | { t: 'failed'; message: string };

export interface CheckerOptions {
  /** The bundle file to start the thread from; without one, every text is checked in this thread. */
  file?: string;
  /** Longest one file's check may run (ms); 0 for no limit (and no thread). */
  timeLimitMs: number;
  /** Largest old-generation heap the thread may use (MB). */
  heapMb: number;
  /** Texts shorter than this are checked in this thread. */
  threadFrom: number;
}

/** Defaults: 2 s and 320 MB (with the rest of the process, under 500 MB), and a thread from 100,000 characters. */
export const CHECK_TIME_LIMIT_MS = 2000;
export const CHECK_HEAP_MB = 320;
export const CHECK_THREAD_FROM = 100_000;

export function isCheckThread(): boolean {
  return !isMainThread && !!(workerData as Record<string, unknown> | null)?.[THREAD_FLAG];
}

/** The thread's side: check each job posted, and say when it starts (the clock runs from then). */
export function runCheckThread(): void {
  const port = parentPort!;
  port.on('message', (job: CheckJob) => {
    port.postMessage({ t: 'started' } satisfies FromThread);
    let reply: FromThread;
    try {
      reply = { t: 'done', outcome: checkText(job) };
    } catch (e) {
      reply = { t: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
}

export class Checker {
  private worker?: Worker;
  constructor(private readonly opts: CheckerOptions) {}

  check(job: CheckJob): Promise<Checked> {
    if (!this.opts.file || this.opts.timeLimitMs <= 0 || job.lf.length < this.opts.threadFrom) {
      return Promise.resolve({ ok: true, outcome: checkText(job) });
    }
    const worker = this.thread();
    const seconds = Math.round(this.opts.timeLimitMs / 100) / 10;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (r: Checked, lost: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (lost) this.end();
        resolve(r);
      };
      const onMessage = (m: FromThread) => {
        if (m.t === 'started') timer = setTimeout(() => finish({ ok: false, why: 'time', message: `its check took longer than ${seconds} s and was stopped` }, true), this.opts.timeLimitMs);
        else if (m.t === 'done') finish({ ok: true, outcome: m.outcome }, false);
        else finish({ ok: false, why: 'failed', message: m.message }, false);
      };
      const onError = (e: Error) =>
        finish(
          (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { ok: false, why: 'memory', message: `its check needed more than ${this.opts.heapMb} MB of memory and was stopped` }
            : { ok: false, why: 'failed', message: e.stack ?? e.message },
          true,
        );
      const onExit = (code: number) => finish({ ok: false, why: 'failed', message: `the check thread stopped (exit code ${code})` }, true);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** End the thread (a new one starts for the next long text). */
  end(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.opts.file!, {
      workerData: { [THREAD_FLAG]: true },
      resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb },
      // Standard output carries the report: whatever the thread prints goes to standard error.
      stdout: true,
    });
    worker.stdout.on('data', (d: Buffer) => process.stderr.write(d));
    // A thread that runs out of memory reports it as an error after the check waiting on it has ended.
    worker.on('error', () => {});
    this.worker = worker;
    return worker;
  }
}
