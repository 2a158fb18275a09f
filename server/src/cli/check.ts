// One file's check as the command line makes it: the analysis, with --fix the passes of fixes
// over it, and the scorecard and board pack's model. Plain data in and out, so that it runs the
// same in the command line's own thread or in a thread of its own (check-thread.ts).
import { analyze, applyEdits, chooseFixes, FixConflictError, scorecard, type Config, type Finding, type Scorecard, type TextEdit } from '../core/index';
import { crLineEnds } from '../core/lines';
import type { ProfileChoice } from '../core/profile-choice';
import { buildReport, type ReportModel } from '../report/model';
import { boardPackOf, enabledRules } from './report';

const MAX_FIX_PASSES = 10;

export interface CheckJob {
  path: string;
  /** The text with lone CRs read as LFs (the same length, so every offset holds): what is analysed. */
  lf: string;
  /** The text as it is in the file (without a byte order mark): what fixes are written to. */
  original: string;
  config: Config;
  fix: boolean;
  scorecard: boolean;
  report: boolean;
  /** The time the board pack is dated with (ms since 1970). */
  now: number;
}

export interface CheckOutcome {
  findings: Finding[];
  /** Rules that threw: the check goes on without them. */
  errors: Array<{ ruleId: string; message: string }>;
  /** The text to write back: `original` with the fixes applied (the same string when nothing changed). */
  real: string;
  /** Why the fixes were not applied, when they did not apply cleanly. */
  conflict?: string;
  scorecard?: Scorecard;
  report?: ReportModel;
  profile?: ProfileChoice;
}

export function checkText(job: CheckJob): CheckOutcome {
  const { lf, original, config } = job;
  // In a file whose lines end in lone CRs, so do the lines the fixes add.
  const crLines = lf !== original;
  const crOnly = crLines && crLineEnds(original);
  const toReal = (edits: TextEdit[]): TextEdit[] => (crOnly ? edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, '\r') })) : edits);
  let text = lf;
  let real = original;
  let conflict: string | undefined;
  let result = analyze(text, { config });
  if (job.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixes = chooseFixes(result.findings, result.doc);
      if (fixes.length === 0) break;
      let next: string;
      try {
        const edits = fixes.flatMap((f) => f.edits);
        next = applyEdits(text, edits);
        if (crLines) real = applyEdits(real, toReal(edits));
      } catch (e) {
        if (!(e instanceof FixConflictError)) throw e;
        conflict = e.message;
        text = lf;
        real = original;
        result = analyze(text, { config });
        break;
      }
      if (next === text) break;
      text = next;
      if (!crLines) real = text;
      result = analyze(text, { config });
    }
  }
  const card = job.scorecard ? scorecard(result, enabledRules(config)) : undefined;
  const report = card && job.report ? buildReport({ analysis: result, scorecard: card, rules: enabledRules(config), path: job.path, now: new Date(job.now) }) : undefined;
  return {
    findings: result.findings,
    errors: result.errors.map((e) => ({ ruleId: e.ruleId, message: e.message })),
    real,
    ...(conflict ? { conflict } : {}),
    scorecard: card,
    report,
    profile: result.profileChoice,
  };
}

/** The board pack of one document (`strategy-lint report`, `--format html`), the earlier version already read. */
export interface PackJob {
  path: string;
  text: string;
  config: Config;
  now: number;
  generator: string;
  earlier?: { text: string; label: string };
}

export interface PackOutcome {
  html: string;
  headline: string;
  findings: Finding[];
  errors: Array<{ ruleId: string; message: string }>;
}

export function packText(job: PackJob): PackOutcome {
  const pack = boardPackOf(job.text, job.path, job.config, new Date(job.now), job.generator, job.earlier);
  return { html: pack.html, headline: pack.model.headline, findings: pack.analysis.findings, errors: pack.analysis.errors.map((e) => ({ ruleId: e.ruleId, message: e.message })) };
}
