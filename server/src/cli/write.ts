// Writing a fixed file without risk to the original: write a temporary file
// beside it with the same mode (and owner, where allowed), then rename it over
// the original. If anything fails, the original is untouched and the temporary
// file is removed. A symlink is followed, so the link itself stays a link.
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface WriteGuard {
  /** The file's modification time and size when it was read: if either changed since, nothing is written. */
  mtimeMs: number;
  size: number;
}

export function writeFileSafely(path: string, content: string | Buffer, guard?: WriteGuard): void {
  const target = realpathSync(path);
  const st = statSync(target);
  // Refuse read-only files rather than replacing them behind the owner's back.
  if ((st.mode & 0o222) === 0) throw new Error('the file is read-only');
  if (guard && (st.mtimeMs !== guard.mtimeMs || st.size !== guard.size)) throw new Error('the file changed while it was being checked');
  const tmp = join(dirname(target), `.${basename(target)}.strategy-lint-${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', st.mode & 0o777);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(tmp, st.mode & 0o7777);
    if (process.getuid?.() === 0) chownSync(tmp, st.uid, st.gid);
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    throw e;
  }
}
