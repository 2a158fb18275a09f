// Two hundred and fifty seeded fuzz cases on every `npm test`; `npm run fuzz` runs ten thousand.
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { anyDocument, editPair, extremeConstruct, markdownDoc, mutatedSeed } from './arbitraries';
import { checkCache, checkDocument, checkExtreme, newCounts } from './properties';

const SEED = 20251126;

describe('fuzzing the core (seeded)', function () {
  // Hundreds of analyses per test on a shared machine; the bound is on correctness, not speed.
  this.timeout(300_000);
  it('generated Markdown: analysis never throws, spans lie in the text, every fix applies and removes its finding, fix-all converges', () => {
    const counts = newCounts();
    fc.assert(fc.property(markdownDoc, (text) => checkDocument(text, counts)), { seed: SEED, numRuns: 80 });
    assert.equal(counts.cases, 80);
    assert.ok(counts.findings > 0 && counts.fixesVerified > 0, 'the generator should reach findings with fixes');
  });

  it('mutated seed documents (deleted, duplicated, shuffled lines, random bytes) satisfy the same properties', () => {
    const counts = newCounts();
    fc.assert(fc.property(mutatedSeed, (text) => checkDocument(text, counts)), { seed: SEED + 1, numRuns: 60 });
    assert.ok(counts.fixesVerified > 0);
  });

  it('a chunk cache warmed by the previous version gives the same findings as a fresh analysis', () => {
    fc.assert(fc.property(editPair, ([a, b]) => checkCache(a, b)), { seed: SEED + 2, numRuns: 60 });
  });

  it('the mixed stream npm run fuzz uses starts the same way', () => {
    const counts = newCounts();
    fc.assert(fc.property(anyDocument, (text) => checkDocument(text, counts, { fixes: false })), { seed: SEED + 3, numRuns: 50 });
  });

  it('extreme documents (one construct repeated, up to the size limit) are analysed without a crash, spans in the text', () => {
    const counts = newCounts();
    // No time budget here (npm run fuzz has one, and the families of extreme.ts): a test must not depend on the machine's speed.
    fc.assert(fc.property(extremeConstruct, (text) => void checkExtreme(text, counts)), { seed: SEED + 4, numRuns: 12 });
    assert.equal(counts.cases, 12);
  });
});
