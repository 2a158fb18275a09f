// Turning command-line arguments into files: plain files, folders (searched
// for Markdown) and globs. Results are sorted and each file appears once.
// Nothing outside the folders given is read or written: a symlink found in a
// folder (or by a glob) is followed only when it leads inside that folder (for
// a glob, the folder it starts from); a file named on the command line only
// when it leads inside its project. Each one passed over is named, with why.
// Word and PDF files are found in folders and globs only when asked for.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { printable } from './format';
import { containment, isInside, projectRoot } from '../node/paths';

export class UsageError extends Error {}

export interface Input {
  /** As given, or found (relative to the working folder where possible); '-' for standard input. */
  path: string;
  /** The folder the file must stay inside, by its real path. */
  root: string;
}

export interface Expanded {
  inputs: Input[];
  /** One sentence for each file or folder passed over, saying why. */
  refused: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git']);
const MARKDOWN = /\.(?:md|markdown)$/;
const WORD_AND_PDF = /\.(docx|pdf)$/i;

export async function expandInputs(args: string[], cwd: string, options: { wordAndPdf?: boolean } = {}): Promise<Expanded> {
  const wanted = (f: string) => options.wordAndPdf || !WORD_AND_PDF.test(f);
  const inputs: Input[] = [];
  const refused: string[] = [];
  const seen = new Set<string>();
  const add = (p: string, root: string, asGiven = false) => {
    const key = p === '-' ? '-' : resolve(cwd, p);
    if (!seen.has(key)) {
      seen.add(key);
      inputs.push({ path: p === '-' || asGiven ? p : relativePath(cwd, key), root });
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-', cwd);
      continue;
    }
    const abs = resolve(cwd, arg);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = walk(abs, cwd, (rel) => MARKDOWN.test(rel) || (!!options.wordAndPdf && WORD_AND_PDF.test(rel)), refused, `"${printable(arg)}"`);
      if (found.length === 0 && refused.length === 0) throw new UsageError(`no Markdown${options.wordAndPdf ? ', Word or PDF' : ''} files in folder "${arg}"`);
      for (const f of found.sort()) add(f, abs);
    } else if (stat?.isFile()) {
      const root = projectRoot(resolve(abs, '..'));
      const where = containment(abs, [root]);
      if (!where.root) refused.push(`${printable(arg)}: skipped: it is a symbolic link to a file outside the project (${printable(root)}), and strategy-lint reads and fixes files only inside it.`);
      else add(arg, root, true);
    } else if (isDynamicPattern(arg)) {
      const base = staticBase(arg, cwd);
      const isMatch = picomatch(relative(cwd, resolve(cwd, arg)).split(sep).join('/') || arg, { dot: false });
      const matched = walk(base, cwd, (_rel, absPath) => isMatch(relative(cwd, absPath).split(sep).join('/')), refused, `"${printable(relativePath(cwd, base) || '.')}"`);
      const found = matched.filter(wanted);
      if (found.length === 0 && refused.length === 0) throw new UsageError(`no files match "${arg}"${matched.length ? ' (Word and PDF files are checked in globs only with --word-and-pdf)' : ''}`);
      for (const f of found.sort()) add(f, base);
    } else {
      throw new UsageError(`no such file or folder: "${arg}"`);
    }
  }
  return { inputs, refused };
}

/** The folders a glob starts from: its leading parts that hold no pattern characters. */
function staticBase(pattern: string, cwd: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (isDynamicPattern(p)) break;
    fixed.push(p);
  }
  return resolve(cwd, fixed.join('/') || '.');
}

/**
 * Every file under `root` that `want` accepts, skipping dot-files and node_modules and .git
 * folders. A symlink is followed only when its real path stays inside `root`, and a folder
 * is never searched twice (symlink loops).
 */
function walk(root: string, cwd: string, want: (rel: string, abs: string) => boolean, refused: string[], label: string): string[] {
  const out: string[] = [];
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return out;
  }
  const visited = new Set<string>([realRoot]);
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = join(dir, e.name);
      const rel = relative(root, abs);
      if (e.isSymbolicLink()) {
        let st;
        try {
          st = statSync(abs);
        } catch {
          continue; // a dangling link leads nowhere
        }
        const isDir = st.isDirectory();
        if (!isDir && !(st.isFile() && want(rel, abs))) continue;
        const where = containment(abs, [realRoot]);
        if (!where.root || !where.real || !isInside(where.real, realRoot)) {
          refused.push(`${printable(relativePath(cwd, abs))}: skipped: it is a symbolic link to a ${isDir ? 'folder' : 'file'} outside ${label}, and strategy-lint reads and fixes files only inside the folders it is given.`);
          continue;
        }
        if (isDir) {
          if (!SKIP_DIRS.has(e.name) && !visited.has(where.real)) {
            visited.add(where.real);
            stack.push(abs);
          }
        } else out.push(abs);
      } else if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name)) continue;
        let real;
        try {
          real = realpathSync(abs);
        } catch {
          continue;
        }
        if (!visited.has(real)) {
          visited.add(real);
          stack.push(abs);
        }
      } else if (e.isFile() && want(rel, abs)) out.push(abs);
    }
  }
  return out;
}

function relativePath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}
