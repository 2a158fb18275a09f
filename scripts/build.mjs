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

// Two small patches to PDF.js (see server/src/convert/pdf.ts). Its text styles
// name a font's family but not the font, and the font's name is how a PDF says
// a heading is bold: add it. And it loads a native canvas module, for rendering,
// which this never does and which is not shipped: never load it, so a check
// behaves the same from a clone (where node_modules has it) as when installed.
const patch = (src, file, from, to) => {
  if (!src.includes(from)) throw new Error(`pdfjs patch: "${from}" is not in ${file}; PDF.js changed, so update the patch in scripts/build.mjs`);
  return src.split(from).join(to);
};
const pdfjsPatches = {
  name: 'pdfjs-patches',
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/ }, (args) => {
      const from = 'fontFamily: font.fallbackName,';
      return { contents: patch(readFileSync(args.path, 'utf8'), args.path, from, `${from} fontName: font.name,`), loader: 'js' };
    });
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, (args) => {
      return { contents: patch(readFileSync(args.path, 'utf8'), args.path, 'require("@napi-rs/canvas")', '(() => { throw new Error("not loaded: strategy-lint never renders") })()'), loader: 'js' };
    });
  },
};
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
  plugins: [pdfjsPatches],
};

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli' },
  { in: 'server/src/lsp/start.ts', out: 'dist/server' },
  { in: 'server/src/package.ts', out: 'dist/strategy-lint' },
  { in: 'client/src/extension.ts', out: 'dist/extension' },
  // The Word and PDF converter, loaded by the extension only when its command runs.
  { in: 'server/src/convert/index.ts', out: 'dist/convert' },
  { in: 'scripts/gen-docs.ts', out: 'dist/gen-docs' },
  { in: 'scripts/gen-editor-files.ts', out: 'dist/gen-editor-files' },
  { in: 'bench/bench.ts', out: 'dist/bench' },
  { in: 'bench/hostile.ts', out: 'dist/hostile' },
  { in: 'test/fuzz/run.ts', out: 'dist/fuzz' },
  { in: 'scripts/check-fix-all.ts', out: 'dist/check-fix-all' },
].filter((e) => existsSync(e.in) && (!packaging || ['dist/strategy-lint', 'dist/server', 'dist/extension'].includes(e.out)));

const testEntries = existsSync('test') && !packaging
  ? readdirSync('test', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.test.ts') || f === 'setup.ts' || f === join('vscode', 'index.ts'))
      .map((f) => ({ in: join('test', f), out: join('out', 'test', f.replace(/\.ts$/, '')) }))
  : [];

if (!packaging) rmSync('out', { recursive: true, force: true });
const builds = [
  { ...common, entryPoints: entries, outdir: '.', external: ['vscode', 'pdfkit'], minify: !process.env.NO_MINIFY && !watch, sourcemap: false },
  ...(testEntries.length ? [{ ...common, entryPoints: testEntries, outdir: '.', external: ['vscode', 'mocha', 'playwright-core', 'pdfkit'] }] : []),
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
