// Turning command-line arguments into files: plain files, folders (searched
// for Markdown) and globs. Results are sorted and each file appears once.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export class UsageError extends Error {}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

export async function expandInputs(args: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string, asGiven = false) => {
    const key = p === '-' ? '-' : resolve(cwd, p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p === '-' || asGiven ? p : relativePath(cwd, key));
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    let stat;
    try {
      stat = statSync(resolve(cwd, arg));
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = await glob(['**/*.md', '**/*.markdown'], { cwd: resolve(cwd, arg), ignore: IGNORE, absolute: true, dot: false });
      if (found.length === 0) throw new UsageError(`no Markdown files in folder "${arg}"`);
      for (const f of found.sort()) add(f);
    } else if (stat?.isFile()) {
      add(arg, true);
    } else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, ignore: IGNORE, absolute: true });
      if (found.length === 0) throw new UsageError(`no files match "${arg}"`);
      for (const f of found.sort()) add(f);
    } else {
      throw new UsageError(`no such file or folder: "${arg}"`);
    }
  }
  return out;
}

function relativePath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}
