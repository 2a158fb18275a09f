// `npm run eval`: runs the built CLI on a labelled corpus and prints, per
// document and in total, how many "hard YES" rules fired, how many "hard NO"
// rules stayed silent, and findings per 1,000 words by severity.
//
// The labels are read from ../shared/corpus/labels.json beside a clone (or the
// file given with --labels, or STRATEGY_LINT_LABELS). Each entry names a
// document (resolved beside the labels file) and the rules a careful reader
// said should fire ("yes") or stay silent ("no"). Without a labels file the
// command says so and exits 0: `npm test` never needs it.
//
// Options: --labels <file>, --json (machine-readable totals), --check (exit 1
// when a hard YES is missed, a hard NO fires, or a document over 1,000 words
// has more than --max-density findings per 1,000 words; default 12).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { lintJson } from './lint-json.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const labelsPath = resolve(opt('--labels') ?? process.env.STRATEGY_LINT_LABELS ?? join(root, '..', 'shared', 'corpus', 'labels.json'));
const maxDensity = Number(opt('--max-density') ?? 12);

if (!existsSync(labelsPath)) {
  console.log(`No labelled corpus at ${labelsPath}; nothing to evaluate. Give one with --labels <file>.`);
  process.exit(0);
}
const labels = JSON.parse(readFileSync(labelsPath, 'utf8'));
const corpusDir = dirname(labelsPath);
const names = Object.keys(labels.files ?? {});

/** Words as a reader counts them: runs of letters or digits, markup left out. */
function countWords(text) {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/<!--[\s\S]*?-->/g, ' ').replace(/\]\([^)]*\)/g, ']');
  return (body.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
}

const files = names.map((n) => join(corpusDir, n));
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`Labelled documents not found: ${missing.join(', ')}`);
  process.exit(2);
}
const report = lintJson(files);

const severities = ['error', 'warning', 'info', 'hint'];
const rows = [];
const total = { yes: 0, yesFired: 0, no: 0, noAvoided: 0, words: 0, counts: Object.fromEntries(severities.map((s) => [s, 0])) };
let failed = false;
for (const [i, name] of names.entries()) {
  const file = report.files[i];
  const label = labels.files[name];
  const fired = new Set(file.findings.map((f) => f.ruleId));
  const yes = label.yes ?? [];
  const no = label.no ?? [];
  const yesMissed = yes.filter((r) => !fired.has(r));
  const noFired = no.filter((r) => fired.has(r));
  const words = countWords(readFileSync(files[i], 'utf8'));
  const counts = Object.fromEntries(severities.map((s) => [s, file.findings.filter((f) => f.severity === s).length]));
  const visible = counts.error + counts.warning + counts.info;
  const density = (visible * 1000) / Math.max(words, 1);
  if (yesMissed.length || noFired.length || (words > 1000 && density > maxDensity)) failed = true;
  rows.push({ name, words, yes: yes.length, yesFired: yes.length - yesMissed.length, yesMissed, no: no.length, noAvoided: no.length - noFired.length, noFired, counts, density });
  total.yes += yes.length;
  total.yesFired += yes.length - yesMissed.length;
  total.no += no.length;
  total.noAvoided += no.length - noFired.length;
  total.words += words;
  for (const s of severities) total.counts[s] += counts[s];
}

const per1k = (n, words) => ((n * 1000) / Math.max(words, 1)).toFixed(1);
if (args.includes('--json')) {
  console.log(JSON.stringify({ labels: labelsPath, documents: rows, total }, null, 2));
} else {
  console.log(`Labelled corpus: ${labelsPath}\n`);
  console.log('| Document | Words | Hard YES fired | Hard NO avoided | Errors /1k | Warnings /1k | Info /1k | Visible /1k | Hints /1k |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.words} | ${r.yesFired}/${r.yes} | ${r.noAvoided}/${r.no} | ${per1k(r.counts.error, r.words)} | ${per1k(r.counts.warning, r.words)} | ${per1k(r.counts.info, r.words)} | ${r.density.toFixed(1)} | ${per1k(r.counts.hint, r.words)} |`,
    );
  }
  const visible = total.counts.error + total.counts.warning + total.counts.info;
  console.log(
    `| **Total** | ${total.words} | ${total.yesFired}/${total.yes} | ${total.noAvoided}/${total.no} | ${per1k(total.counts.error, total.words)} | ${per1k(total.counts.warning, total.words)} | ${per1k(total.counts.info, total.words)} | ${per1k(visible, total.words)} | ${per1k(total.counts.hint, total.words)} |`,
  );
  const misses = rows.filter((r) => r.yesMissed.length || r.noFired.length);
  if (misses.length) {
    console.log('\nDisagreements with the labels:');
    for (const r of misses) {
      if (r.yesMissed.length) console.log(`- ${r.name}: should fire but did not: ${r.yesMissed.join(', ')}`);
      if (r.noFired.length) console.log(`- ${r.name}: fired but should not: ${r.noFired.join(', ')}`);
    }
  } else {
    console.log('\nEvery hard YES fired and no hard NO fired.');
  }
}
process.exit(args.includes('--check') && failed ? 1 : 0);
