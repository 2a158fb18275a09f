// "Open a Word or PDF strategy as Markdown": converts a .docx or .pdf with the
// same converter as the command line, writes the Markdown beside it (asking
// before replacing a file), opens it and turns checks on for it. The converter
// is its own bundle (dist/convert.js), loaded only when the command runs, so
// PDF.js and mammoth cost nothing at activation.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type * as Convert from '../../server/src/convert/index';

export const OPEN_AS_MARKDOWN_COMMAND = 'strategyLint.openAsMarkdown';
const MAX_BYTES = 50 * 1024 * 1024;

export function registerConvertCommand(context: vscode.ExtensionContext): void {
  let converter: typeof Convert | undefined;
  const load = () => (converter ??= require(path.join(context.extensionPath, 'dist', 'convert.js')) as typeof Convert);
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_AS_MARKDOWN_COMMAND, (uri?: vscode.Uri) => openAsMarkdown(load, uri)));
}

/** Returns the Markdown file opened, or undefined when nothing was opened. */
async function openAsMarkdown(load: () => typeof Convert, uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (!(uri instanceof vscode.Uri)) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word or PDF': ['docx', 'pdf'] }, openLabel: 'Open as Markdown' });
    uri = picked?.[0];
    if (!uri) return undefined;
  }
  const name = path.posix.basename(uri.path);
  const ext = path.posix.extname(uri.path).toLowerCase();
  if (!['.docx', '.pdf', '.doc'].includes(ext)) {
    void vscode.window.showErrorMessage(`Strategy Lint opens Word (.docx) and PDF files as Markdown, and ${name} is neither.`);
    return undefined;
  }
  const target = uri.with({ path: uri.path.slice(0, -ext.length) + '.md' });
  let markdown: string;
  let notes: string[];
  try {
    const size = (await vscode.workspace.fs.stat(uri)).size;
    if (size > MAX_BYTES) throw new Error(`${name} is ${Math.round(size / 1024 / 1024)} MB, over the limit of 50 MB for a strategy`);
    const bytes = await vscode.workspace.fs.readFile(uri);
    const c = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Converting ${name} to Markdown` }, () =>
      load().convertBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, ext),
    );
    markdown = c.markdown;
    notes = c.notes;
  } catch (e) {
    void vscode.window.showErrorMessage(`Strategy Lint could not open ${name}: ${(e as Error).message}`);
    return undefined;
  }
  if (await exists(target)) {
    const replace = 'Replace';
    const choice = await vscode.window.showWarningMessage(`${path.posix.basename(target.path)} already exists. Replace it with the Markdown from ${name}?`, { modal: true }, replace);
    if (choice !== replace) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(markdown, 'utf8'));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  if (editor.document.languageId === 'markdown') await vscode.commands.executeCommand('strategyLint.checkDocument');
  if (notes.length) void vscode.window.showInformationMessage(`${name}: ${notes.join('; ')}.`);
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
