// `npm run bench:hostile`: the inputs of issue 17's probe (and the appendix table of item 4),
// then each family of one construct repeated (test/fuzz/extreme.ts) at the default size limit,
// each checked by the command line from standard input under /usr/bin/time (the fuzzer's
// CliRunner, test/fuzz/through-cli.ts), one run each, whole process. Prints a Markdown table of wall time, CPU time, peak RSS and how the
// run ended (findings, or stopped as too complex to check).
// Options: --timeout S (default 60; a run past it is killed and shown as "over S s"),
// --only TEXT (rows whose name contains TEXT), --out file.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FAMILIES, PROBE, appendixTable } from '../test/fuzz/extreme';
import { CliRunner } from '../test/fuzz/through-cli';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../server/src/core/config';

const { values } = parseArgs({ options: { timeout: { type: 'string', default: '60' }, only: { type: 'string' }, out: { type: 'string' } } });
const timeout = Number(values.timeout);
const CLI = resolve('bin/strategy-lint.js');

interface Row {
  name: string;
  kb: number;
  seconds: number | null;
  /** User and system CPU time of the whole process: steadier than wall time on a shared machine. */
  cpu: number | null;
  rssMB: number | null;
  result: string;
}

function run(runner: CliRunner, name: string, text: string, args: string[] = []): Row {
  const kb = Math.round(Buffer.byteLength(text) / 1024);
  const r = runner.run(text, { cli: CLI, args, killAfterMs: timeout * 1000 });
  const cpu = r.cpuMs === null ? null : Math.round(r.cpuMs / 10) / 100;
  const rssMB = r.rssMb === null ? null : Math.round(r.rssMb);
  if (r.killed) return { name, kb, seconds: null, cpu, rssMB, result: `over ${timeout} s, killed` };
  const result = r.problem ? `**${r.problem.slice(0, 100)}**` : r.tooComplex ? 'stopped: too complex to check' : r.tooLarge ? 'past maxDocumentSize: not checked' : `${r.findings} findings`;
  return { name, kb, seconds: Math.round(r.wallMs / 10) / 100, cpu, rssMB, result };
}

const startedAt = new Date();
const loadAtStart = loadavg()[0];
const dir = mkdtempSync(join(tmpdir(), 'strategy-lint-hostile-'));
const runner = new CliRunner();
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
    rows.push(run(runner, p.name, text));
    if (text.length > DEFAULT_MAX_DOCUMENT_SIZE && text.length <= 2_000_000) rows.push(run(runner, `${p.name}, maxDocumentSize raised to 2,000,000`, text, ['--config', raised]));
  }
} finally {
  runner.dispose();
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
