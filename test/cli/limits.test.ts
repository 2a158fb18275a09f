// The command line's limits on a document that costs the parser far more than its length
// (issue 17): the board pack and --fix of a file whose check is stopped at --time-limit, and a
// check stopped at the memory limit. Nothing here is timed: the documents take seconds to
// check, the time limit is a fifth of a second (or far longer than the memory limit needs).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin', 'strategy-lint.js');
const cli = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 280_000, maxBuffer: 1 << 26 });

/** 40,000 short emphasised list items under a strategy's opening: several seconds of parsing, and words to fix. */
const HOSTILE = '# Digital strategy 2025 to 2028\n\nWe will utilise the new system in order to cut waiting times.\n\n' + '- *a* b\n'.repeat(40_000);

describe('command line: a check stopped at its time limit', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-limits-'));
    writeFileSync(join(dir, 'datasets.md'), HOSTILE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes no board pack, says why, and exits with code 2', () => {
    const r = cli(['report', 'datasets.md', '-o', 'pack.html', '--time-limit', '0.2'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /datasets\.md: this document is too complex to check: its check took longer than 0\.2 s and was stopped, so no board pack was written/);
    assert.equal(existsSync(join(dir, 'pack.html')), false);
  });

  it('with --fix leaves the file as it was and reports the one finding', () => {
    const r = cli(['--fix', '--format', 'json', 'datasets.md', '--time-limit', '0.2'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(readFileSync(join(dir, 'datasets.md'), 'utf8'), HOSTILE);
    const findings = JSON.parse(r.stdout).files[0].findings;
    assert.deepEqual(findings.map((f: { ruleId: string }) => f.ruleId), ['document-too-large']);
    assert.match(findings[0].message, /^This document is too complex to check/);
  });

  it('checks the next file after the stopped one', () => {
    writeFileSync(join(dir, 'short.md'), '# Digital strategy 2025 to 2028\n\nWe will utilise the new system.\n');
    const r = cli(['--format', 'json', 'datasets.md', 'short.md', '--time-limit', '0.2'], dir);
    assert.equal(r.status, 1, r.stderr);
    const files = JSON.parse(r.stdout).files as Array<{ path: string; findings: Array<{ ruleId: string }> }>;
    assert.deepEqual(files.find((f) => f.path === 'datasets.md')!.findings.map((f) => f.ruleId), ['document-too-large']);
    assert.ok(files.find((f) => f.path === 'short.md')!.findings.some((f) => f.ruleId === 'words-to-avoid'));
  });

  it('stops a check that needs more than 320 MB of memory, and says so (a 1 MB list under a raised size limit)', function () {
    this.timeout(300_000);
    writeFileSync(join(dir, '.strategy-lint.json'), JSON.stringify({ maxDocumentSize: 2_000_000 }));
    writeFileSync(join(dir, 'list.md'), '# Datasets\n\n' + '- *a* b\n'.repeat(125_000));
    // Time enough that only the memory limit can stop it.
    const r = cli(['--format', 'json', 'list.md', '--time-limit', '240'], dir);
    assert.equal(r.status, 1, r.stderr);
    const findings = JSON.parse(r.stdout).files[0].findings as Array<{ ruleId: string; message: string }>;
    assert.deepEqual(findings.map((f) => f.ruleId), ['document-too-large']);
    assert.match(findings[0].message, /^This document is too complex to check: its check needed more than 320 MB of memory and was stopped, so no other check ran\./);
    assert.doesNotMatch(findings[0].message, /--time-limit/);
  });
});
