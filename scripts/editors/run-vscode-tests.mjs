// Runs the extension tests (test/vscode/, built to out/test/vscode/) in the VS
// Code extension host with @vscode/test-electron's standard runTests. Here the
// "VS Code executable" is our code-server launcher; set VSCODE_EXECUTABLE to
// a desktop VS Code's binary, or pass --desktop to let test-electron download
// one where that is possible, and the same suite runs there unchanged.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = resolve(import.meta.dirname, '..', '..');

/** Copy the fixture workspace, since the tests edit and save files in it. */
export function freshWorkspace() {
  const dir = mkdtempSync(join(process.env.TMPDIR || tmpdir(), 'strategy-lint-ws-'));
  cpSync(join(root, 'test', 'fixtures', 'editors'), dir, { recursive: true });
  return dir;
}

export async function runVscodeTests({ desktop = false } = {}) {
  const workspace = freshWorkspace();
  try {
    await runTests({
      vscodeExecutablePath: desktop ? undefined : process.env.VSCODE_EXECUTABLE || join(root, 'scripts', 'editors', 'code-server-launcher.mjs'),
      version: '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'vscode', 'index.js'),
      launchArgs: [workspace, '--disable-extensions'],
      // Where a desktop VS Code keeps its logs under runTests (the launcher sets its own).
      extensionTestsEnv: { STRATEGY_LINT_TEST_LOGS: join(root, '.vscode-test', 'user-data') },
    });
    return 0;
  } catch (e) {
    console.error(e?.message ?? e);
    return 1;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await runVscodeTests({ desktop: process.argv.includes('--desktop') });
}
