// The strategy-lint command line: the same core as the editor, for CI.
// Exit codes: 0 nothing at or above --max-severity, 1 findings, 2 usage or internal error.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  analyze,
  applyEdits,
  chooseFixes,
  docsUrl,
  FixConflictError,
  resolveConfig,
  RULES,
  scorecard,
  SEVERITIES,
  type Config,
  type ConfigProblem,
  type Finding,
  type Severity,
  type Show,
  SHOW_CHOICES,
  visibleFindings,
} from '../core/index';
import { loadConfigFor, readConfigFile } from '../node/config-files';
import { expandInputs, UsageError } from './files';
import { atOrAbove, formatGithub, formatJson, formatSarif, formatText, type FileResult } from './format';
import { decode, encode, type DecodedFile } from './encoding';
import { writeFileSafely, type WriteGuard } from './write';

declare const STRATEGY_LINT_VERSION: string | undefined;
const VERSION = typeof STRATEGY_LINT_VERSION === 'string' ? STRATEGY_LINT_VERSION : '0.1.0';
const MAX_FIX_PASSES = 10;

const HELP = `Usage: strategy-lint [options] <file | folder | glob | ->...

Checks digital strategies written in Markdown against NHS Providers' Digital
Boards guidance. Folders are searched for .md files; "-" reads standard input.

Options:
  -f, --format <text|json|sarif|github>  output format (default: text)
      --fix                  apply every fix that applies cleanly, then report what is left
      --max-severity <level> exit 1 when a finding is at or above this level:
                             error, warning, info or hint (default: warning)
      --show <strategy|everything>  strategy issues only, or writing findings too
                             (default: everything, or "show" in the config file)
      --min-severity <level> show nothing less severe than this level
                             (default: hint, or "minSeverity" in the config file)
      --scorecard            also print how the document answers the board's questions
  -c, --config <file>        use this config file instead of searching for one
      --profile <nhs|general>  the vocabulary to read the strategy with
      --stdin-filename <name>  the name to report standard input under (default: <stdin>)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no findings at or above --max-severity, 1 findings, 2 usage or internal error.
Rules and their docs: ${docsUrl('').replace(/\.md$/, '')}
`;

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  cwd: string;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        fix: { type: 'boolean', default: false },
        'max-severity': { type: 'string', default: 'warning' },
        scorecard: { type: 'boolean', default: false },
        show: { type: 'string' },
        'min-severity': { type: 'string' },
        config: { type: 'string', short: 'c' },
        profile: { type: 'string' },
        'stdin-filename': { type: 'string', default: '<stdin>' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    io.stderr(`strategy-lint: ${(e as Error).message}\nRun "strategy-lint --help" for usage.\n`);
    return 2;
  }
  const o = args.values;
  if (o.help) {
    io.stdout(HELP);
    return 0;
  }
  if (o.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const format = o.format!;
  if (!['text', 'json', 'sarif', 'github'].includes(format)) return usage(io, `unknown format "${format}"; expected text, json, sarif or github`);
  const maxSeverity = o['max-severity'] as Severity;
  if (!SEVERITIES.includes(maxSeverity)) return usage(io, `unknown severity "${o['max-severity']}"; expected error, warning, info or hint`);
  if (o.show !== undefined && !(SHOW_CHOICES as readonly string[]).includes(o.show)) return usage(io, `unknown --show "${o.show}"; expected strategy or everything`);
  const minSeverity = o['min-severity'] as Severity | undefined;
  if (minSeverity !== undefined && !SEVERITIES.includes(minSeverity)) return usage(io, `unknown --min-severity "${minSeverity}"; expected error, warning, info or hint`);
  if (o.profile !== undefined && o.profile !== 'nhs' && o.profile !== 'general') return usage(io, `unknown profile "${o.profile}"; expected nhs or general`);
  if (args.positionals.length === 0) return usage(io, 'no files given');

  let inputs: string[];
  try {
    inputs = await expandInputs(args.positionals, io.cwd);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    throw e;
  }

  const configProblems = new Map<string, ConfigProblem[]>();
  let fixedConfig: { config: Config; problems: ConfigProblem[]; file?: string } | undefined;
  if (o.config) {
    fixedConfig = readConfigFile(o.config);
    if (fixedConfig.problems.some((p) => p.key === '' && /cannot be read/.test(p.message))) return usage(io, fixedConfig.problems[0].message);
  }
  const withProfile = (c: Config): Config => (o.profile ? resolveConfig({ profile: o.profile }, '--profile', RULES, c).config : c);

  const results: FileResult[] = [];
  let failed = false;
  for (const input of inputs) {
    const isStdin = input === '-';
    const path = isStdin ? o['stdin-filename']! : input;
    let raw: string;
    let file: DecodedFile | undefined;
    let guard: WriteGuard | undefined;
    try {
      if (isStdin) raw = io.readStdin();
      else {
        const st = statSync(input);
        guard = { mtimeMs: st.mtimeMs, size: st.size };
        file = decode(readFileSync(input));
        raw = file.text;
      }
    } catch (e) {
      io.stderr(`strategy-lint: cannot read ${input}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      failed = true;
      continue;
    }
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    const original = bom ? raw.slice(1) : raw;
    const loaded = fixedConfig ?? loadConfigFor(isStdin ? `${io.cwd}/${path}` : input);
    if (loaded.file && loaded.problems.length && !configProblems.has(loaded.file)) configProblems.set(loaded.file, loaded.problems);
    const config = withProfile(loaded.config);

    let text = original;
    let result = analyze(text, { config });
    if (o.fix) {
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixes = chooseFixes(result.findings, result.doc);
        if (fixes.length === 0) break;
        let next: string;
        try {
          next = applyEdits(text, fixes.flatMap((f) => f.edits));
        } catch (e) {
          if (!(e instanceof FixConflictError)) throw e;
          io.stderr(`strategy-lint: ${path}: fixes did not apply cleanly (${e.message}); the file was not changed.\n`);
          text = original;
          result = analyze(text, { config });
          failed = true;
          break;
        }
        if (next === text) break;
        text = next;
        result = analyze(text, { config });
      }
    }
    for (const err of result.errors) {
      io.stderr(`strategy-lint: internal error in rule ${err.ruleId} on ${path}: ${err.message}\n`);
      failed = true;
    }
    let fixed = false;
    if (text !== original) {
      if (isStdin) {
        io.stdout(bom + text);
      } else {
        try {
          if (file?.unsafe) throw new Error(file.unsafe);
          writeFileSafely(input, encode(bom + text, file?.encoding ?? 'utf8'), guard);
          fixed = true;
        } catch (e) {
          io.stderr(`strategy-lint: cannot write ${input}: ${(e as Error).message}; the file was left as it was.\n`);
          failed = true;
        }
      }
    }
    const shown = visibleFindings(result.findings, { show: (o.show as Show | undefined) ?? config.show, minSeverity: minSeverity ?? config.minSeverity });
    results.push({ path, text, findings: shown, fixed, scorecard: o.scorecard || format === 'json' ? scorecard(result, RULES.filter((r) => config.rules[r.meta.id]?.severity !== 'off')) : undefined });
  }

  // Config problems are findings of the invalid-config rule, reported against the config file.
  const configSetting = RULES.find((r) => r.meta.id === 'invalid-config')!.meta.defaultSeverity;
  for (const [file, problems] of configProblems) {
    io.stderr(problems.map((p) => `strategy-lint: ${p.message}\n`).join(''));
    if (configSetting === 'off') continue;
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // reported above
    }
    const findings: Finding[] = problems.map((p) => ({
      ruleId: 'invalid-config',
      severity: configSetting,
      message: p.message,
      span: p.span ?? { start: 0, end: 0 },
      docsUrl: docsUrl('invalid-config'),
      fixes: [],
    }));
    results.unshift({ path: displayPath(io.cwd, file), text, findings });
  }

  const report =
    format === 'json' ? formatJson(results, true) : format === 'sarif' ? formatSarif(results, VERSION) : format === 'github' ? formatGithub(results) : formatText(results, !!o.scorecard);
  const target = o.fix && inputs.includes('-') ? io.stderr : io.stdout;
  target(report);
  if (format === 'text' && !o.fix) {
    const all = results.flatMap((r) => r.findings);
    if (all.length) {
      const counts = SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
      io.stderr(`${all.length} finding${all.length === 1 ? '' : 's'} in ${results.filter((r) => r.findings.length).length} file(s): ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}\n`);
    }
  }
  if (failed) return 2;
  return results.some((r) => atOrAbove(r.findings, maxSeverity) > 0) ? 1 : 0;
}

/** A path relative to the working folder when it lies inside it, else as it is. */
function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function usage(io: Io, message: string): number {
  io.stderr(`strategy-lint: ${message}\nRun "strategy-lint --help" for usage.\n`);
  return 2;
}

/** Run as a process: arguments from argv, exit code set on the process. */
export function main(): void {
  run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readFileSync(0, 'utf8'),
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`strategy-lint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) main();
