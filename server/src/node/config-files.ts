// Finding and reading config files on disk, shared by the CLI and the server.
// Walks up from a document's folder to the first folder with a config file.
// Never follows a folder twice (symlink loops) and never fails on a folder it
// cannot read: it reports and carries on with defaults.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, defaultConfig, loadConfigText, RULES, type Config, type ConfigProblem } from '../core/index';

export interface LoadedConfig {
  config: Config;
  /** The config file used, if one was found. */
  file?: string;
  problems: ConfigProblem[];
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
export function readConfigFile(file: string): LoadedConfig & { text?: string } {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_CONFIG_BYTES) {
      return { config: defaultConfig(RULES), file, problems: [{ file, key: '', message: `${file}: the file is ${size} bytes, more than the ${MAX_CONFIG_BYTES} a config file may be. Using the default settings.` }] };
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { config: defaultConfig(RULES), file, problems: [{ file, key: '', message: `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Using the default settings.` }] };
  }
  const { config, problems } = loadConfigText(text.replace(/^\uFEFF/, ''), file, RULES);
  return { config, file, problems, text };
}

/** The configuration that applies to a document at `docPath`. */
export function loadConfigFor(docPath: string, stopAt?: string): LoadedConfig {
  const file = findConfigFile(dirname(resolve(docPath)), stopAt);
  if (!file) return { config: defaultConfig(RULES), problems: [] };
  return readConfigFile(file);
}
