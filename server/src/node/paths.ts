// Where a file really is, and whether that is inside the project: shared by
// the command line and the language server, so that nothing a workspace
// holds (a symlink, a pipe, a device) can make either read or write a file
// outside it. See docs/security-model.md.
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

// Paths are at most a few thousand characters, so this bound is never the reason a walk ends early.
const MAX_DEPTH = 4096;

/** The nearest folder at or above `dir` holding `.git` or `package.json`; `dir` itself when there is none. */
export function projectRoot(dir: string): string {
  const start = resolve(dir);
  let current = start;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (existsSync(join(current, '.git')) || existsSync(join(current, 'package.json'))) return current;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return start;
}

/** Whether `path` is `root` or lies below it (both absolute, compared as written). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}

function realOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The real path of `path` and the first of `roots` whose real path holds it, if any. */
export function containment(path: string, roots: readonly string[]): { real?: string; root?: string } {
  const real = realOf(path);
  if (!real) return {};
  for (const r of roots) {
    const rr = realOf(r) ?? resolve(r);
    if (isInside(real, rr)) return { real, root: r };
  }
  return { real };
}

/** Thrown for a path that is not a regular file (a pipe, a device, a socket): such a thing is never read. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor() {
    super('it is not a regular file');
  }
}

/** Thrown when a file holds more than the caller allows. */
export class TooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(readonly limit: number) {
    super(`it is larger than the ${limit} bytes allowed`);
  }
}

/**
 * Read a regular file, at most `maxBytes` of it. Opened without blocking, so a
 * named pipe is refused rather than waited on; a folder fails with EISDIR; the
 * size is counted as it is read, since files in /proc say they are empty.
 */
export function readRegularFile(path: string, maxBytes: number): { bytes: Buffer; stat: Stats } {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new NotRegularFileError();
    if (stat.size > maxBytes) throw new TooLargeError(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 0) + 65536, maxBytes + 1 - total));
      if (buf.length === 0) throw new TooLargeError(maxBytes);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new TooLargeError(maxBytes);
    }
    return { bytes: Buffer.concat(chunks, total), stat };
  } finally {
    closeSync(fd);
  }
}
