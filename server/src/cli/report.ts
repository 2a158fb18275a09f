// `strategy-lint report <file> -o board-pack.html` (and `--format html`): the
// board pack as one self-contained HTML file, optionally compared with an
// earlier version read from a file or from git.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { readRegularFile } from '../node/paths';
import { analyze, RULES, scorecard, type Analysis, type Config } from '../core/index';
import { briefFindings, buildReport, compareReports, type ReportModel } from '../report/model';
import { renderReport } from '../report/render';
import { decode } from './encoding';
import { UsageError } from './files';

/** Largest earlier version read for --baseline. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** The rules a config switches on: the scorecard counts only these. */
export function enabledRules(config: Config) {
  return RULES.filter((r) => config.rules[r.meta.id]?.severity !== 'off');
}

export function reportModel(text: string, path: string, config: Config, now: Date): { model: ReportModel; analysis: Analysis } {
  const analysis = analyze(text, { config, now });
  const rules = enabledRules(config);
  return { model: buildReport({ analysis, scorecard: scorecard(analysis, rules), rules, path, now }), analysis };
}

/** The board pack of a text, compared with an earlier version when one is given: no files read. */
export function boardPackOf(text: string, path: string, config: Config, now: Date, generator: string, earlier?: { text: string; label: string }): { html: string; model: ReportModel; analysis: Analysis } {
  const { model, analysis } = reportModel(text, path, config, now);
  if (earlier) {
    const before = reportModel(earlier.text, path, config, now);
    model.baseline = compareReports(before.model, briefFindings(before.analysis), model, briefFindings(analysis), earlier.label);
  }
  return { html: renderReport(model, { target: 'file', generator }), model, analysis };
}

/** An earlier version: a file if one exists at `spec`, else `git show` of a revision. */
export function readBaseline(spec: string, input: string, cwd: string): { text: string; label: string } {
  const asFile = resolve(cwd, spec);
  if (existsSync(asFile) && statSync(asFile).isFile()) {
    const d = decode(readRegularFile(asFile, MAX_BASELINE_BYTES).bytes);
    return { text: d.text.replace(/^\uFEFF/, ''), label: spec };
  }
  if (!spec || spec.startsWith('-')) throw new UsageError(`--baseline "${spec}" is not a file or a git revision`);
  const colon = spec.indexOf(':');
  if (colon < 0 && input === '-') throw new UsageError(`--baseline "${spec}" is not a file; to read standard input's earlier version from git, give "revision:path"`);
  const object = colon >= 0 ? spec : `${spec}:./${basename(input)}`;
  const where = colon >= 0 ? cwd : dirname(resolve(cwd, input));
  try {
    const out = execFileSync('git', ['show', object], { cwd: where, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return { text: decode(out).text.replace(/^\uFEFF/, ''), label: colon >= 0 ? spec : `${spec} (git)` };
  } catch (e) {
    const err = e as { stderr?: Buffer; code?: string };
    const why = err.code === 'ENOENT' ? 'git is not installed' : (err.stderr?.toString().trim().split('\n')[0] ?? String(e));
    throw new UsageError(`--baseline "${spec}" is neither a file nor a git revision that holds ${input === '-' ? 'the document' : input} (${why})`);
  }
}

/** Write the pack to `output`, or return it for standard output. */
export function writeReport(html: string, output: string | undefined, cwd: string): void {
  if (output === undefined || output === '-') return;
  const target = resolve(cwd, output);
  try {
    writeFileSync(target, html);
  } catch (e) {
    throw new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
