// The command line's checks in a thread of their own, with a time limit and a memory limit:
// an input nobody has thought of (a construct the parser is slow on, repeated to the size
// limit) ends as one "too complex to check" finding, not as a run of minutes or gigabytes.
// Short texts (under 50,000 characters and 1,000 lines), which cannot cost much, are checked in
// the command line's own thread.
// See docs/hostile-input.md.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkText, packText, type CheckJob, type CheckOutcome, type PackJob, type PackOutcome } from './check';

/** Set in `workerData` when the bundle is started as the command line's check thread. */
const THREAD_FLAG = 'strategyLintCheckThread';

export type Checked<T = CheckOutcome> = { ok: true; outcome: T } | { ok: false; why: 'time' | 'memory' | 'failed'; message: string };

type ToThread = { t: 'check'; job: CheckJob } | { t: 'pack'; job: PackJob };
type FromThread = { t: 'started' } | { t: 'done'; outcome: CheckOutcome | PackOutcome } | { t: 'failed'; message: string };

export interface CheckerOptions {
  /** The bundle file to start the thread from; without one, every text is checked in this thread. */
  file?: string;
  /** Longest one file's check may run (ms); 0 for no limit (and no thread). */
  timeLimitMs: number;
  /** Largest old-generation heap the thread may use (MB; default `CHECK_HEAP_MB`). */
  heapMb?: number;
  /** Texts shorter than this, in characters and in lines, are checked in this thread (default `CHECK_THREAD_FROM`). */
  threadFrom?: { chars: number; lines: number };
}

/**
 * Defaults: 1.5 s (so that a stopped check, with Node's start-up and the thread's, ends within
 * 2 s of the command starting) and 320 MB (with the rest of the process, under 500 MB), and a thread from 50,000
 * characters or 1,000 lines. The parser's cost is mostly per block, not per character (5,000 list
 * items of eight characters took most of a second), so a text of many short lines gets the thread too.
 */
export const CHECK_TIME_LIMIT_MS = 1500;
export const CHECK_HEAP_MB = 320;
export const CHECK_THREAD_FROM = { chars: 50_000, lines: 1_000 };

/** Whether a text is long enough, in characters or lines, to be checked in the thread. */
function isLong(text: string, from: { chars: number; lines: number }): boolean {
  if (text.length >= from.chars) return true;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++lines >= from.lines) return true;
  return false;
}

export function isCheckThread(): boolean {
  return !isMainThread && !!(workerData as Record<string, unknown> | null)?.[THREAD_FLAG];
}

/** The thread's side: check each job posted, and say when it starts (the clock runs from then). */
export function runCheckThread(): void {
  const port = parentPort!;
  port.on('message', (m: ToThread) => {
    port.postMessage({ t: 'started' } satisfies FromThread);
    let reply: FromThread;
    try {
      reply = { t: 'done', outcome: m.t === 'check' ? checkText(m.job) : packText(m.job) };
    } catch (e) {
      reply = { t: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
}

export class Checker {
  private worker?: Worker;
  private readonly opts: Required<Omit<CheckerOptions, 'file'>> & Pick<CheckerOptions, 'file'>;
  constructor(opts: CheckerOptions) {
    this.opts = { heapMb: CHECK_HEAP_MB, threadFrom: CHECK_THREAD_FROM, ...opts };
  }

  /** One file's check (see check.ts). */
  check(job: CheckJob): Promise<Checked<CheckOutcome>> {
    return this.run(isLong(job.lf, this.opts.threadFrom), { t: 'check', job }, () => checkText(job));
  }

  /** One document's board pack (see check.ts). */
  pack(job: PackJob): Promise<Checked<PackOutcome>> {
    return this.run(isLong(job.text, this.opts.threadFrom) || (!!job.earlier && isLong(job.earlier.text, this.opts.threadFrom)), { t: 'pack', job }, () => packText(job));
  }

  private run<T>(long: boolean, message: ToThread, here: () => T): Promise<Checked<T>> {
    if (!this.opts.file || this.opts.timeLimitMs <= 0 || !long) return Promise.resolve({ ok: true, outcome: here() });
    const worker = this.thread();
    const seconds = Math.round(this.opts.timeLimitMs / 100) / 10;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (r: Checked<T>, lost: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (lost) this.end();
        resolve(r);
      };
      const onMessage = (m: FromThread) => {
        if (m.t === 'started') timer = setTimeout(() => finish({ ok: false, why: 'time', message: `its check took longer than ${seconds} s and was stopped` }, true), this.opts.timeLimitMs);
        else if (m.t === 'done') finish({ ok: true, outcome: m.outcome as T }, false);
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
      worker.postMessage(message);
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
    // An error once no check is waiting on the thread (while it is being ended, say) must not go unhandled.
    worker.on('error', () => {});
    this.worker = worker;
    return worker;
  }
}
