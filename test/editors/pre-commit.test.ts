// pre-commit (Debian's package) runs this repository's hook as a user's
// .pre-commit-config.yaml would: `pre-commit try-repo` clones the repository,
// installs it as a node hook (npm install, npm pack with the prepack build,
// npm install -g of the tarball, using the system's node) and runs
// strategy-lint on the files the hook selects in a fixture repository.
// npm runs offline, from the cache `npm ci` filled. Run by `npm run test:editors`.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');

describe('pre-commit runs the strategy-lint hook (try-repo on this repository)', function () {
  this.timeout(600_000);
  let dir: string;
  let repo: string;
  const env = () => ({ ...process.env, PRE_COMMIT_HOME: join(dir, 'cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' });
  const tryRepo = (...args: string[]) =>
    spawnSync('pre-commit', ['try-repo', root, 'strategy-lint', ...args], { cwd: repo, env: env(), encoding: 'utf8', timeout: 540_000 });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-pre-commit-'));
    repo = join(dir, 'repo');
    mkdirSync(join(repo, 'docs'), { recursive: true });
    mkdirSync(join(repo, 'strategies'));
    copyFileSync(join(root, 'examples', 'weak-digital-strategy.md'), join(repo, 'docs', 'digital-strategy.md'));
    copyFileSync(join(root, 'examples', 'good-digital-strategy.md'), join(repo, 'strategies', '2025.md'));
    // Not a strategy, and weak as one: the hook must leave it alone.
    writeFileSync(join(repo, 'README.md'), '# Team notes\n\nWe will leverage synergies going forward.\n');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'strategies');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on a weak strategy, printing its findings, and checks only strategy files', () => {
    const r = tryRepo('--all-files');
    const out = r.stdout + r.stderr;
    assert.equal(r.status, 1, out);
    assert.match(out, /strategy-lint\.+Failed/);
    assert.match(out, /^docs\/digital-strategy\.md:\d+:\d+ warning delegated-ownership /m);
    assert.doesNotMatch(out, /README\.md:/);
    // Its line saying which profile it was read with is not a finding.
    assert.doesNotMatch(out, /^strategies\/2025\.md:\d+:\d+ /m, 'the good strategy has no findings');
  });

  it('passes on a good strategy in a strategies folder', () => {
    const r = tryRepo('--files', 'strategies/2025.md');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /strategy-lint\.+Passed/);
  });
});
