// Writes the generated docs (docs/rules/*.md, the rule table in docs/rules/README.md, the
// config schema and package.json's per-rule settings) from the rule registry.
// `--check` writes nothing and exits 1 if any committed copy is stale.
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles } from './docs-content';

const root = process.cwd();
const check = process.argv.includes('--check');
const read = (p: string) => (existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : undefined);
const files = generatedFiles(read);
const stale: string[] = [];
for (const f of files) {
  if (read(f.path) === f.content) continue;
  stale.push(f.path);
  if (!check) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.content);
  }
}
// Pages for rules that no longer exist.
const wanted = new Set(files.map((f) => f.path));
const docsDir = join(root, 'docs', 'rules');
if (existsSync(docsDir)) {
  for (const name of readdirSync(docsDir)) {
    const p = `docs/rules/${name}`;
    if (name.endsWith('.md') && !wanted.has(p)) {
      stale.push(`${p} (no such rule)`);
      if (!check) unlinkSync(join(root, p));
    }
  }
}
if (check) {
  if (stale.length) {
    process.stderr.write(`Generated files are out of date; run "npm run docs":\n${stale.map((s) => `  ${s}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stdout.write('Generated docs are up to date.\n');
} else {
  process.stdout.write(stale.length ? `Wrote ${stale.length} file(s):\n${stale.map((s) => `  ${s}`).join('\n')}\n` : 'Generated docs were already up to date.\n');
}
