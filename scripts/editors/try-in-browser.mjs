// Try the extension by hand: VS Code (code-server) on loopback with the
// packaged .vsix installed, opened on a folder. Stop with Ctrl+C.
// Usage: node scripts/editors/try-in-browser.mjs [folder] [--port=N]
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { ensureCodeServer, freshDirs, installVsix, startCodeServer } from './code-server.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
// Without a folder, a scratch copy of the test fixtures, so edits never touch the repository.
const folder = given ? resolve(given) : mkdtempSync(resolve(tmpdir(), 'strategy-lint-try-ws-'));
if (!given) cpSync(resolve(root, 'test', 'fixtures', 'editors'), folder, { recursive: true });
const port = process.argv.find((a) => a.startsWith('--port='))?.slice(7);
const vsix = resolve(root, 'strategy-lint.vsix');

if (!existsSync(vsix)) {
  console.error(`No ${vsix}: run "npm run package" first.`);
  process.exit(1);
}
const bin = ensureCodeServer();
const dirs = freshDirs('strategy-lint-try-');
installVsix(bin, dirs, vsix);
const server = await startCodeServer(bin, dirs, { settings: { 'workbench.startupEditor': 'none' }, port: port ? Number(port) : undefined });
console.log(`VS Code with Strategy Lint: ${server.url}/?folder=${encodeURIComponent(folder)}`);
console.log('Listening on 127.0.0.1 only. Press Ctrl+C to stop.');
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  rmSync(dirs.root, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.once('exit', stop);
