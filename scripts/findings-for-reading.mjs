// Lists every section and content finding (all rules except the writing and
// housekeeping ones) for the given Markdown documents, at default settings, so
// that a person can read each one against its document and judge it.
//
// Each finding gets a stable key, `doc|rule|line|first words of the message`,
// so that two readings (before and after a change) can be diffed line by line.
// The document text is read at run time and printed only to the output; this
// script holds no text of any document.
//
//   node scripts/findings-for-reading.mjs [--out <file>] [--context N] [--keys] <file.md>...
//
// --keys prints only the keys (one a line), for `diff` between two builds.
// Without files it reads 0*.md in --corpus <dir> (or STRATEGY_LINT_CORPUS, or
// ../shared/corpus beside a clone).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { lintJson } from './lint-json.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const take = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const out = take('--out');
const context = Number(take('--context') ?? 0);
const keysOnly = flag('--keys');
const corpus = take('--corpus') ?? process.env.STRATEGY_LINT_CORPUS;

/** The writing, readability and housekeeping rules: not read here. */
const WRITING = new Set([
  'words-to-avoid', 'sentence-length', 'paragraph-length', 'plain-words', 'passive-voice', 'readability',
  'undefined-acronym', 'heading-syntax', 'placeholder-text', 'document-too-large', 'invalid-config', 'unknown-rule',
]);

let files = args;
if (!files.length) {
  const dir = resolve(corpus ?? join(root, '..', 'shared', 'corpus'));
  if (!existsSync(dir)) {
    console.error(`No files given and no corpus at ${dir}.`);
    process.exit(2);
  }
  files = readdirSync(dir).filter((n) => /^0.*\.md$/.test(n)).sort().map((n) => join(dir, n));
}

const report = lintJson(files);

/** First few words of a message, without quotes or figures that change between builds. */
const stem = (message) =>
  message.replace(/["“”'‘’]/g, '').split(/\s+/).slice(0, 6).join(' ').replace(/[.,:;]+$/, '');

const lines = [];
const keys = [];
let total = 0;
for (const file of report.files) {
  const doc = basename(file.path).replace(/\.md$/, '').slice(0, 2);
  const text = readFileSync(file.path, 'utf8').split(/\r\n|\r|\n/);
  const findings = file.findings.filter((f) => !WRITING.has(f.ruleId)).sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  lines.push(`## ${basename(file.path)}: ${findings.length} section and content findings`, '');
  const seen = new Map();
  for (const f of findings) {
    let key = `${doc}|${f.ruleId}|${f.line}|${stem(f.message)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) key += `#${n}`;
    keys.push(key);
    total++;
    lines.push(`### ${key}`, `${f.severity} ${f.ruleId} line ${f.line}${f.endLine && f.endLine !== f.line ? `-${f.endLine}` : ''}: ${f.message}`);
    const from = Math.max(1, f.line - context);
    const to = Math.min(text.length, Math.min(f.endLine ?? f.line, f.line + 4) + context);
    for (let l = from; l <= to; l++) lines.push(`    ${String(l).padStart(4)}| ${text[l - 1]}`);
    lines.push('');
  }
}
lines.push(`Total: ${total} section and content findings in ${report.files.length} documents.`);
const body = (keysOnly ? keys : lines).join('\n') + '\n';
if (out) writeFileSync(out, body);
else process.stdout.write(body);
