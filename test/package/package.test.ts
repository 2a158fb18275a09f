// The npm package as a user installs it (`npm pack`, then `npm install -D`
// of the tarball into an empty project, offline): what the tarball holds,
// `npx strategy-lint`, the language server command, the .vsix's version, and
// the GitHub Action's steps run as a script against the installed package.
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { TestClient } from '../lsp/client';
import { packAndInstall, repoRoot, type Installed } from './install';
import { makeDocx, makePdf, STRATEGY } from '../convert/make-docs';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
const weak = join(repoRoot, 'examples', 'weak-digital-strategy.md');
const good = join(repoRoot, 'examples', 'good-digital-strategy.md');

/** The environment a user's shell would have: no npm run variables, and nothing on PATH from this repository. */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  env.PATH = (process.env.PATH ?? '').split(delimiter).filter((d) => !d.startsWith(repoRoot)).join(delimiter);
  return { ...env, ...extra };
}

function run(cmd: string, args: string[], cwd: string, env = userEnv()): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return r;
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

describe('the npm package, packed and installed into an empty project', function () {
  this.timeout(120_000);
  let inst: Installed;

  before(function () {
    inst = packAndInstall();
    mkdirSync(join(inst.project, 'docs'));
    copyFileSync(weak, join(inst.project, 'docs', 'digital-strategy.md'));
    copyFileSync(good, join(inst.project, 'docs', 'good-strategy.md'));
    mkdirSync(join(inst.project, 'strategy'));
    copyFileSync(weak, join(inst.project, 'strategy', 'digital strategy.md'));
    copyFileSync(good, join(inst.project, 'strategy', 'good.md'));
    writeFileSync(join(inst.project, 'strict.json'), JSON.stringify({ rules: { 'paragraph-length': { severity: 'error', maxSentences: 1 } } }));
  });
  after(() => inst?.remove());

  it('holds the bundled command line and server, and the Word and PDF converter, and nothing else: no sources, tests or maps', () => {
    const paths = inst.pack.files.map((f) => f.path).sort();
    assert.deepEqual(paths, ['CHANGELOG.md', 'LICENSE', 'README.md', 'bin/strategy-lint-language-server.js', 'bin/strategy-lint.js', 'dist/convert.js', 'dist/strategy-lint.js', 'package.json']);
    for (const p of paths) assert.doesNotMatch(p, /\.(ts|map)$|^(test|server|client|scripts|src)\//, p);
    // The bundles are minified, so the tarball stays small; the figure is printed for the record.
    // Most of it is the converter (PDF.js with its worker, and mammoth), loaded only for a .pdf or .docx.
    assert.ok(inst.pack.size < 1_100_000, `the tarball is ${kB(inst.pack.size)}`);
    console.log(`      tarball: ${kB(inst.pack.size)} packed, ${kB(inst.pack.unpackedSize)} unpacked, ${paths.length} files`);
  });

  it('installs with no dependencies and no install scripts', () => {
    const installed = JSON.parse(readFileSync(join(inst.project, 'node_modules', pkg.name, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) assert.deepEqual(Object.keys(installed[field] ?? {}), [], field);
    for (const script of ['preinstall', 'install', 'postinstall']) assert.equal(installed.scripts?.[script], undefined, script);
    assert.deepEqual(readdirSync(join(inst.project, 'node_modules')).filter((d) => !d.startsWith('.')), [pkg.name]);
    const project = JSON.parse(readFileSync(join(inst.project, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
    assert.ok(project.devDependencies?.[pkg.name], 'npm install -D recorded it as a development dependency');
  });

  it('npx strategy-lint checks a PDF and a Word file with the converter it loads only for them', async () => {
    writeFileSync(join(inst.project, 'strategy.pdf'), await makePdf(STRATEGY));
    writeFileSync(join(inst.project, 'strategy.docx'), await makeDocx(STRATEGY));
    for (const file of ['strategy.pdf', 'strategy.docx']) {
      const r = run('npx', ['strategy-lint', '--format', 'json', file], inst.project);
      assert.ok(r.status === 0 || r.status === 1, `${file}: exit ${r.status}: ${r.stderr}`);
      const out = JSON.parse(r.stdout) as { files: Array<{ path: string; convertedFrom?: string; findings: unknown[] }> };
      assert.equal(out.files[0].path, file);
      assert.equal(out.files[0].convertedFrom, file.endsWith('.pdf') ? 'pdf' : 'docx');
      assert.ok(out.files[0].findings.length > 0, `${file}: findings`);
    }
  });

  it('npx strategy-lint --version prints the one version package.json gives', () => {
    const r = run('npx', ['strategy-lint', '--version'], inst.project);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${pkg.version}\n`);
  });

  it('npx strategy-lint checks strategies: findings and exit 1 for a weak one, exit 0 for a good one', () => {
    const bad = run('npx', ['strategy-lint', 'docs/digital-strategy.md'], inst.project);
    assert.equal(bad.status, 1, bad.stderr);
    assert.match(bad.stdout, /^docs\/digital-strategy\.md:\d+:\d+ warning delegated-ownership /m);
    assert.match(bad.stdout, /^docs\/digital-strategy\.md:\d+:\d+ warning technology-led /m);
    const ok = run(inst.bin('strategy-lint'), ['docs/good-strategy.md'], inst.project);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const sarif = run(inst.bin('strategy-lint'), ['--format', 'sarif', 'docs/'], inst.project);
    assert.equal(sarif.status, 1, sarif.stderr);
    assert.equal((JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { version: string } } }> }).runs[0].tool.driver.version, pkg.version);
  });

  it('strategy-lint-language-server --stdio answers initialize and publishes diagnostics for an opened document', async () => {
    const client = await TestClient.start({ pull: false, command: inst.bin('strategy-lint-language-server'), rootUri: pathToFileURL(inst.project).href });
    try {
      assert.deepEqual(client.serverInfo, { name: 'strategy-lint', version: pkg.version });
      const uri = pathToFileURL(join(inst.project, 'docs', 'digital-strategy.md')).href;
      const pushed = client.pushed(uri, (p) => p.diagnostics.length > 0);
      await client.open(uri, readFileSync(weak, 'utf8'));
      const codes = new Set((await pushed).diagnostics.map((d) => `${d.source} ${String(d.code)}`));
      for (const want of ['delegated-ownership', 'technology-led', 'time-horizon']) assert.ok(codes.has(`strategy-lint ${want}`), `${want} missing from ${[...codes].join(', ')}`);
    } finally {
      await client.stop();
    }
  });

  it('strategy-lint-language-server without a transport says how to start it and exits 2', () => {
    const r = run(inst.bin('strategy-lint-language-server'), [], inst.project);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no transport given[\s\S]*strategy-lint-language-server --stdio/);
    assert.equal(run(inst.bin('strategy-lint-language-server'), ['--version'], inst.project).stdout, `${pkg.version}\n`);
  });

  it('CHANGELOG.md\'s latest release and the Zed extension give the same version as package.json', () => {
    const latest = /^## (\S+)/m.exec(readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8'));
    assert.equal(latest?.[1], pkg.version, 'the newest section of CHANGELOG.md is for this version');
    for (const f of ['editors/zed/extension.toml', 'editors/zed/Cargo.toml']) {
      assert.equal(/^version = "([^"]+)"/m.exec(readFileSync(join(repoRoot, f), 'utf8'))?.[1], pkg.version, f);
    }
  });

  it('the .vsix has the same version, and holds the extension and its server but not the command line', async () => {
    const vsix = join(inst.project, 'strategy-lint.vsix');
    const r = run(process.execPath, [join(repoRoot, 'scripts', 'package-vsix.mjs'), '-o', vsix], repoRoot);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // vsce (a development dependency) reads its own zip files, giving names in lower case.
    const { readZip } = createRequire(join(repoRoot, 'package.json'))('@vscode/vsce/out/zip') as { readZip(p: string, filter: (name: string) => boolean): Promise<Map<string, Buffer>> };
    const entries = await readZip(vsix, () => true);
    assert.deepEqual([...entries.keys()].filter((n) => n.startsWith('extension/')).sort(), [
      'extension/changelog.md',
      'extension/contributing.md',
      'extension/dist/convert.js',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/images/first-check.png',
      'extension/images/hover.png',
      'extension/images/icon.png',
      'extension/images/quick-fix.png',
      'extension/license.txt',
      'extension/package.json',
      'extension/readme.md',
      'extension/schemas/strategy-lint.schema.json',
      'extension/snippets/markdown.json',
      'extension/syntaxes/strategy-lint.injection.json',
    ]);
    assert.equal((JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as { version: string }).version, pkg.version);
    assert.match(entries.get('extension.vsixmanifest')!.toString('utf8'), new RegExp(`<Identity [^>]*Version="${pkg.version.replace(/\./g, '\\.')}"`));
  });

  describe('the GitHub Action (action.yml), its steps run as a script against the installed package', () => {
    let ws: string;
    before(() => {
      ws = inst.project;
    });
    it('fails on a weak strategy at the default level, with annotations and a SARIF file', () => {
      const r = runAction(ws, { paths: 'strategy/digital strategy.md\nstrategy/good.md\n' });
      assert.equal(r.failedStep, 'check', r.stderr);
      assert.equal(r.code, 1);
      assert.match(r.stdout, new RegExp(`strategy-lint ${pkg.version.replace(/\./g, '\\.')} from ${ws}/node_modules/\\.bin/strategy-lint`));
      assert.match(r.stdout, /^::warning file=strategy\/digital strategy\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=strategy-lint technology-led::/m);
      assert.doesNotMatch(r.stdout, /file=strategy\/good\.md/, 'the good strategy has no findings');
      assert.equal(r.outputs.sarif['sarif-file'], 'strategy-lint.sarif');
      const sarif = JSON.parse(readFileSync(join(ws, 'strategy-lint.sarif'), 'utf8')) as { runs: Array<{ tool: { driver: { version: string } }; results: Array<{ ruleId: string }> }> };
      assert.equal(sarif.runs[0].tool.driver.version, pkg.version);
      assert.ok(sarif.runs[0].results.some((x) => x.ruleId === 'delegated-ownership'));
    });

    it('passes on a good strategy, and at fail-level none reports a weak one without failing', () => {
      const passing = runAction(ws, { paths: 'strategy/good.md', 'sarif-file': 'good.sarif' });
      assert.equal(passing.failedStep, undefined, passing.stdout + passing.stderr);
      assert.deepEqual((JSON.parse(readFileSync(join(ws, 'good.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0].results, []);
      const none = runAction(ws, { paths: 'strategy/', 'fail-level': 'none' });
      assert.equal(none.failedStep, undefined, none.stderr);
      assert.match(none.stdout, /^::error file=strategy\/digital strategy\.md,.*title=strategy-lint time-horizon::/m);
    });

    it('uses the config input for every document', () => {
      const strict = runAction(ws, { paths: 'strategy/good.md', config: 'strict.json', 'fail-level': 'error' });
      assert.equal(strict.failedStep, 'check', strict.stdout + strict.stderr);
      assert.match(strict.stdout, /^::error file=strategy\/good\.md,.*title=strategy-lint paragraph-length::/m);
    });

    it('installs the package spec it is given when the repository has none of its own', () => {
      const bare = mkdtempSync(join(tmpdir(), 'strategy-lint-bare-'));
      try {
        copyFileSync(weak, join(bare, 'digital-strategy.md'));
        const r = runAction(bare, { paths: '*strategy*.md', package: inst.tarball }, { npm_config_offline: 'true' });
        assert.equal(r.failedStep, 'check', r.stderr);
        assert.match(r.stdout, /strategy-lint \S+ from .*strategy-lint-package\/node_modules\/\.bin\/strategy-lint/);
        assert.match(r.stdout, /^::warning file=digital-strategy\.md,/m);
      } finally {
        rmSync(bare, { recursive: true, force: true });
      }
    });

    it('stops with a clear error on an empty paths input, an unknown level, or a path that does not exist', () => {
      const empty = runAction(ws, { paths: '\n  \n' });
      assert.equal(empty.failedStep, 'setup');
      assert.match(empty.stdout, /^::error title=strategy-lint::the paths input is empty/m);
      const level = runAction(ws, { paths: 'strategy/', 'fail-level': 'warnings' });
      assert.equal(level.failedStep, 'setup');
      assert.match(level.stdout, /fail-level is "warnings"/);
      const missing = runAction(ws, { paths: 'no-such-strategy.md' });
      assert.equal(missing.failedStep, 'sarif');
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /no such file or folder: "no-such-strategy\.md"/);
    });
  });
});

interface Step { id: string; run: string; shell: string; env?: Record<string, string> }
interface Action { inputs: Record<string, { default?: string; required?: boolean }>; runs: { using: string; steps: Step[] } }

/**
 * Runs action.yml's steps in order with bash, as GitHub's runner does for a
 * composite action (`bash --noprofile --norc -eo pipefail`), filling in the
 * `${{ }}` expressions the steps use. Stops at the first failing step.
 */
function runAction(workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const action = parseYaml(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;
  assert.equal(action.runs.using, 'composite');
  const temp = mkdtempSync(join(tmpdir(), 'strategy-lint-runner-'));
  const outputs: Record<string, Record<string, string>> = {};
  const given = (name: string) => {
    assert.ok(name in action.inputs, `action.yml has no input "${name}"`);
    return inputs[name] ?? action.inputs[name].default ?? '';
  };
  for (const name of Object.keys(inputs)) given(name);
  const expand = (s: string) =>
    s.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      let m;
      if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return given(m[1]);
      if (expr === 'github.action_path') return repoRoot;
      if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return outputs[m[1]]?.[m[2]] ?? '';
      throw new Error(`the test does not know the expression ${expr}`);
    });
  let stdout = '';
  let stderr = '';
  try {
    for (const step of action.runs.steps) {
      assert.equal(step.shell, 'bash', `step ${step.id}`);
      assert.doesNotMatch(step.run, /\$\{\{/, `step ${step.id} should take inputs through env, not \${{ }} in its script`);
      const out = join(temp, `${step.id}.out`);
      writeFileSync(out, '');
      const env = userEnv({ ...extraEnv, GITHUB_OUTPUT: out, RUNNER_TEMP: temp, GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: repoRoot });
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v);
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
      stdout += r.stdout;
      stderr += r.stderr;
      outputs[step.id] = Object.fromEntries(readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
      if (r.status !== 0) return { failedStep: step.id, code: r.status, stdout, stderr, outputs };
    }
    return { failedStep: undefined, code: 0, stdout, stderr, outputs };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
