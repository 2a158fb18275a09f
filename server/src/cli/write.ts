// Writing a fixed file without risk to the original: write a temporary file
// beside it with the same mode, then rename it over the original. If anything
// fails, the original is untouched and the temporary file is removed.
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileSafely(path: string, content: string): void {
  const st = statSync(path);
  // Refuse read-only files rather than replacing them behind the owner's back.
  if ((st.mode & 0o222) === 0) throw new Error('the file is read-only');
  const tmp = join(dirname(path), `.${basename(path)}.strategy-lint-${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', st.mode & 0o777);
    writeSync(fd, content, null, 'utf8');
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(tmp, st.mode & 0o7777);
    renameSync(tmp, path);
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
