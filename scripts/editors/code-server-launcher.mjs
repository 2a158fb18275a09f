#!/usr/bin/env node
// A "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }):
// it serves the real workbench with code-server on loopback, opens it in
// headless Chromium with the extension-development and extension-tests
// payload, forwards the extension host's log, and exits with the tests' code.
// It takes the arguments runTests passes to a desktop VS Code.
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumOptions, ensureCodeServer, freshDirs, startCodeServer } from './code-server.mjs';
import { requirePackages } from './system.mjs';

const TIMEOUT_MS = Number(process.env.STRATEGY_LINT_TEST_TIMEOUT_MS || 10 * 60_000);
const debug = !!process.env.STRATEGY_LINT_EDITOR_DEBUG;
// The workbench's own start-up chatter arrives on the same channel as the tests' output.
const NOISE = /^(?:Ignoring fetching additional builtin extensions|Creating a socket|Creation of workbench contribution|Resolv(?:ing|ed) connection token|\[Service Worker\]|ChatSessionStore:|Updating additional builtin extensions cache)/;

function parse(argv) {
  const out = { folder: undefined, devPaths: [], testsPath: undefined };
  for (const a of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(a);
    if (m && m[1] === 'extensionDevelopmentPath') out.devPaths.push(resolve(m[2]));
    else if (m && m[1] === 'extensionTestsPath') out.testsPath = resolve(m[2]);
    else if (!a.startsWith('-')) out.folder = resolve(a);
    // Desktop-only flags (--no-sandbox, --user-data-dir=..., ...) do not apply:
    // every run gets fresh folders of its own.
  }
  return out;
}

async function main() {
  const args = parse(process.argv.slice(2));
  if (!args.testsPath || !args.devPaths.length) {
    console.error('usage: code-server-launcher [folder] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE');
    return 2;
  }
  requirePackages(['chromium']);
  const bin = ensureCodeServer();
  const dirs = freshDirs();
  // The extension host inherits this: the tests read output channels' log files there.
  process.env.STRATEGY_LINT_TEST_LOGS = dirs.userData;
  const cs = await startCodeServer(bin, dirs, {
    settings: { 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'extensions.autoUpdate': false, 'update.mode': 'none' },
    log: debug ? (m) => process.stderr.write(`[code-server] ${m}`) : undefined,
  });
  let browser;
  try {
    browser = await chromium.launch(chromiumOptions());
    const page = await browser.newPage();
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const payload = [...args.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(args.testsPath)]];
    let settle;
    const done = new Promise((r) => (settle = r));
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      // The host's console arrives unformatted: an array of arguments or a string.
      const text = Array.isArray(message) ? message.map(String).join(' ') : String(message);
      if (!debug && NOISE.test(text)) return;
      (level === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) || 0 }));
    page.on('crash', () => settle({ code: 3, why: 'the browser tab crashed' }));
    cs.child.once('exit', () => settle({ code: 3, why: 'code-server exited during the tests' }));
    if (debug) page.on('console', (m) => process.stderr.write(`[page ${m.type()}] ${m.text()}\n`));
    const url = `${cs.url}/?${args.folder ? `folder=${encodeURIComponent(args.folder)}&` : 'ew=true&'}payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timer = setTimeout(() => settle({ code: 4, why: `the tests did not finish within ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS);
    const result = await done;
    clearTimeout(timer);
    if (result.why) console.error(`code-server-launcher: ${result.why}`);
    return result.code;
  } finally {
    await browser?.close().catch(() => {});
    await cs.stop();
    rmSync(dirs.root, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e?.message ?? e);
    process.exit(2);
  },
);
