// Word and PDF files on the command line: `strategy-lint convert`, and reading
// a .docx or .pdf given to the normal command as the Markdown it converts to.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type * as Converter from '../convert/index';
import type { Converted, Place } from '../convert/index';
import { DEFAULT_MAX_FILE_MB, isConvertible, type ConvertOptions } from '../convert/names';

/**
 * The Word and PDF converter is a bundle of its own beside this one (dist/convert.js: PDF.js and
 * mammoth, four fifths of the code), loaded only when a file needs converting, so that a check
 * of Markdown, and the check thread, start without it.
 */
let converter: typeof Converter | undefined;
const load = (): typeof Converter => (converter ??= require(join(__dirname, 'convert.js')) as typeof Converter);

export function convertFile(path: string, options: ConvertOptions = {}): Promise<Converted> {
  return load().convertFile(path, options);
}

/** Where findings on converted text point in the original file. */
export interface Origin {
  kind: Converted['kind'];
  place(offset: number): Place | undefined;
  /** "page 5" or "paragraph 12". */
  where(offset: number): string;
}

export function originOf(c: Converted): Origin {
  const { placeAt, describePlace } = load();
  return { kind: c.kind, place: (o) => placeAt(c, o), where: (o) => describePlace(placeAt(c, o)) };
}

/** Parses --max-file-size (megabytes) into bytes; undefined for the default, or a message when it is not a positive number. */
export function maxFileBytes(value: string | undefined): number | string {
  if (value === undefined) return DEFAULT_MAX_FILE_MB * 1024 * 1024;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return `--max-file-size must be a positive number of megabytes, not "${value}"`;
  return Math.round(n * 1024 * 1024);
}

export const FIX_REFUSED = (path: string) =>
  `--fix changes Markdown files only, and ${path} is a Word or PDF file; convert it first with "strategy-lint convert ${path} -o ${path.replace(/\.[^./\\]+$/, '')}.md", then check and fix the Markdown`;

const CONVERT_HELP = `Usage: strategy-lint convert <file.docx | file.pdf> [-o out.md]

Converts a Word (.docx) or PDF strategy to Markdown with real headings, lists
and tables, for checking and editing. Without -o the Markdown goes to standard
output. Old Word 97-2003 (.doc) files must first be saved as .docx.

Options:
  -o, --output <file>        write the Markdown to this file
      --max-file-size <MB>   refuse files larger than this (default: ${DEFAULT_MAX_FILE_MB})
  -h, --help                 show this help

Exit codes: 0 converted, 2 the file could not be read or converted.
`;

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export async function runConvert(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, 'max-file-size': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (e) {
    return fail(io, `${(e as Error).message}\nRun "strategy-lint convert --help" for usage.`);
  }
  if (args.values.help) {
    io.stdout(CONVERT_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) return fail(io, `convert takes one file, not ${args.positionals.length}\nRun "strategy-lint convert --help" for usage.`);
  const maxBytes = maxFileBytes(args.values['max-file-size']);
  if (typeof maxBytes === 'string') return fail(io, maxBytes);
  const [input] = args.positionals;
  if (!isConvertible(input)) return fail(io, `convert reads Word (.docx) and PDF files, and ${input} is neither`);
  let converted: Converted;
  try {
    converted = await convertFile(input, { maxBytes });
  } catch (e) {
    return fail(io, readError(input, e));
  }
  for (const note of converted.notes) io.stderr(`strategy-lint: ${input}: ${note}\n`);
  if (args.values.output) {
    try {
      writeFileSync(args.values.output, converted.markdown);
    } catch (e) {
      return fail(io, `cannot write ${args.values.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else io.stdout(converted.markdown);
  return 0;
}

/** The message for a file that could not be converted. */
export function readError(input: string, e: unknown): string {
  // Thrown by the converter's own bundle, so not an instance of this bundle's ConvertError.
  if (e instanceof Error && e.name === 'ConvertError') return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  if (code) return `cannot read ${input}: ${code}`;
  return `${input} could not be converted: ${(e as Error).message}`;
}

function fail(io: Io, message: string): number {
  io.stderr(`strategy-lint: ${message}\n`);
  return 2;
}
