// System prerequisites of the editor tests: fail at once, naming the exact
// `apt-get install` line, rather than half-way through a run.
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian package -> how we know it is there. */
const PACKAGES = [
  { pkg: 'chromium', ok: () => onPath('chromium') },
  { pkg: 'neovim', ok: () => onPath('nvim') },
  { pkg: 'emacs-nox', ok: () => onPath('emacs') },
  { pkg: 'elpa-eglot', ok: hasEglot },
  // code-server's kerberos module builds against these headers.
  { pkg: 'libkrb5-dev', ok: () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h') },
  // code-server's @vscode/ripgrep would otherwise download rg from GitHub.
  { pkg: 'ripgrep', ok: () => onPath('rg') },
  // The pre-commit hook's test runs `pre-commit try-repo`.
  { pkg: 'pre-commit', ok: () => onPath('pre-commit') },
];

export const ALL_PACKAGES = PACKAGES.map((p) => p.pkg);

function onPath(cmd) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, cmd), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

function hasEglot() {
  for (const root of ['/usr/share/emacs/site-lisp/elpa', '/usr/share/emacs/site-lisp/elpa-src']) {
    try {
      if (readdirSync(root).some((d) => d.startsWith('eglot-'))) return true;
    } catch {
      // folder absent
    }
  }
  return false;
}

/** The Debian packages that are missing, in install order. */
export function missingPackages(wanted = ALL_PACKAGES) {
  return PACKAGES.filter((p) => wanted.includes(p.pkg) && !p.ok()).map((p) => p.pkg);
}

/** The one line that installs them. */
export function aptLine(pkgs = ALL_PACKAGES) {
  return `apt-get update && apt-get install -y ${pkgs.join(' ')}`;
}

/** Throw with the fix when anything is missing. */
export function requirePackages(wanted = ALL_PACKAGES) {
  const missing = missingPackages(wanted);
  if (missing.length) {
    const e = new Error(`Missing system package${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Install with:\n\n  ${aptLine(missing)}\n`);
    e.code = 'MISSING_SYSTEM_PACKAGES';
    throw e;
  }
}

// Run directly: exit 1 with the apt-get line when anything is missing.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  try {
    requirePackages();
    console.log(`System packages present: ${ALL_PACKAGES.join(', ')}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
