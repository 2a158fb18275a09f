// `npm run test:editors`: everything the real-editor tests need, then the
// tests. Checks the system packages first (failing at once with the
// apt-get line), builds, packages the .vsix, installs code-server on demand,
// then runs the extension tests in VS Code's extension host, the UI tests in
// Chromium, the board pack in Chromium, the Neovim and Emacs tests, and the
// pre-commit hook's test.
// --only=vscode,ui,report,clients,pre-commit runs a subset (report needs only Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheRoot, ensureCodeServer } from './code-server.mjs';
import { requirePackages } from './system.mjs';
import { runVscodeTests } from './run-vscode-tests.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const only = (process.argv.find((a) => a.startsWith('--only=')) ?? '--only=vscode,ui,report,clients,pre-commit').slice(7).split(',');
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

function step(what) {
  console.log(`\n== ${what} (${elapsed()})`);
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// Each subset needs only its own system packages: the board pack needs Chromium alone.
const NEEDS = { vscode: ['libkrb5-dev', 'ripgrep'], ui: ['chromium', 'libkrb5-dev', 'ripgrep'], report: ['chromium'], clients: ['neovim', 'emacs-nox', 'elpa-eglot'] };
try {
  requirePackages([...new Set(only.flatMap((o) => NEEDS[o] ?? []))]);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

step('Build');
if (run('node', ['scripts/build.mjs'])) process.exit(1);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Where `npm run package` writes the .vsix: its -o, else vsce's default name.
const vsix = join(root, /\s-o\s+(\S+\.vsix)/.exec(pkg.scripts?.package ?? '')?.[1] ?? `${pkg.name}-${pkg.version}.vsix`);
if (only.includes('ui')) {
  step('Package the extension');
  if (!pkg.scripts?.package) {
    console.error('package.json has no "package" script, so there is no .vsix to install.');
    process.exit(1);
  }
  if (run('npm', ['run', 'package', '--silent']) || !existsSync(vsix)) {
    console.error(`npm run package did not produce ${vsix}`);
    process.exit(1);
  }
}

if (only.includes('vscode') || only.includes('ui')) {
  step('code-server');
  try {
    console.log(`code-server: ${ensureCodeServer()}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

const failed = [];
if (only.includes('vscode')) {
  step('Extension tests in the VS Code extension host (code-server)');
  if (await runVscodeTests()) failed.push('extension tests');
}

const screenshots = process.env.STRATEGY_LINT_SCREENSHOTS || join(cacheRoot(), 'screenshots', new Date().toISOString().replace(/[:.]/g, '-'));
const specs = [];
if (only.includes('ui')) specs.push('out/test/editors/ui.test.js');
if (only.includes('report')) specs.push('out/test/editors/report.test.js');
if (only.includes('clients')) specs.push('out/test/editors/clients.test.js');
if (only.includes('pre-commit')) specs.push('out/test/editors/pre-commit.test.js');
if (specs.length) {
  step(`${only.filter((o) => o !== 'vscode').join(' and ')} tests`);
  mkdirSync(screenshots, { recursive: true });
  const code = run(process.execPath, [join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--timeout', '120000', '--reporter', 'spec', ...specs], {
    STRATEGY_LINT_VSIX: vsix,
    STRATEGY_LINT_SCREENSHOTS: screenshots,
  });
  if (code) failed.push(`${only.filter((o) => o !== 'vscode').join(', ')} tests`);
}

console.log(`\n== Done in ${elapsed()}`);
if (only.includes('ui') || only.includes('report')) console.log(`Screenshots: ${screenshots}`);
if (failed.length) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}
