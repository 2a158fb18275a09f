// `npm run fuzz`: ten thousand generated and mutated documents through every
// property in properties.ts, then extreme documents (one construct repeated up to
// the size limit), each with a time budget, then the counts. Reproduce a failure
// with the printed --seed and --path. Options: --cases N, --extreme N (default
// cases / 50), --budget MS (analysis CPU time per extreme case, default 2000),
// --seed S, --path P.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { anyDocument, editPair, extremeDocument } from './arbitraries';
import { checkCache, checkDocument, checkExtreme, newCounts } from './properties';
import { freezeSharedValues } from '../../server/src/core/memo';

// As in the tests: a rule cannot change a value other analyses share.
freezeSharedValues(true);

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '10000' }, extreme: { type: 'string' }, budget: { type: 'string', default: '2000' }, seed: { type: 'string' }, path: { type: 'string' } },
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
const xCounts = newCounts();
let slowest = 0;
let xLargest = 0;
const extremes =
  docs.failed || extremeCases === 0
    ? undefined
    : fc.check(
        fc.property(extremeDocument, (text) => {
          xLargest = Math.max(xLargest, text.length);
          slowest = Math.max(slowest, checkExtreme(text, xCounts, budget));
          if (xCounts.cases % 25 === 0) console.log(`  ... ${xCounts.cases} extreme cases, slowest ${Math.round(slowest)} ms`);
        }),
        // Shrinking a timing failure would re-run a slow case many times, and less is not more telling.
        { seed, numRuns: extremeCases, path: values.path, endOnFailure: true },
      );

const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(`seed ${seed}: ${counts.cases} cases (largest ${largest} characters), ${counts.findings} findings from ${counts.rules.size} rules (${[...counts.rules].sort().join(', ')}),`);
console.log(`  ${counts.fixesApplied} fixes applied, ${counts.fixesVerified} verified gone after re-analysis; fix-all changed ${counts.fixAllRuns} documents in ${counts.fixAllPasses} passes;`);
console.log(`  ${edits?.numRuns ?? 0} edit pairs checked against the chunk cache;`);
console.log(`  ${xCounts.cases} extreme documents (largest ${xLargest} characters) within ${budget} ms each, slowest ${Math.round(slowest)} ms, ${xCounts.findings} findings; ${secs} s.`);
for (const [name, d] of [['documents', docs], ['chunk cache', edits], ['extreme documents', extremes]] as const) {
  if (d?.failed) {
    console.error(`\nFAILED (${name}) after ${d.numRuns} runs: ${d.errorInstance instanceof Error ? d.errorInstance.message : String(d.errorInstance)}`);
    const shown = JSON.stringify(d.counterexample);
    console.error(`Counterexample: ${shown.length > 400 ? `${shown.slice(0, 400)}… (${shown.length.toLocaleString('en-GB')} characters)` : shown}`);
    console.error(`Reproduce: node dist/fuzz.js --seed ${d.seed} --path ${d.counterexamplePath} --cases 1`);
    process.exitCode = 1;
  }
}
