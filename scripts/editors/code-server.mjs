// Installs code-server (the real VS Code workbench and extension host, served
// to a browser) on demand into a cache outside the source tree, and starts and
// stops it. It stays out of package.json: it builds native modules against
// system headers, which a plain `npm ci` on a fresh machine could not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { requirePackages } from './system.mjs';

/** The newest code-server that runs on Node 20 (VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';
// What code-server 4.100.3's @vscode/ripgrep looks for before it downloads.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export function cacheRoot() {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'strategy-lint');
}

export function installDir() {
  return join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

export function codeServerBin() {
  return join(installDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

const MARKER = () => join(installDir(), '.complete');

/**
 * Install code-server unless a complete install is already cached. Returns the
 * entry script to run with node. `log` receives progress lines.
 */
export function ensureCodeServer(log = (m) => console.error(m)) {
  if (existsSync(MARKER()) && existsSync(codeServerBin())) return codeServerBin();
  requirePackages(['libkrb5-dev', 'ripgrep']);
  const dir = installDir();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'strategy-lint-code-server', private: true }, null, 2));

  // Workaround 1: seed @vscode/ripgrep's download cache with Debian's rg, in
  // the temporary folder npm's scripts will see.
  const tmp = process.env.TMPDIR || tmpdir();
  const rgCache = join(tmp, RIPGREP_CACHE);
  mkdirSync(rgCache, { recursive: true });
  const rgPath = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  const tar = spawnSync('tar', ['czf', join(rgCache, RIPGREP_TARBALL), '-C', join(rgPath, '..'), 'rg']);
  if (tar.status !== 0) throw new Error(`Could not make the ripgrep cache tarball: ${tar.stderr}`);

  log(`Installing code-server ${CODE_SERVER_VERSION} into ${dir} (about a minute, once)...`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      TMPDIR: tmp,
      // Workaround 2: as root, code-server's postinstall refuses to run without this.
      npm_config_unsafe_perm: 'true',
      // Workaround 3: node-pty's postinstall calls npx, which would wait for a "yes".
      npm_config_yes: 'true',
    },
  });
  if (r.status !== 0 || !existsSync(codeServerBin())) {
    throw new Error(`Installing code-server ${CODE_SERVER_VERSION} failed (npm exit ${r.status}); see the npm output above.`);
  }
  writeFileSync(MARKER(), `${new Date().toISOString()}\n`);
  return codeServerBin();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Fresh, existing folders for one code-server run (its mkdir is not recursive). */
export function freshDirs(prefix = 'strategy-lint-cs-') {
  const root = mkdtempSync(join(process.env.TMPDIR || tmpdir(), prefix));
  const dirs = { root, userData: join(root, 'user-data'), extensions: join(root, 'extensions'), config: join(root, 'config.yaml') };
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(dirs.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return dirs;
}

function baseArgs(dirs) {
  return [
    '--config', dirs.config,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  ];
}

function env() {
  // An empty gallery means it never tries to reach a marketplace.
  return { ...process.env, EXTENSIONS_GALLERY: '{}' };
}

/** Install a .vsix into the run's extensions folder. */
export function installVsix(bin, dirs, vsix) {
  const r = spawnSync(process.execPath, [bin, ...baseArgs(dirs), '--install-extension', vsix, '--force'], { env: env(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code-server could not install ${vsix}:\n${r.stdout}${r.stderr}`);
}

/**
 * Start code-server on loopback in its own process group, and resolve once
 * /healthz answers. `stop()` ends the whole group: killing only the main
 * process would leave its file watchers behind.
 */
export async function startCodeServer(bin, dirs, { settings, log = () => {}, port: wanted } = {}) {
  if (settings) writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const port = wanted ?? (await freePort());
  const child = spawn(process.execPath, [bin, ...baseArgs(dirs), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none'], {
    env: env(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (d) => {
    output += d;
    log(String(d));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    // The watchers share the group; make sure none outlive the server.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group is empty
    }
  };
  // Poll /healthz: code-server gives no other signal that it is ready.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const gone = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 200))]);
    if (gone) throw new Error(`code-server exited before it was ready (${JSON.stringify(gone)}):\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not become ready within 60 s:\n${output}`);
    }
  }
  return { url, port, child, stop, output: () => output };
}

/** Options for Debian's Chromium under playwright-core, with a fresh profile. */
export function chromiumOptions() {
  return {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  };
}
