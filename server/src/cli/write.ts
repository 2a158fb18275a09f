// Writing a fixed file without risk to the original: write a temporary file
// beside it with the same mode (and owner, where allowed), check that the
// original still holds exactly what was checked, then rename the temporary
// file over it. If anything fails, the original is untouched and the temporary
// file is removed. A symlink is followed (the caller has made sure it leads to
// a file inside the folders given), so the link itself stays a link. A file
// with more than one hard link is refused: renaming over it would leave the
// other names holding the old text.
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface WriteGuard {
  /** The file's modification time and size when it was read: if either changed since, nothing is written. */
  mtimeMs: number;
  size: number;
  /** The bytes that were read and checked: the file must still hold exactly these just before the rename. */
  bytes?: Uint8Array;
  /** Called after the temporary file is written, just before the last check: a seam for tests to play an editor saving at that moment. */
  beforeRename?: () => void;
}

const CHANGED = 'the file changed while it was being fixed (perhaps an editor saved it); run --fix again';

export function writeFileSafely(path: string, content: string | Buffer, guard?: WriteGuard): void {
  const target = realpathSync(path);
  const st = statSync(target);
  // Refuse read-only files rather than replacing them behind the owner's back.
  if ((st.mode & 0o222) === 0) throw new Error('the file is read-only');
  if (st.nlink > 1) throw new Error(`it has ${st.nlink} hard links, and writing the fixes would split them`);
  if (guard && (st.mtimeMs !== guard.mtimeMs || st.size !== guard.size)) throw new Error(CHANGED);
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
    guard?.beforeRename?.();
    // Writing the temporary file takes time: a save that landed meanwhile must not be replaced.
    if (guard) {
      const now = statSync(target);
      if (now.mtimeMs !== guard.mtimeMs || now.size !== guard.size || now.ino !== st.ino) throw new Error(CHANGED);
      if (guard.bytes && !Buffer.from(guard.bytes.buffer, guard.bytes.byteOffset, guard.bytes.byteLength).equals(readFileSync(target))) throw new Error(CHANGED);
    }
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
