// `npm run bench:hostile`: the inputs of issue 17's probe (and the appendix table of item 4),
// then each family of one construct repeated (test/fuzz/extreme.ts) at the default size limit,
// each written to a file and checked by the command line under /usr/bin/time -v, one run
// each, whole process. Prints a Markdown table of wall time, CPU time, peak RSS and how the
// run ended (findings, or stopped as too complex to check).
// Options: --timeout S (default 60; a run past it is killed and shown as "over S s"),
// --only TEXT (rows whose name contains TEXT), --out file.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAMILIES, PROBE, appendixTable } from '../test/fuzz/extreme';
import { isTooComplex } from '../test/fuzz/through-cli';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../server/src/core/config';

const { values } = parseArgs({ options: { timeout: { type: 'string', default: '60' }, only: { type: 'string' }, out: { type: 'string' } } });
const timeout = Number(values.timeout);
const CLI = resolve('bin/strategy-lint.js');
const TIME = '/usr/bin/time';

interface Row {
  name: string;
  kb: number;
  seconds: number | null;
  /** User and system CPU time of the whole process: steadier than wall time on a shared machine. */
  cpu: number | null;
  rssMB: number | null;
  result: string;
}

function run(name: string, text: string, dir: string, args: string[] = []): Row {
  const file = join(dir, 'input.md');
  writeFileSync(file, text);
  const kb = Math.round(Buffer.byteLength(text) / 1024);
  const timed = existsSync(TIME);
  const [cmd, argv] = timed ? [TIME, ['-v', 'timeout', '-s', 'KILL', String(timeout), process.execPath, CLI, '--format', 'json', ...args, file]] : [process.execPath, [CLI, '--format', 'json', ...args, file]];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: timeout * 1000, maxBuffer: 1 << 30, killSignal: 'SIGKILL' });
  const wall = (performance.now() - t0) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const rssMB = rss ? Math.round(Number(rss[1]) / 1024) : null;
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const cpu = user && sys ? Math.round((Number(user[1]) + Number(sys[1])) * 100) / 100 : null;
  // `timeout` ends the run with SIGKILL, which /usr/bin/time reports as exit 137.
  if ((r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') || /Command terminated by signal 9|exit status 137/.test(r.stderr ?? '')) {
    return { name, kb, seconds: null, cpu, rssMB, result: `over ${timeout} s, killed` };
  }
  let result: string;
  if (r.status === 0 || r.status === 1) {
    try {
      const out = JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ ruleId: string; message: string }> }> };
      const findings = out.files.flatMap((f) => f.findings);
      const tooLarge = findings.length === 1 && findings[0].ruleId === 'document-too-large';
      result = isTooComplex(findings) ? 'stopped: too complex to check' : tooLarge ? 'past maxDocumentSize: not checked' : `${findings.length} findings`;
    } catch {
      result = 'findings (output not JSON)';
    }
  } else {
    const why = /RangeError[^\n]*|FATAL ERROR[^\n]*|Error[^\n]*/.exec(r.stderr ?? '');
    result = `**exit ${r.status ?? r.signal}**${why ? `: ${why[0].slice(0, 80)}` : ''}`;
  }
  return { name, kb, seconds: Math.round(wall * 100) / 100, cpu, rssMB, result };
}

const startedAt = new Date();
const loadAtStart = loadavg()[0];
const dir = mkdtempSync(join(tmpdir(), 'strategy-lint-hostile-'));
const rows: Row[] = [];
try {
  const atLimit = DEFAULT_MAX_DOCUMENT_SIZE.toLocaleString('en-GB');
  const inputs = [
    ...PROBE,
    { name: 'a 5,000-row table in an appendix', make: () => appendixTable(5_000) },
    // The families at the default size limit: the largest document every check runs on.
    ...FAMILIES.map((f) => ({ name: `${f.name}: ${f.what}, ${atLimit} characters`, make: () => f.make(DEFAULT_MAX_DOCUMENT_SIZE) })),
  ].filter((p) => !values.only || p.name.includes(values.only));
  // A probe input past the default size limit is also checked with the limit raised to the old
  // default, so that the table shows what its check costs, not only that it is refused.
  const raised = join(dir, 'raised.json');
  writeFileSync(raised, JSON.stringify({ maxDocumentSize: 2_000_000 }));
  for (const p of inputs) {
    process.stderr.write(`  ${p.name}\n`);
    const text = p.make();
    rows.push(run(p.name, text, dir));
    if (text.length > DEFAULT_MAX_DOCUMENT_SIZE && text.length <= 2_000_000) rows.push(run(`${p.name}, maxDocumentSize raised to 2,000,000`, text, dir, ['--config', raised]));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const lines = [
  `Hostile inputs through \`node bin/strategy-lint.js --format json\`, ${startedAt.toISOString().slice(0, 16)}Z, Node ${process.version}, load average ${loadAtStart.toFixed(2)} at the start and ${loadavg()[0].toFixed(2)} at the end, one run each, whole process`,
  '',
  '| Input | Size | Time | CPU | Peak RSS | Result |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.name} | ${r.kb} KB | ${r.seconds === null ? '–' : `${r.seconds} s`} | ${r.cpu === null ? '–' : `${r.cpu} s`} | ${r.rssMB === null ? '–' : `${r.rssMB} MB`} | ${r.result} |`),
];
process.stdout.write(lines.join('\n') + '\n');
if (values.out) writeFileSync(values.out, JSON.stringify(rows, null, 2) + '\n');
