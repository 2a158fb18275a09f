// The strategy-lint command line: the same core as the editor, for CI.
// Exit codes: 0 nothing at or above --max-severity, 1 findings, 2 usage or internal error.
import { readFileSync, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { docsUrl, resolveConfig, RULES, SEVERITIES, type Config, type ConfigProblem, type Finding, type Severity, type Show, SHOW_CHOICES, visibleFindings } from '../core/index';
import { lfLines } from '../core/lines';
import { tooComplexFinding } from '../core/oversize';
import { loadConfigFor, readConfigFile } from '../node/config-files';
import { NotRegularFileError, projectRoot, readRegularFile, TooLargeError } from '../node/paths';
import { expandInputs, UsageError, type Input } from './files';
import { atOrAbove, formatGithub, formatJson, formatSarif, formatText, printable, profileLines, type FileResult } from './format';
import { decode, encode, UnencodableError, type DecodedFile } from './encoding';
import { writeFileSafely } from './write';
import { VERSION } from '../version';
import { readBaseline, writeReport } from './report';
import type { CheckOutcome } from './check';
import { Checker, CHECK_TIME_LIMIT_MS, isCheckThread, runCheckThread } from './check-thread';
import { convertFile, FIX_REFUSED, maxFileBytes, originOf, readError, runConvert, type Origin } from './converted';
import { isConvertible } from '../convert/names';

/** Largest input read at all: past the configured document size only cheap rules run, but the whole text is still held. */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

const HELP = `Usage: strategy-lint [options] <file | folder | glob | ->...
       strategy-lint report [options] <file | -> [-o board-pack.html]
       strategy-lint convert <file.docx | file.pdf> [-o out.md]

Checks digital strategies written in Markdown against NHS Providers' Digital
Boards guidance. Folders are searched for .md files; "-" reads standard input.
A Word (.docx) or PDF file named on its own is converted and checked; findings
name its page or paragraph. "report" writes the board pack: one
self-contained HTML page for the board.

Options:
  -f, --format <text|json|sarif|github|html>  output format (default: text);
                             html is the board pack of one document
  -o, --output <file>        write the board pack to this file (report and html only)
      --baseline <file | git revision>  show what changed since an earlier
                             version of the document (report and html only)
      --fix                  apply every fix that applies cleanly, then report what is left
      --max-severity <level> exit 1 when a finding is at or above this level:
                             error, warning, info or hint (default: warning)
      --show <strategy|everything>  strategy issues only, or writing findings too
                             (default: everything, or "show" in the config file)
      --min-severity <level> show nothing less severe than this level
                             (default: hint, or "minSeverity" in the config file)
      --scorecard            also print how the document answers the board's questions
  -c, --config <file>        use this config file instead of searching for one
      --profile <auto|nhs|general>  the vocabulary to read the strategy with
                             (default: auto, chosen from its words; the summary says which)
      --stdin-filename <name>  the name to report standard input under (default: <stdin>)
      --word-and-pdf         also check .docx and .pdf files found in folders and globs
      --max-file-size <MB>   refuse Word and PDF files larger than this (default: 50)
      --time-limit <seconds> stop the check of a file that takes longer than this
                             and report it as too complex (default: 1.5; 0 for none)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no findings at or above --max-severity, 1 findings, 2 usage or internal error.
"report" exits 0 once the pack is written, whatever it finds.
Rules and their docs: ${docsUrl('').replace(/\.md$/, '')}
`;

interface Io {
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
  cwd: string;
  /** The bundle file a check thread starts from (see check-thread.ts); without one, files are checked in this thread. */
  threadFile?: string;
}

export async function run(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'convert') return runConvert(argv.slice(1), io);
  const isReport = argv[0] === 'report';
  if (isReport) argv = argv.slice(1);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: isReport ? 'html' : 'text' },
        output: { type: 'string', short: 'o' },
        baseline: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'max-severity': { type: 'string', default: 'warning' },
        scorecard: { type: 'boolean', default: false },
        show: { type: 'string' },
        'min-severity': { type: 'string' },
        config: { type: 'string', short: 'c' },
        profile: { type: 'string' },
        'stdin-filename': { type: 'string', default: '<stdin>' },
        'word-and-pdf': { type: 'boolean', default: false },
        'max-file-size': { type: 'string' },
        'time-limit': { type: 'string' },
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
  if (!['text', 'json', 'sarif', 'github', 'html'].includes(format)) return usage(io, `unknown format "${format}"; expected text, json, sarif, github or html`);
  if (isReport && format !== 'html') return usage(io, `"report" writes HTML only; leave out --format ${format}`);
  if (format !== 'html' && (o.output !== undefined || o.baseline !== undefined)) return usage(io, `${o.output !== undefined ? '--output' : '--baseline'} is for the board pack: use "strategy-lint report" or --format html`);
  if (format === 'html' && o.fix) return usage(io, '--fix cannot be used with the board pack; fix first, then write the report');
  const maxSeverity = o['max-severity'] as Severity;
  if (!SEVERITIES.includes(maxSeverity)) return usage(io, `unknown severity "${o['max-severity']}"; expected error, warning, info or hint`);
  if (o.show !== undefined && !(SHOW_CHOICES as readonly string[]).includes(o.show)) return usage(io, `unknown --show "${o.show}"; expected strategy or everything`);
  const minSeverity = o['min-severity'] as Severity | undefined;
  if (minSeverity !== undefined && !SEVERITIES.includes(minSeverity)) return usage(io, `unknown --min-severity "${minSeverity}"; expected error, warning, info or hint`);
  if (o.profile !== undefined && o.profile !== 'auto' && o.profile !== 'nhs' && o.profile !== 'general') return usage(io, `unknown profile "${o.profile}"; expected auto, nhs or general`);
  if (args.positionals.length === 0) return usage(io, 'no files given');
  const maxBytes = maxFileBytes(o['max-file-size']);
  if (typeof maxBytes === 'string') return usage(io, maxBytes);
  const timeLimitMs = o['time-limit'] === undefined ? CHECK_TIME_LIMIT_MS : Number(o['time-limit']) * 1000;
  if (!Number.isFinite(timeLimitMs) || timeLimitMs < 0 || !/^\d+(\.\d+)?$/.test(o['time-limit'] ?? '0')) return usage(io, `--time-limit should be a number of seconds (0 for no limit), but is "${printable(o['time-limit'] ?? '')}"`);

  let inputs: Input[];
  let failed = false;
  try {
    const expanded = await expandInputs(args.positionals, io.cwd, { wordAndPdf: o['word-and-pdf'] });
    inputs = expanded.inputs;
    for (const why of expanded.refused) io.stderr(`strategy-lint: ${why}\n`);
    if (expanded.refused.length) failed = true;
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    throw e;
  }
  // Config files may lie in the project around the working folder, or in the folders given.
  const roots = [projectRoot(io.cwd), ...inputs.filter((i) => i.path !== '-').map((i) => i.root)];
  const notMarkdown = o.fix ? inputs.find((i) => i.path !== '-' && isConvertible(i.path)) : undefined;
  if (notMarkdown) return usage(io, printable(FIX_REFUSED(notMarkdown.path)));

  const configProblems = new Map<string, { problems: ConfigProblem[]; text: string }>();
  let fixedConfig: ReturnType<typeof readConfigFile> | undefined;
  if (o.config) {
    fixedConfig = readConfigFile(o.config, { roots });
    if (fixedConfig.refused) return usage(io, printable(fixedConfig.problems[0].message));
  }
  const withProfile = (c: Config): Config => (o.profile ? resolveConfig({ profile: o.profile }, '--profile', RULES, c).config : c);

  if (format === 'html') {
    if (inputs.length !== 1) return usage(io, `the board pack covers one document, but ${inputs.length} were given`);
    return htmlReport(inputs[0], isReport, maxSeverity, o, io, fixedConfig, withProfile, timeLimitMs);
  }

  const results: FileResult[] = [];
  const checker = new Checker({ file: io.threadFile, timeLimitMs });
  try {
    for (const input of inputs) {
      const isStdin = input.path === '-';
      const path = isStdin ? o['stdin-filename']! : input.path;
      const abs = isStdin ? undefined : resolve(io.cwd, input.path);
      let bytes: Buffer;
      let stat: Stats | undefined;
      let origin: Origin | undefined;
      try {
        if (isStdin) bytes = io.readStdin();
        else if (isConvertible(input.path)) {
          const converted = await convertFile(abs!, { maxBytes });
          for (const note of converted.notes) io.stderr(`strategy-lint: ${printable(input.path)}: ${printable(note)}\n`);
          origin = originOf(converted);
          bytes = Buffer.from(converted.markdown, 'utf8');
        } else ({ bytes, stat } = readRegularFile(abs!, MAX_INPUT_BYTES));
      } catch (e) {
        const why = e instanceof NotRegularFileError || e instanceof TooLargeError ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
        io.stderr(`strategy-lint: ${isConvertible(input.path) ? printable(readError(input.path, e)) : `cannot read ${printable(input.path)}: ${why}`}\n`);
        failed = true;
        continue;
      }
      const file: DecodedFile = decode(bytes);
      const raw = file.text;
      const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
      const original = bom ? raw.slice(1) : raw;
      const loaded = fixedConfig ?? loadConfigFor(isStdin ? resolve(io.cwd, path) : abs!, undefined, { roots });
      if (loaded.file && loaded.problems.length && !configProblems.has(loaded.file)) configProblems.set(loaded.file, { problems: loaded.problems, text: loaded.text ?? '' });
      const config = withProfile(loaded.config);

      // Lone CRs become LFs for the analysis (the same length, so every offset holds), and the
      // text that is written keeps them; in a file whose lines end in lone CRs, so do added lines.
      const checked = await checker.check({
        path,
        lf: lfLines(original),
        original,
        config,
        fix: !!o.fix,
        scorecard: !!o.scorecard || format === 'json',
        report: !!o.scorecard,
        now: Date.now(),
      });
      if (!checked.ok && checked.why === 'failed') throw new Error(checked.message);
      const result: CheckOutcome = checked.ok ? checked.outcome : tooComplex(original, checked.message, checked.why === 'time' ? 'allow more time with --time-limit' : '', config);
      const real = result.real;
      if (result.conflict) {
        io.stderr(`strategy-lint: ${printable(path)}: fixes did not apply cleanly (${result.conflict}); the file was not changed.\n`);
        failed = true;
      }
      for (const err of result.errors) {
        io.stderr(`strategy-lint: internal error in rule ${err.ruleId} on ${printable(path)}: ${err.message}\n`);
        failed = true;
      }
      let fixed = false;
      if (isStdin && o.fix) {
        // A filter (`--fix - < a.md > b.md`) always gets the whole text back, fixed or not.
        let out: Buffer = bytes;
        if (real !== original) {
          try {
            if (file.unsafe) throw new Error(file.unsafe);
            out = encode(bom + real, file.encoding);
            fixed = true;
          } catch (e) {
            if (!(e instanceof UnencodableError) && !file.unsafe) throw e;
            io.stderr(`strategy-lint: ${printable(path)}: not fixed: ${(e as Error).message}; the text is printed as it came.\n`);
            failed = true;
          }
        }
        io.stdout(out);
      } else if (real !== original) {
        try {
          if (file.unsafe) throw new Error(file.unsafe);
          writeFileSafely(abs!, encode(bom + real, file.encoding), { mtimeMs: stat!.mtimeMs, size: stat!.size, bytes });
          fixed = true;
        } catch (e) {
          io.stderr(`strategy-lint: cannot write ${printable(input.path)}: ${(e as Error).message}; the file was left as it was.\n`);
          failed = true;
        }
      }
      const shown = visibleFindings(result.findings, { show: (o.show as Show | undefined) ?? config.show, minSeverity: minSeverity ?? config.minSeverity });
      results.push({ path, text: real, findings: shown, fixed, ...(origin ? { origin } : {}), scorecard: result.scorecard, report: result.report, profile: result.profile });
    }
  } finally {
    checker.end();
  }

  // Config problems are findings of the invalid-config rule, reported against the config file.
  const configSetting = RULES.find((r) => r.meta.id === 'invalid-config')!.meta.defaultSeverity;
  for (const [file, { problems, text }] of configProblems) {
    io.stderr(problems.map((p) => `strategy-lint: ${printable(p.message)}\n`).join(''));
    if (configSetting === 'off') continue;
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
  const target = o.fix && inputs.some((i) => i.path === '-') ? io.stderr : io.stdout;
  target(report);
  if (format === 'text' && !o.fix) {
    io.stderr(profileLines(results));
    const all = results.flatMap((r) => r.findings);
    if (all.length) {
      const counts = SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
      io.stderr(`${all.length} finding${all.length === 1 ? '' : 's'} in ${results.filter((r) => r.findings.length).length} file(s): ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}\n`);
    }
  }
  if (failed) return 2;
  return results.some((r) => atOrAbove(r.findings, maxSeverity) > 0) ? 1 : 0;
}

/** The board pack of one document, to a file (-o) or standard output. */
async function htmlReport(
  { path: input }: Input,
  isReport: boolean,
  maxSeverity: Severity,
  o: { output?: string; baseline?: string; 'stdin-filename'?: string },
  io: Io,
  fixedConfig: { config: Config } | undefined,
  withProfile: (c: Config) => Config,
  timeLimitMs: number,
): Promise<number> {
  const isStdin = input === '-';
  const path = isStdin ? o['stdin-filename']! : input;
  let text: string;
  try {
    text = decode(isStdin ? io.readStdin() : readRegularFile(resolve(io.cwd, input), MAX_INPUT_BYTES).bytes).text.replace(/^\uFEFF/, '');
  } catch (e) {
    const why = e instanceof NotRegularFileError || e instanceof TooLargeError ? e.message : ((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    io.stderr(`strategy-lint: cannot read ${printable(input)}: ${why}\n`);
    return 2;
  }
  const loaded = fixedConfig ?? loadConfigFor(isStdin ? `${io.cwd}/${path}` : resolve(io.cwd, input));
  const config = withProfile(loaded.config);
  for (const p of (loaded as { problems?: ConfigProblem[] }).problems ?? []) io.stderr(`strategy-lint: ${p.message}\n`);
  let earlier: { text: string; label: string } | undefined;
  try {
    if (o.baseline !== undefined) earlier = readBaseline(o.baseline, input, io.cwd);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    throw e;
  }
  // A long document's pack is built in the check thread, under the same limits as a check.
  const checker = new Checker({ file: io.threadFile, timeLimitMs });
  let packed;
  try {
    packed = await checker.pack({ path, text, config, now: Date.now(), generator: `strategy-lint ${VERSION}`, earlier });
  } finally {
    checker.end();
  }
  if (!packed.ok) {
    if (packed.why === 'failed') throw new Error(packed.message);
    io.stderr(`strategy-lint: ${printable(path)}: this document is too complex to check: ${packed.message}, so no board pack was written. Simplify or split it${packed.why === 'time' ? ', or allow more time with --time-limit' : ''}.\n`);
    return 2;
  }
  const pack = packed.outcome;
  try {
    writeReport(pack.html, o.output, io.cwd);
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    throw e;
  }
  if (o.output === undefined || o.output === '-') io.stdout(pack.html);
  else io.stderr(`strategy-lint: wrote the board pack for ${path} to ${o.output} (${pack.headline}).\n`);
  for (const err of pack.errors) io.stderr(`strategy-lint: internal error in rule ${err.ruleId} on ${path}: ${err.message}\n`);
  if (pack.errors.length) return 2;
  if (isReport) return 0;
  return atOrAbove(pack.findings, maxSeverity) > 0 ? 1 : 0;
}

/** A file whose check was stopped: one finding on its first line, under the document-too-large rule, and the text unchanged. */
function tooComplex(text: string, why: string, more: string, config: Config): CheckOutcome {
  const sev = config.rules['document-too-large']?.severity ?? 'warning';
  return { findings: sev === 'off' ? [] : [tooComplexFinding(text, why, sev, docsUrl('document-too-large'), more)], errors: [], real: text };
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
  // A reader that stops early (`strategy-lint … | head`) closes the pipe: stop quietly, as other tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readFileSync(0),
    cwd: process.cwd(),
    threadFile: __filename,
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

if (isCheckThread()) runCheckThread();
else if (require.main === module) main();
