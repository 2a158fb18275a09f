// The npm package as a user gets it: `npm pack` (which runs prepack's build),
// then the tarball installed into an empty project with `npm install -D`.
// The package has no dependencies, so this needs no registry (--offline).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository: tests are bundled to out/test/<folder>/. */
export const repoRoot = resolve(__dirname, '..', '..', '..');

export interface PackResult {
  name: string;
  version: string;
  filename: string;
  /** The tarball's size in bytes. */
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

export interface Installed {
  /** The user's project, with strategy-lint in node_modules. */
  project: string;
  tarball: string;
  pack: PackResult;
  /** An installed command, node_modules/.bin/<name>. */
  bin(name: 'strategy-lint' | 'strategy-lint-language-server'): string;
  remove(): void;
}

export function packAndInstall(): Installed {
  const root = mkdtempSync(join(tmpdir(), 'strategy-lint-package-'));
  try {
    const packDir = join(root, 'pack');
    mkdirSync(packDir);
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const pack = (JSON.parse(out) as PackResult[])[0];
    const tarball = join(packDir, pack.filename);
    const project = join(root, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-trust-strategy', version: '1.0.0', private: true }, null, 2) + '\n');
    execFileSync('npm', ['install', '-D', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return {
      project,
      tarball,
      pack,
      bin: (name) => join(project, 'node_modules', '.bin', name),
      remove: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    const err = e as Error & { stderr?: string };
    throw new Error(`packing or installing the package failed: ${err.message}\n${err.stderr ?? ''}`);
  }
}
