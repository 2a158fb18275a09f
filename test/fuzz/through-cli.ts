// One document checked by the command line, as a user's CI would run it (`--format json`,
// the text on standard input), under /usr/bin/time for its CPU time and peak memory: for the
// fuzzer's extreme phase (run.ts), whose time and memory limits only the command line applies,
// and for `npm run bench:hostile`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TIME = '/usr/bin/time';

export interface CliRun {
  /** Wall time of the whole process (ms). */
  wallMs: number;
  /** User and system CPU time of the whole process (ms), when /usr/bin/time is there. */
  cpuMs: number | null;
  /** Peak resident memory of the process (MB), when /usr/bin/time is there. */
  rssMb: number | null;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Why the run did not give a report: a crash, a usage error, output that is not JSON, killed. */
  problem?: string;
  /** Set when the run was killed at `killAfterMs`. */
  killed?: boolean;
  findings: number;
  /** The check was stopped and reported as one "too complex to check" finding. */
  tooComplex: boolean;
  /** The document was past maxDocumentSize: one `document-too-large` finding, and nothing checked. */
  tooLarge: boolean;
}

export interface CliOptions {
  /** The command line's bundle (default dist/cli.js). */
  cli?: string;
  /** Extra arguments, such as ['--time-limit', '0.05']. */
  args?: string[];
  /** Kill the run after this long (ms). */
  killAfterMs?: number;
}

/** Whether the report is one `document-too-large` finding that says the check was stopped. */
export function isTooComplex(findings: Array<{ ruleId: string; message: string }>): boolean {
  return findings.length === 1 && findings[0].ruleId === 'document-too-large' && findings[0].message.includes('too complex to check');
}

export class CliRunner {
  private readonly dir = mkdtempSync(join(tmpdir(), 'strategy-lint-fuzz-'));
  private readonly cli: string;
  readonly timed = existsSync(TIME);
  constructor(cli = resolve('dist/cli.js')) {
    this.cli = cli;
  }

  run(text: string, opts: CliOptions = {}): CliRun {
    const timeFile = join(this.dir, 'time');
    const node = [opts.cli ?? this.cli, '--format', 'json', ...(opts.args ?? []), '-'];
    // Under /usr/bin/time, `timeout` kills the command line itself (killing /usr/bin/time would leave it running).
    const kill = opts.killAfterMs !== undefined ? ['timeout', '-s', 'KILL', String(opts.killAfterMs / 1000)] : [];
    const [cmd, argv] = this.timed ? [TIME, ['-f', '%U %S %M', '-o', timeFile, ...kill, process.execPath, ...node]] : [process.execPath, node];
    const t0 = performance.now();
    // The working folder is an empty temporary one, so no config file of this repository applies.
    const r = spawnSync(cmd, argv, {
      cwd: this.dir,
      input: text,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      timeout: opts.killAfterMs === undefined ? undefined : opts.killAfterMs + (this.timed ? 5000 : 0),
      killSignal: 'SIGKILL',
    });
    const wallMs = performance.now() - t0;
    let cpuMs: number | null = null;
    let rssMb: number | null = null;
    if (this.timed) {
      // A killed run leaves a first line saying so before the figures.
      const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '');
      if (m) {
        cpuMs = (Number(m[1]) + Number(m[2])) * 1000;
        rssMb = Number(m[3]) / 1024;
      }
      rmSync(timeFile, { force: true });
    }
    const out: CliRun = { wallMs, cpuMs, rssMb, code: r.status, signal: r.signal, findings: 0, tooComplex: false, tooLarge: false };
    const stderr = (r.stderr ?? '').trim();
    // `timeout` ends the run with SIGKILL, which /usr/bin/time reports as exit status 137.
    if ((r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') || (this.timed && kill.length && r.status === 137)) {
      out.killed = true;
      out.problem = `killed after ${Math.round(wallMs)} ms`;
    }
    else if (r.error) out.problem = `could not run: ${r.error.message}`;
    else if (r.status !== 0 && r.status !== 1) {
      const why = /RangeError[^\n]*|FATAL ERROR[^\n]*|Error[^\n]*/.exec(stderr);
      out.problem = `exit ${r.status ?? r.signal}${why ? `: ${why[0].slice(0, 160)}` : stderr ? `: ${stderr.slice(0, 160)}` : ''}`;
    } else {
      try {
        const report = JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ ruleId: string; message: string }> }> };
        const findings = report.files.flatMap((f) => f.findings);
        out.findings = findings.length;
        out.tooComplex = isTooComplex(findings);
        out.tooLarge = !out.tooComplex && findings.length === 1 && findings[0].ruleId === 'document-too-large';
      } catch (e) {
        out.problem = `output is not JSON (${(e as Error).message}): ${JSON.stringify(r.stdout.slice(0, 80))}`;
      }
    }
    return out;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
