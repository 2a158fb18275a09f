// `npm run package`: the .vsix, from the build in dist/, written where -o says.
// package.json is both the npm package's manifest and the extension's, and
// its "files" list is for npm. vsce refuses a "files" list next to a
// .vscodeignore, so the extension is packaged from a staging folder holding
// a copy of the repository's files (without node_modules, .git and build
// output other than dist/) and a package.json without "files": there
// .vscodeignore, an allowlist, decides what the .vsix holds.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const o = process.argv.indexOf('-o');
const out = resolve(o > 0 && process.argv[o + 1] ? process.argv[o + 1] : 'strategy-lint.vsix');
const skip = new Set(['node_modules', '.git', 'out', '.cache', 'test-results']);
const stage = mkdtempSync(join(tmpdir(), 'strategy-lint-vsix-'));
try {
  cpSync(root, stage, {
    recursive: true,
    filter: (src) => src === root || !(skip.has(basename(src)) || src.endsWith('.vsix') || src.endsWith('.tgz')),
  });
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete manifest.files;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', out], { cwd: stage, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
