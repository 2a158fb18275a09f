// Analyses share memoised results, rules' options and chunk scans. The test run
// freezes them (test/setup.ts), so these tests show that a rule which tries to
// change one fails loudly instead of quietly corrupting the next analysis.
import { strict as assert } from 'node:assert';
import { analyze, ChunkCache } from '../../server/src/core/index';
import type { Rule } from '../../server/src/core/rule';

const TEXT = '# Strategy\n\n## Outcomes\n\nWe will cut waiting times by 10% by March 2027.\n';

function meddler(change: (value: any) => void): Rule {
  return {
    meta: { id: 'meddler', title: 'Meddler', description: '', defaultSeverity: 'warning', options: { limit: { type: 'integer', default: 3 } } } as any,
    scan: () => ({ hits: [1, 2] }),
    check: (ctx) => change(ctx),
  } as Rule;
}

describe('shared values are frozen in tests', () => {
  it('a rule that changes its own scan throws, and the error is reported', () => {
    const result = analyze(TEXT, { rules: [meddler((ctx) => ctx.scanned[0].value.hits.push(3))], cache: new ChunkCache() });
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0].message, /not extensible|read only|read-only/i);
  });

  it('a rule cannot change the options the next analysis gets', () => {
    const seen: number[] = [];
    const rule = meddler((ctx) => {
      seen.push(ctx.options.limit);
      try {
        ctx.options.limit++;
      } catch {
        // strict-mode code throws here; either way the change must not stick
      }
    });
    analyze(TEXT, { rules: [rule] });
    analyze(TEXT, { rules: [rule] });
    assert.deepEqual(seen, [3, 3]);
  });
});
