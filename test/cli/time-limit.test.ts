// The command line's time limit (issue 17): a document of one construct repeated, of the kind
// that took seconds to minutes to check before the check thread, ends in its findings or in one
// "too complex to check" finding, never in a crash, a usage error or broken JSON. One named test
// a family (test/fuzz/extreme.ts), each document made by code, each run through
// `node bin/strategy-lint.js` in a temporary folder as a user's CI would run it. There is no
// timing assertion: how fast is for `npm run bench:hostile`, and the limit here is short only so
// the whole set stays quick.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECK_THREAD_FROM } from '../../server/src/cli/check-thread';
import { FAMILIES } from '../fuzz/extreme';

const BIN = join(process.cwd(), 'bin', 'strategy-lint.js');

/** Above the length from which the command line checks a file in a thread, and large enough that most families were slow. */
const SIZE = 150_000;

interface Finding {
  ruleId: string;
  message: string;
  span: { start: number; end: number };
}

function check(dir: string, name: string, text: string, args: string[]): { code: number | null; stderr: string; findings: Finding[] } {
  writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', ...args, name], { cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
  if (r.status !== 1) return { code: r.status, stderr: r.stderr, findings: [] };
  let report: { files: Array<{ path: string; findings: Finding[] }> };
  try {
    report = JSON.parse(r.stdout);
  } catch (e) {
    assert.fail(`the output is not JSON (${(e as Error).message}): ${r.stdout.slice(0, 200)}`);
  }
  assert.equal(report.files.length, 1);
  return { code: r.status, stderr: r.stderr, findings: report.files[0].findings };
}

const tooComplex = (fs: Finding[]) => fs.filter((f) => f.ruleId === 'document-too-large');

describe('command line: the time limit on one check (--time-limit)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'strategy-lint-time-limit-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const family of FAMILIES) {
    it(`${family.name}: ${family.what}, ${SIZE.toLocaleString('en-GB')} characters, ends in findings or one "too complex to check" finding`, () => {
      const text = family.make(SIZE);
      assert.ok(text.length >= CHECK_THREAD_FROM.chars && text.length <= SIZE, `${text.length} characters`);
      const r = check(dir, `${family.name}.md`, text, ['--time-limit', '0.3']);
      assert.equal(r.code, 1, `exit code ${r.code}, not 1 (findings): ${r.stderr}`);
      assert.ok(r.findings.length > 0);
      const stopped = tooComplex(r.findings);
      if (stopped.length) {
        assert.equal(r.findings.length, 1, 'a stopped check reports one finding and nothing else');
        assert.match(stopped[0].message, /too complex to check/);
      }
      for (const f of r.findings) assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.ruleId} at ${f.span.start}-${f.span.end}`);
    });
  }

  const short = `${CHECK_THREAD_FROM.chars.toLocaleString('en-GB')} characters and ${CHECK_THREAD_FROM.lines.toLocaleString('en-GB')} lines`;
  it(`a file under ${short} is checked in the command line's own thread, so even --time-limit 0.001 leaves it its findings`, () => {
    let text = FAMILIES.find((f) => f.name === 'prose')!.make(CHECK_THREAD_FROM.chars - 1_000);
    text = text.split('\n').slice(0, CHECK_THREAD_FROM.lines - 10).join('\n');
    assert.ok(text.length > CHECK_THREAD_FROM.chars / 4, `${text.length} characters`);
    const limited = check(dir, 'strategy.md', text, ['--time-limit', '0.001']);
    assert.equal(limited.code, 1, limited.stderr);
    assert.deepEqual(tooComplex(limited.findings), []);
    const unlimited = check(dir, 'strategy.md', text, ['--time-limit', '0']);
    assert.deepEqual(limited.findings, unlimited.findings);
  });

  it('--time-limit 0 switches the limit off: a file stopped at 0.001 s gets its ordinary findings', () => {
    const text = FAMILIES.find((f) => f.name === 'brackets')!.make(CHECK_THREAD_FROM.chars + 10_000);
    const stopped = check(dir, 'strategy.md', text, ['--time-limit', '0.001']);
    assert.equal(stopped.code, 1, stopped.stderr);
    assert.equal(stopped.findings.length, 1);
    assert.match(stopped.findings[0].message, /too complex to check/);
    const unlimited = check(dir, 'strategy.md', text, ['--time-limit', '0']);
    assert.equal(unlimited.code, 1, unlimited.stderr);
    assert.deepEqual(tooComplex(unlimited.findings), []);
    assert.ok(unlimited.findings.some((f) => f.ruleId === 'priorities-section'), unlimited.findings.map((f) => f.ruleId).join(', '));
  });

  it('--time-limit abc is a usage error that names the option', () => {
    writeFileSync(join(dir, 'strategy.md'), '# Strategy\n');
    const r = spawnSync(process.execPath, [BIN, '--time-limit', 'abc', 'strategy.md'], { cwd: dir, encoding: 'utf8', timeout: 15_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--time-limit/);
    assert.equal(r.stdout, '');
  });
});
