// `npm run fuzz`: ten thousand generated and mutated documents through every
// property in properties.ts, then extreme documents (one construct repeated up to
// the default size limit), each checked by the command line as a user's CI would run
// it (so its time and memory limits apply) with a time and memory budget, then the
// counts. Reproduce a failure with the printed --seed and --path. Options: --cases N,
// --extreme N (default cases / 50), --budget MS (the wall time of one extreme case's
// check, in wall time and, when /usr/bin/time can tell, in CPU time too; default 2000),
// --slack MS (allowed over the budget for starting and stopping the check thread, default
// a quarter of the budget), --memory MB (its peak memory,
// default 500), --seed S, --path P.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { anyDocument, editPair, EXTREME_MAX, extremeDocument } from './arbitraries';
import { checkCache, checkDocument, newCounts } from './properties';
import { CliRunner } from './through-cli';
import { freezeSharedValues } from '../../server/src/core/memo';

// As in the tests: a rule cannot change a value other analyses share.
freezeSharedValues(true);

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '10000' }, extreme: { type: 'string' }, budget: { type: 'string', default: '2000' }, memory: { type: 'string', default: '500' }, slack: { type: 'string' }, seed: { type: 'string' }, path: { type: 'string' } },
});
const cases = Number(values.cases);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
const counts = newCounts();
const started = Date.now();
let largest = 0;

const docs = fc.check(
  fc.property(anyDocument, (text) => {
    largest = Math.max(largest, text.length);
    checkDocument(text, counts);
    if (counts.cases % 50 === 0) {
      console.log(`  ... ${counts.cases} cases, ${counts.findings} findings, ${counts.fixesVerified}/${counts.fixesApplied} fixes verified, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  }),
  { seed, numRuns: cases, path: values.path, endOnFailure: false },
);
const edits = docs.failed
  ? undefined
  : fc.check(
      fc.property(editPair, ([a, b]) => checkCache(a, b)),
      { seed, numRuns: Math.ceil(cases / 10), path: values.path },
    );

const extremeCases = values.extreme !== undefined ? Number(values.extreme) : Math.ceil(cases / 50);
const budget = Number(values.budget);
const memoryMb = Number(values.memory);
// A check the command line stops at its limit (2 s, as the budget) has run to the limit and then
// stops its thread (about 250 ms on this machine, loaded), and a long file starts a thread
// first: allow for that.
const slack = values.slack !== undefined ? Number(values.slack) : budget / 4;
const x = { cases: 0, findings: 0, tooComplex: 0, largest: 0, slowest: 0, slowestChars: 0, slowestCpu: 0, slowestCpuChars: 0, peakMb: 0, peakChars: 0 };
const cli = new CliRunner();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let startupMs = 0;
let startupCpuMs = 0;
if (!docs.failed && extremeCases > 0) {
  // Node's start-up (and the bundle's loading) is not the check: measured with a tiny document.
  const tiny = [0, 1, 2].map(() => cli.run('# Strategy\n\nWe will stop by 2027.\n'));
  startupMs = median(tiny.map((r) => r.wallMs));
  startupCpuMs = cli.timed ? median(tiny.map((r) => r.cpuMs ?? 0)) : 0;
  console.log(
    `  extreme documents through \`node dist/cli.js --format json -\` with its default limits (${cli.timed ? 'CPU time and peak memory from /usr/bin/time' : 'no /usr/bin/time here, so no CPU or memory figures'}): ` +
      `the time of a check is its wall time less ${Math.round(startupMs)} ms of Node's start-up (and its CPU time less ${Math.round(startupCpuMs)} ms), a tiny document's, measured once. ` +
      `A case fails when its check passes ${budget} ms and ${Math.round(slack)} ms of slack in wall time${cli.timed ? ` and in CPU time (so a busy machine is not blamed on the check), or passes ${2 * (budget + slack)} ms of wall time whatever its CPU time` : ''}; ` +
      `past ${memoryMb} MB of peak memory; or on a crash, a usage error or output that is not JSON.`,
  );
}
const extremes =
  docs.failed || extremeCases === 0
    ? undefined
    : fc.check(
        fc.property(extremeDocument, (text) => {
          const r = cli.run(text, { killAfterMs: Math.max(60_000, budget * 10) });
          const ms = r.wallMs - startupMs;
          const cpu = r.cpuMs === null ? null : r.cpuMs - startupCpuMs;
          x.cases++;
          x.largest = Math.max(x.largest, text.length);
          if (ms > x.slowest) [x.slowest, x.slowestChars] = [ms, text.length];
          if (cpu !== null && cpu > x.slowestCpu) [x.slowestCpu, x.slowestCpuChars] = [cpu, text.length];
          if ((r.rssMb ?? 0) > x.peakMb) [x.peakMb, x.peakChars] = [r.rssMb!, text.length];
          if (r.tooComplex) x.tooComplex++;
          else if (r.findings) x.findings++;
          if (x.cases % 25 === 0) console.log(`  ... ${x.cases} extreme cases, slowest ${Math.round(x.slowest)} ms, largest peak memory ${Math.round(x.peakMb)} MB`);
          const what = `${text.length.toLocaleString('en-GB')} characters starting ${JSON.stringify(text.slice(0, 40))}`;
          if (r.problem) throw new Error(`the command line failed on ${what}: ${r.problem}`);
          const over = budget + slack;
          if ((ms > over && (cpu === null || cpu > over)) || ms > 2 * over) {
            const took = `${Math.round(ms)} ms${cpu === null ? '' : ` (${Math.round(cpu)} ms of CPU time)`}`;
            throw new Error(`the check of ${what} took ${took}, over the budget of ${budget} ms and ${Math.round(slack)} ms of slack (${r.tooComplex ? 'stopped as too complex' : `${r.findings} findings`})`);
          }
          if (r.rssMb !== null && r.rssMb > memoryMb) throw new Error(`the check of ${what} peaked at ${Math.round(r.rssMb)} MB, over the budget of ${memoryMb} MB`);
        }),
        // Shrinking a timing failure would re-run a slow case many times, and less is not more telling.
        { seed, numRuns: extremeCases, path: values.path, endOnFailure: true },
      );
cli.dispose();

const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(`seed ${seed}: ${counts.cases} cases (largest ${largest} characters), ${counts.findings} findings from ${counts.rules.size} rules (${[...counts.rules].sort().join(', ')}),`);
console.log(`  ${counts.fixesApplied} fixes applied, ${counts.fixesVerified} verified gone after re-analysis; fix-all changed ${counts.fixAllRuns} documents in ${counts.fixAllPasses} passes;`);
console.log(`  ${edits?.numRuns ?? 0} edit pairs checked against the chunk cache;`);
console.log(
  `  ${x.cases} extreme documents up to ${EXTREME_MAX.toLocaleString('en-GB')} characters (largest ${x.largest.toLocaleString('en-GB')}) through the command line, budget ${budget} ms and ${memoryMb} MB each: ` +
    `${x.findings} checked with findings, ${x.tooComplex} stopped as too complex to check, ${x.cases - x.findings - x.tooComplex} with no findings; ` +
    `slowest ${Math.round(x.slowest)} ms of wall time (${x.slowestChars.toLocaleString('en-GB')} characters)${x.slowestCpu ? ` and ${Math.round(x.slowestCpu)} ms of CPU time (${x.slowestCpuChars.toLocaleString('en-GB')} characters)` : ''}, largest peak memory ${x.peakMb ? `${Math.round(x.peakMb)} MB (${x.peakChars.toLocaleString('en-GB')} characters)` : 'not measured'}; ${secs} s.`,
);
for (const [name, d] of [['documents', docs], ['chunk cache', edits], ['extreme documents', extremes]] as const) {
  if (d?.failed) {
    console.error(`\nFAILED (${name}) after ${d.numRuns} runs: ${d.errorInstance instanceof Error ? d.errorInstance.message : String(d.errorInstance)}`);
    const shown = JSON.stringify(d.counterexample);
    console.error(`Counterexample: ${shown.length > 400 ? `${shown.slice(0, 400)}… (${shown.length.toLocaleString('en-GB')} characters)` : shown}`);
    console.error(`Reproduce: node dist/fuzz.js --seed ${d.seed} --path ${d.counterexamplePath} --cases 1`);
    process.exitCode = 1;
  }
}
