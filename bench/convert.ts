// The conversion part of `npm run bench`: how long `strategy-lint convert`
// takes on generated 40- and 100-page PDFs and at what peak memory, and, when
// ../shared/corpus is there, what it makes of the real PDFs in corpus/pdf/:
// pages, time, headings, findings, and for the MoJ strategy (which the corpus
// also has as Markdown) the headings recovered and the verdicts of the section
// and content rules on both. Each conversion runs as its own process, as a
// user runs it, so its time includes start-up and its memory is its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convertFile } from '../server/src/convert/index';
import { analyze, RULES } from '../server/src/core/index';
import { makePdf, STRATEGY } from '../test/convert/make-docs';

const CLI = resolve('dist/cli.js');
const NOW = new Date('2025-06-01T00:00:00Z');

interface Run {
  ms: number;
  maxRssMB: number;
  code: number | null;
  stderr: string;
}

function convertOnce(file: string, out: string, preload: string): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, CLI, 'convert', file, '-o', out], { encoding: 'utf8' });
  const ms = performance.now() - t;
  const rss = /maxrss (\d+)/.exec(r.stderr);
  return { ms: Math.round(ms), maxRssMB: rss ? Math.round(Number(rss[1]) / 1024) : NaN, code: r.status, stderr: r.stderr.replace(/\n?maxrss \d+\n?/, '').trim() };
}

/** The median-time run of several. */
function convert(file: string, out: string, preload: string, runs: number): Run {
  const all = Array.from({ length: runs }, () => convertOnce(file, out, preload)).sort((a, b) => a.ms - b.ms);
  return all[Math.floor(all.length / 2)];
}

const norm = (t: string) =>
  t
    .toLowerCase()
    .replace(/^#+\s*/, '')
    .replace(/^(\d+(\.\d+)*\.?|annex \d+:?)\s*/, '')
    .replace(/[‘’'"“”]/g, '')
    .replace(/[-–&]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Headings by text: Markdown's, including lines meant as headings with no space after the "#". */
const headingsOf = (md: string) =>
  md
    .split('\n')
    .filter((l) => /^#{1,6}/.test(l))
    .map(norm)
    .filter(Boolean);

const words = (t: string) => new Set(t.split(' '));
/** Two headings match when their words mostly agree (a PDF may differ by a typo or an ampersand). */
function sameHeading(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [words(a), words(b)];
  const common = [...x].filter((w) => y.has(w)).length;
  return (2 * common) / (x.size + y.size) >= 0.8;
}

const STYLE = new Set(['sentence-length', 'passive-voice', 'plain-words', 'words-to-avoid', 'readability', 'paragraph-length', 'undefined-acronym', 'placeholder-text', 'heading-syntax']);
const META = new Set(['unknown-rule', 'invalid-config', 'document-too-large']);
const kindOf = (id: string) => (id.endsWith('-section') ? 'section' : STYLE.has(id) || META.has(id) ? undefined : 'content');

export interface ConvertBench {
  lines: string[];
  targets: [string, string, boolean][];
  json: Record<string, unknown>;
}

export async function benchConversion(corpus: string | undefined, quick: boolean): Promise<ConvertBench> {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-lint-convert-bench-'));
  const preload = join(dir, 'maxrss.js');
  writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const lines: string[] = [];
  const targets: ConvertBench['targets'] = [];
  const json: Record<string, unknown> = {};
  try {
    const generated: Record<string, unknown>[] = [];
    for (const pages of [40, 100]) {
      process.stderr.write(`  converting a generated ${pages}-page PDF\n`);
      const file = join(dir, `generated-${pages}.pdf`);
      writeFileSync(file, await makePdf(STRATEGY, { pages, size: 'A4' }));
      const r = convert(file, join(dir, 'out.md'), preload, quick ? 1 : 3);
      if (r.code !== 0) throw new Error(`converting the generated ${pages}-page PDF failed: ${r.stderr}`);
      generated.push({ pages, ms: r.ms, maxRssMB: r.maxRssMB });
      targets.push([`convert a ${pages}-page PDF < ${pages === 40 ? 3 : 8} s`, `${(r.ms / 1000).toFixed(2)} s`, r.ms < (pages === 40 ? 3000 : 8000)]);
      targets.push([`convert a ${pages}-page PDF: peak memory < 300 MB`, `${r.maxRssMB} MB`, r.maxRssMB < 300]);
    }
    json.generated = generated;
    lines.push(`Converting generated PDFs (strategy-lint convert, a process each, median of ${quick ? 1 : 3}): ${generated.map((g) => `${g.pages} pages ${((g.ms as number) / 1000).toFixed(2)} s, peak RSS ${g.maxRssMB} MB`).join('; ')}.`);

    const pdfDir = corpus && join(corpus, 'pdf');
    if (!pdfDir || !existsSync(pdfDir)) {
      lines.push('Corpus PDFs: skipped (no ../shared/corpus/pdf beside this clone; pass --corpus to point at one).');
      return { lines, targets, json };
    }
    const rows: Record<string, unknown>[] = [];
    const after: string[] = [];
    lines.push('', '| Corpus file | Pages | Convert | Peak RSS | Headings | Findings | Result |', '| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const f of readdirSync(pdfDir).sort()) {
      if (!/\.(pdf|docx|doc)$/i.test(f)) continue;
      process.stderr.write(`  converting corpus/pdf/${f}\n`);
      const out = join(dir, `${f}.md`);
      const r = convert(join(pdfDir, f), out, preload, quick ? 1 : 3);
      if (r.code !== 0) {
        rows.push({ file: f, code: r.code, message: r.stderr });
        lines.push(`| ${f} | – | ${(r.ms / 1000).toFixed(2)} s | ${r.maxRssMB} MB | – | – | refused (exit ${r.code}): ${r.stderr.replace(/^strategy-lint: /, '').replace(/\|/g, '\\|')} |`);
        continue;
      }
      const md = readFileSync(out, 'utf8');
      const pages = (await convertFile(join(pdfDir, f))).pages;
      const findings = analyze(md, { now: NOW }).findings.length;
      const headings = headingsOf(md).length;
      rows.push({ file: f, pages, ms: r.ms, maxRssMB: r.maxRssMB, headings, findings, notes: r.stderr });
      lines.push(`| ${f} | ${pages} | ${(r.ms / 1000).toFixed(2)} s | ${r.maxRssMB} MB | ${headings} | ${findings} | ${r.stderr.replace(/^strategy-lint: [^:]+: /gm, '').replace(/\n/g, '; ') || 'converted'} |`);
      if (/^moj-digital-strategy/.test(f)) {
        const mdFile = readdirSync(corpus).find((n) => /moj-digital-strategy.*\.md$/.test(n));
        if (mdFile) after.push('', ...parity(readFileSync(join(corpus, mdFile), 'utf8'), md, mdFile, f, targets, json));
      }
    }
    json.corpus = rows;
    lines.push(...after);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { lines, targets, json };
}

function parity(markdown: string, converted: string, mdName: string, pdfName: string, targets: ConvertBench['targets'], json: Record<string, unknown>): string[] {
  const want = headingsOf(markdown);
  const got = headingsOf(converted);
  const missing = want.filter((h) => !got.some((g) => sameHeading(h, g)));
  const share = (want.length - missing.length) / want.length;
  targets.push([`MoJ PDF recovers ≥ 90% of the Markdown's headings`, `${Math.round(share * 100)}% (${want.length - missing.length} of ${want.length})`, share >= 0.9]);
  const verdicts = (text: string) => {
    const by = new Map<string, number>();
    for (const f of analyze(text, { now: NOW }).findings) by.set(f.ruleId, (by.get(f.ruleId) ?? 0) + 1);
    return by;
  };
  const a = verdicts(markdown);
  const b = verdicts(converted);
  // The corpus Markdown writes some headings as "##01 Foreword", which Markdown reads as text (heading-syntax):
  // the same rules on it with a space after the "#"s show which differences come from that.
  const repaired = verdicts(markdown.replace(/^(#{1,6})(?=[^#\s])/gm, '$1 '));
  const rules = RULES.map((r) => r.meta.id).filter((id) => kindOf(id));
  const differ = rules.filter((id) => (a.get(id) ?? 0) > 0 !== (b.get(id) ?? 0) > 0);
  targets.push(['MoJ: section and content rules give the same verdicts on the PDF as on the Markdown', differ.length ? `${differ.length} differ: ${differ.join(', ')}` : 'all the same', differ.length === 0]);
  json.mojParity = { headings: { markdown: want.length, recovered: want.length - missing.length, missing }, rules: Object.fromEntries(rules.map((id) => [id, { markdown: a.get(id) ?? 0, markdownHeadingsRepaired: repaired.get(id) ?? 0, pdf: b.get(id) ?? 0 }])) };
  return [
    `MoJ parity: ${pdfName} converted against ${mdName}. Headings recovered: ${want.length - missing.length} of ${want.length}${missing.length ? ` (missing: ${missing.join('; ')})` : ''}.`,
    '',
    '| Rule | Kind | Findings on the Markdown | The Markdown, headings repaired | Findings on the PDF | Same verdict as the Markdown | As the repaired Markdown |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...rules.map((id) => {
      const [m, r, p] = [a.get(id) ?? 0, repaired.get(id) ?? 0, b.get(id) ?? 0];
      return `| ${id} | ${kindOf(id)} | ${m} | ${r} | ${p} | ${m > 0 === p > 0 ? 'yes' : 'no'} | ${r > 0 === p > 0 ? 'yes' : 'no'} |`;
    }),
  ];
}
