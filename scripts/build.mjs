// Bundles the server, CLI, extension client, tools and tests with esbuild.
// unified and remark are ESM-only; bundling lets everything ship as CommonJS.
// `--package` (npm's prepack) builds only what the npm package and the .vsix
// ship, without maps: dist/strategy-lint.js (the command line and the
// language server in one bundle, for the package's bin/ scripts), and
// dist/server.js and dist/extension.js for the extension.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const packaging = process.argv.includes('--package');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  // ESM-only packages read import.meta.url; give them this bundle's own URL.
  // One version number everywhere: --version, serverInfo, the package and the .vsix.
  define: { 'import.meta.url': '__import_meta_url', STRATEGY_LINT_VERSION: JSON.stringify(version) },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli' },
  { in: 'server/src/lsp/start.ts', out: 'dist/server' },
  { in: 'server/src/package.ts', out: 'dist/strategy-lint' },
  { in: 'client/src/extension.ts', out: 'dist/extension' },
  { in: 'scripts/gen-docs.ts', out: 'dist/gen-docs' },
  { in: 'scripts/gen-editor-files.ts', out: 'dist/gen-editor-files' },
  { in: 'bench/bench.ts', out: 'dist/bench' },
  { in: 'test/fuzz/run.ts', out: 'dist/fuzz' },
].filter((e) => existsSync(e.in) && (!packaging || ['dist/strategy-lint', 'dist/server', 'dist/extension'].includes(e.out)));

const testEntries = existsSync('test') && !packaging
  ? readdirSync('test', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.test.ts') || f === 'setup.ts' || f === join('vscode', 'index.ts'))
      .map((f) => ({ in: join('test', f), out: join('out', 'test', f.replace(/\.ts$/, '')) }))
  : [];

if (!packaging) rmSync('out', { recursive: true, force: true });
const builds = [
  { ...common, entryPoints: entries, outdir: '.', external: ['vscode'], minify: !process.env.NO_MINIFY && !watch, sourcemap: false },
  ...(testEntries.length ? [{ ...common, entryPoints: testEntries, outdir: '.', external: ['vscode', 'mocha', 'playwright-core'] }] : []),
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
