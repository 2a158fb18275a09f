// Runs the built command line on some Markdown files at default settings and
// returns its JSON report, for the corpus scripts (eval.mjs,
// findings-for-reading.mjs). Exits 2 when the command line fails.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The `--format json` report of every finding (hints included) in `files`. */
export function lintJson(files) {
  const cli = spawnSync(process.execPath, [join(root, 'bin', 'strategy-lint.js'), '--format', 'json', '--max-severity', 'error', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (cli.status !== 0 && cli.status !== 1) {
    console.error(`strategy-lint exited with ${cli.status}:\n${cli.stderr}`);
    process.exit(2);
  }
  return JSON.parse(cli.stdout);
}
