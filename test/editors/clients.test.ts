// Neovim 0.7 and Emacs 28 + eglot as real LSP clients, headless: the server,
// started as docs/editors.md says (`strategy-lint-language-server --stdio`,
// from the npm package packed and installed into a fresh project, found on
// PATH), pushes the expected diagnostics for a fixture strategy,
// updates them after an edit, and returns a code action that works when the
// editor applies it. Each editor runs a script (clients/check.*) that writes
// what it saw as JSON; run by `npm run test:editors`.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { docsUrl } from '../../server/src/core/rules/index';
import { packAndInstall, type Installed } from '../package/install';

const root = resolve(__dirname, '..', '..', '..');
const fixture = join(root, 'test', 'fixtures', 'editors', 'digital-strategy.md');
const clients = join(root, 'test', 'editors', 'clients');

interface Diag { line: number; character: number; code: string; severity: number; source: string; message: string; href: string | null }
interface Result {
  error?: string;
  initial?: Diag[];
  shown?: number;
  after_edit?: Diag[];
  actions?: string[];
  applied?: string;
  after_action?: Diag[];
  text: string;
}

async function drive(editor: 'nvim' | 'emacs', installed: Installed): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), `strategy-lint-${editor}-`));
  try {
    copyFileSync(fixture, join(dir, 'digital-strategy.md'));
    const out = join(dir, 'result.json');
    const [cmd, args] = editor === 'nvim'
      ? ['nvim', ['--headless', '--clean', '-u', join(clients, 'check.lua'), 'digital-strategy.md']]
      : ['emacs', ['--batch', '-l', join(clients, 'check.el'), 'digital-strategy.md']];
    const child = spawn(cmd as string, args as string[], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // The command the editor starts, as the set-up docs give it, found on
        // PATH in the project's node_modules/.bin.
        PATH: `${join(installed.project, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
        STRATEGY_LINT_SERVER: 'strategy-lint-language-server',
        STRATEGY_LINT_RESULT: out,
        // Shorten the horizon in the title: the time-horizon error must go.
        STRATEGY_LINT_EDIT_LINE: '0',
        STRATEGY_LINT_EDIT_TEXT: '# Digital strategy 2025 to 2028',
        STRATEGY_LINT_EDIT_CLEARS: 'time-horizon',
        STRATEGY_LINT_ACTION_RULE: 'not-doing-section',
        STRATEGY_LINT_ACTION_TITLE: 'Insert section: What we will not do',
      },
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    let result: Result;
    try {
      result = JSON.parse(readFileSync(out, 'utf8')) as Result;
    } catch {
      throw new Error(`${editor} wrote no result (exit ${code}):\n${log}`);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = (ds: Diag[] | undefined) => (ds ?? []).map((d) => `${d.line}:${d.character} ${d.code}`);

describe('LSP clients starting the installed package\'s strategy-lint-language-server', () => {
  let installed: Installed | undefined;
  before(function () {
    this.timeout(120_000);
    installed = packAndInstall();
  });
  after(() => installed?.remove());

  for (const editor of ['nvim', 'emacs'] as const) {
    describe(`${editor === 'nvim' ? 'Neovim 0.7' : 'Emacs 28 + eglot'} with the server over stdio`, function () {
      this.timeout(90_000);
      let r: Result;
      before(async () => {
        r = await drive(editor, installed!);
      });

      it('receives the expected diagnostics, with rule ids, severities and docs links', () => {
        assert.ok(r.initial, r.error);
        const got = at(r.initial);
        for (const want of ['0:0 not-doing-section', '0:19 time-horizon', '8:2 measurable-outcome']) assert.ok(got.includes(want), `${want} missing from ${got.join(', ')}`);
        const horizon = r.initial.find((d) => d.code === 'time-horizon')!;
        assert.equal(horizon.severity, 1, 'time-horizon is an error');
        assert.match(horizon.message, /7 years, more than the 5 years/);
        for (const d of r.initial) {
          assert.equal(d.source, 'strategy-lint');
          assert.equal(d.href, docsUrl(d.code));
        }
        assert.ok((r.shown ?? 0) >= r.initial.length, `the editor shows ${r.shown} of ${r.initial.length} diagnostics`);
      });

      it('updates the diagnostics after an edit', () => {
        assert.ok(r.after_edit, r.error);
        const got = at(r.after_edit);
        assert.ok(!got.some((g) => g.endsWith('time-horizon')), got.join(', '));
        assert.ok(got.includes('0:0 not-doing-section'), 'an unrelated finding stays');
      });

      it('applies the "Insert section" code action, and the finding goes away', () => {
        assert.ok(r.after_action, r.error);
        assert.equal(r.applied, 'Insert section: What we will not do');
        assert.match(r.text, /- Reduce the time nurses spend .*\n\n## What we will not do\n\n- We will not \[.*\n- We will stop \[.*\n\n## Governance\n/);
        const got = at(r.after_action);
        assert.ok(!got.includes('0:0 not-doing-section'), got.join(', '));
        assert.ok(got.includes('8:2 measurable-outcome'), 'other findings stay');
      });
    });
  }
});
