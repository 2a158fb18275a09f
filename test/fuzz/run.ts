// `npm run fuzz`: ten thousand generated and mutated documents through every
// property in properties.ts, then the counts. Reproduce a failure with the
// printed --seed and --path. Options: --cases N, --seed S, --path P.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { anyDocument, editPair } from './arbitraries';
import { checkCache, checkDocument, newCounts } from './properties';
import { freezeSharedValues } from '../../server/src/core/memo';

// As in the tests: a rule cannot change a value other analyses share.
freezeSharedValues(true);

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '10000' }, seed: { type: 'string' }, path: { type: 'string' } },
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

const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(`seed ${seed}: ${counts.cases} cases (largest ${largest} characters), ${counts.findings} findings from ${counts.rules.size} rules (${[...counts.rules].sort().join(', ')}),`);
console.log(`  ${counts.fixesApplied} fixes applied, ${counts.fixesVerified} verified gone after re-analysis; fix-all changed ${counts.fixAllRuns} documents in ${counts.fixAllPasses} passes;`);
console.log(`  ${edits?.numRuns ?? 0} edit pairs checked against the chunk cache; ${secs} s.`);
for (const [name, d] of [['documents', docs], ['chunk cache', edits]] as const) {
  if (d?.failed) {
    console.error(`\nFAILED (${name}) after ${d.numRuns} runs: ${d.errorInstance instanceof Error ? d.errorInstance.message : String(d.errorInstance)}`);
    console.error(`Counterexample: ${JSON.stringify(d.counterexample)}`);
    console.error(`Reproduce: node dist/fuzz.js --seed ${d.seed} --path ${d.counterexamplePath} --cases 1`);
    process.exitCode = 1;
  }
}
