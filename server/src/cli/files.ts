// Turning command-line arguments into files: plain files, folders (searched
// for Markdown) and globs. Results are sorted and each file appears once.
// Word and PDF files are found in folders and globs only when asked for.
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export class UsageError extends Error {}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

const WORD_AND_PDF = /\.(docx|pdf)$/i;

export async function expandInputs(args: string[], cwd: string, options: { wordAndPdf?: boolean } = {}): Promise<string[]> {
  const wanted = (f: string) => options.wordAndPdf || !WORD_AND_PDF.test(f);
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
      const patterns = ['**/*.md', '**/*.markdown', ...(options.wordAndPdf ? ['**/*.docx', '**/*.pdf'] : [])];
      const found = await glob(patterns, { cwd: resolve(cwd, arg), ignore: IGNORE, absolute: true, dot: false });
      if (found.length === 0) throw new UsageError(`no Markdown${options.wordAndPdf ? ', Word or PDF' : ''} files in folder "${arg}"`);
      for (const f of found.sort()) add(f);
    } else if (stat?.isFile()) {
      add(arg, true);
    } else if (isDynamicPattern(arg)) {
      const matched = await glob(arg, { cwd, ignore: IGNORE, absolute: true });
      const found = matched.filter(wanted);
      if (found.length === 0) throw new UsageError(`no files match "${arg}"${matched.length ? ' (Word and PDF files are checked in globs only with --word-and-pdf)' : ''}`);
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
