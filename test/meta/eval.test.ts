// `npm run eval` on a labelled corpus the test makes itself: the counts it
// prints are the ones the labels and the findings give.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const EVAL = join(process.cwd(), 'scripts', 'eval.mjs');

function evaluate(args: string[]) {
  const r = spawnSync(process.execPath, [EVAL, ...args], { encoding: 'utf8', timeout: 30000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-eval-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts hard YES fired and hard NO avoided for each labelled document', () => {
    // A strategy with a ten-year horizon and no "what we will not do": both should fire.
    writeFileSync(join(dir, 'a.md'), '# Digital strategy 2024 to 2034\n\n## Our priorities\n\n1. Replace the patient administration system by March 2026.\n\n## Governance\n\nThe board owns this strategy.\n');
    const labels = { files: { 'a.md': { yes: ['time-horizon', 'not-doing-section'], no: ['ownership-section', 'priorities-section', 'funding-led'] } } };
    writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels));
    const r = evaluate(['--labels', join(dir, 'labels.json'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const doc = out.documents[0];
    assert.equal(doc.yesFired, 2, `missed: ${doc.yesMissed}`);
    assert.equal(doc.noAvoided, 3, `fired: ${doc.noFired}`);
    assert.ok(doc.words > 20 && doc.words < 40, `words: ${doc.words}`);
  });

  it('names a disagreement and fails with --check', () => {
    writeFileSync(join(dir, 'b.md'), '# Digital strategy\n\nWe will improve things.\n');
    writeFileSync(join(dir, 'labels.json'), JSON.stringify({ files: { 'b.md': { yes: [], no: ['not-doing-section'] } } }));
    const r = evaluate(['--labels', join(dir, 'labels.json'), '--check']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /b\.md: fired but should not: .*not-doing-section/);
  });

  it('says so and succeeds when there is no labelled corpus', () => {
    const r = evaluate(['--labels', join(dir, 'none.json')]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /No labelled corpus/);
  });
});
