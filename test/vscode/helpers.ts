// Helpers for the extension tests: open fixture files in the test workspace
// and wait for what the extension does, by event, never by sleeping.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'strategy-lint.strategy-lint';
/** How long any one wait may take before the test fails with a description. */
export const WAIT_MS = 30_000;

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the extension tests need a workspace folder (the fixture copy)');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc);
}

/** strategy-lint's diagnostics for a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'strategy-lint');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  return ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${vscode.DiagnosticSeverity[d.severity]} ${ruleOf(d)}`).join(', ') || '(none)';
}

/** Fail with what was waited for, rather than a bare mocha timeout. */
export function within<T>(what: string, p: Promise<T>, describe: () => string = () => '', ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${ms / 1000} s for ${what}${describe() ? `; last seen: ${describe()}` : ''}`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Resolve with the document's diagnostics once `pred` holds, checking on each onDidChangeDiagnostics. */
export function diagnosticsWhere(uri: vscode.Uri, pred: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  let sub: vscode.Disposable | undefined;
  const p = new Promise<vscode.Diagnostic[]>((resolve) => {
    const check = () => {
      const ds = ours(uri);
      if (!pred(ds)) return false;
      sub?.dispose();
      resolve(ds);
      return true;
    };
    if (check()) return;
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
  });
  return within(what, p, () => describeDiagnostics(ours(uri))).finally(() => sub?.dispose());
}

export const hasRule = (id: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === id);
export const lacksRule = (id: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => ruleOf(d) === id);

/** The text of the extension's output channel, from the log file VS Code keeps of it. */
export function outputChannelText(name = 'Strategy Lint'): string {
  const logs = process.env.STRATEGY_LINT_TEST_LOGS;
  if (!logs) throw new Error('STRATEGY_LINT_TEST_LOGS is not set: the runner says where VS Code keeps its logs');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith(`${name}.log`)) found.push(p);
    }
  };
  walk(logs);
  return found.map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** Child processes of this extension host whose command line contains `needle` (Linux /proc). */
export function childProcesses(needle: string): number[] {
  const pids: number[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${e}/cmdline`, 'utf8').includes(needle)) pids.push(Number(e));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
