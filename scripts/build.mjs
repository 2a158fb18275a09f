// Bundles the server, CLI, extension client, tools and tests with esbuild.
// unified and remark are ESM-only; bundling lets everything ship as CommonJS.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  // ESM-only packages read import.meta.url; give them this bundle's own URL.
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server' },
  { in: 'client/src/extension.ts', out: 'dist/extension' },
  { in: 'scripts/gen-docs.ts', out: 'dist/gen-docs' },
  { in: 'scripts/gen-editor-files.ts', out: 'dist/gen-editor-files' },
  { in: 'bench/bench.ts', out: 'dist/bench' },
  { in: 'bench/hostile.ts', out: 'dist/hostile' },
  { in: 'test/fuzz/run.ts', out: 'dist/fuzz' },
].filter((e) => existsSync(e.in));

const testEntries = existsSync('test')
  ? readdirSync('test', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.test.ts') || f === 'setup.ts' || f === join('vscode', 'index.ts'))
      .map((f) => ({ in: join('test', f), out: join('out', 'test', f.replace(/\.ts$/, '')) }))
  : [];

rmSync('out', { recursive: true, force: true });
const builds = [
  { ...common, entryPoints: entries, outdir: '.', external: ['vscode'], minify: !process.env.NO_MINIFY && !watch, sourcemap: false },
  { ...common, entryPoints: testEntries, outdir: '.', external: ['vscode', 'mocha', 'playwright-core'] },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
