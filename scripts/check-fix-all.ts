// `npm run check:fix-all [folder...]`: runs "fix all" on every Markdown file in
// the folders (default: $STRATEGY_LINT_CORPUS, else shared/corpus in the nearest
// folder above the working folder)
// and reports any that it would change in headings, list or table shape, or
// scorecard. Exit 1 when one is found; 0 with a note when there is no folder.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultConfig, RULES } from '../server/src/core/index';
import { checkFixAll } from './fix-all-check';

const args = process.argv.slice(2);
/** shared/corpus in the nearest folder above the working folder that has one. */
function sharedCorpus(): string {
  for (let d = dirname(process.cwd()); ; d = dirname(d)) {
    const c = join(d, 'shared', 'corpus');
    if (existsSync(c) || dirname(d) === d) return c;
  }
}
const folders = args.length ? args : [process.env.STRATEGY_LINT_CORPUS ?? sharedCorpus()];
const files: string[] = [];
for (const f of folders) {
  if (!existsSync(f)) {
    console.log(`No folder at ${f}; nothing to check.`);
    continue;
  }
  if (statSync(f).isFile()) files.push(f);
  else for (const name of readdirSync(f).sort()) if (/\.(?:md|markdown)$/i.test(name)) files.push(join(f, name));
}
const config = defaultConfig(RULES);
let bad = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const r = checkFixAll(text, config);
  const changedLines = r.changed ? text.split('\n').filter((l, i) => r.fixed.split('\n')[i] !== l).length : 0;
  console.log(`${r.problems.length ? 'FAIL' : 'ok  '} ${file}: ${r.changed ? `${changedLines} line(s) changed by words only` : 'nothing to fix'}`);
  for (const p of r.problems) console.log(`       ${p}`);
  if (r.problems.length) bad++;
}
console.log(`${files.length} file(s) checked, ${bad} with a problem.`);
process.exit(bad ? 1 : 0);
