// Finding and reading config files on disk, shared by the CLI and the server.
// Walks up from a document's folder to the first folder with a config file.
// Never follows a folder twice (symlink loops) and never fails on a folder it
// cannot read: it reports and carries on with defaults. A config file is read
// only when its real path stays inside the project (see paths.ts), and never
// when it is not a regular file.
import { realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, defaultConfig, loadConfigText, quote, RULES, type Config, type ConfigProblem } from '../core/index';
import { containment, NotRegularFileError, projectRoot, readRegularFile, TooLargeError } from './paths';

export interface LoadedConfig {
  config: Config;
  /** The config file used, if one was found. */
  file?: string;
  problems: ConfigProblem[];
  /** Set when the file was not read at all: missing, unreadable, not a regular file, too large or outside the project. */
  refused?: boolean;
}

export interface ConfigReadOptions {
  /**
   * Folders a config file may also lie in (workspace folders, folders named on the command
   * line), besides the project around it: the nearest folder above it with `.git` or
   * `package.json`, or its own folder when there is none.
   */
  roots?: readonly string[];
}

const MAX_CONFIG_BYTES = 1_000_000;
// Paths are at most a few thousand characters, so this bound is never the reason a walk ends early.
const MAX_DEPTH = 4096;

/** The nearest config file at or above `dir`, or undefined. `stopAt` bounds the walk (e.g. the workspace folder). */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  const seen = new Set<string>();
  let current = resolve(dir);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    let real: string;
    try {
      real = realpathSync(current);
    } catch {
      real = current;
    }
    // The walk is lexical, so it always ends; a folder reached again through a
    // symlink loop is not searched twice, but the folders above it still are.
    if (!seen.has(real)) {
      seen.add(real);
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = join(current, name);
        try {
          if (statSync(candidate).isFile()) return candidate;
        } catch {
          // missing or unreadable: keep looking
        }
      }
    }
    if (stopAt && resolve(current) === resolve(stopAt)) return undefined;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** Read and resolve one config file; problems name the file and key. */
export function readConfigFile(file: string, opts: ConfigReadOptions = {}): LoadedConfig & { text?: string } {
  const refuse = (why: string): LoadedConfig => ({ config: defaultConfig(RULES), file, refused: true, problems: [{ file, key: '', message: `${file}: ${why}. Using the default settings.` }] });
  const project = projectRoot(dirname(resolve(file)));
  const where = containment(file, [project, ...(opts.roots ?? [])]);
  if (where.real && !where.root) {
    return refuse(`not read: it is a symbolic link to a file outside the project (${quote(project, 200)}), and config files are read only from inside it`);
  }
  let text: string;
  try {
    text = readRegularFile(file, MAX_CONFIG_BYTES).bytes.toString('utf8');
  } catch (e) {
    if (e instanceof NotRegularFileError) return refuse('not read: it is not a regular file');
    if (e instanceof TooLargeError) {
      let size = '';
      try {
        size = ` is ${statSync(file).size} bytes,`;
      } catch {
        // the size is not needed for the message
      }
      return refuse(`the file${size || ' is'} more than the ${MAX_CONFIG_BYTES} a config file may be`);
    }
    return refuse(`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { config, problems } = loadConfigText(text.replace(/^\uFEFF/, ''), file, RULES);
  return { config, file, problems, text };
}

/** The configuration that applies to a document at `docPath`. */
export function loadConfigFor(docPath: string, stopAt?: string, opts: ConfigReadOptions = {}): LoadedConfig & { text?: string } {
  const file = findConfigFile(dirname(resolve(docPath)), stopAt);
  if (!file) return { config: defaultConfig(RULES), problems: [] };
  return readConfigFile(file, opts);
}
