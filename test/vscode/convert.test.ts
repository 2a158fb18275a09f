// "Open a Word or PDF strategy as Markdown" in the real VS Code: a .docx made
// here is converted, written beside itself, opened and checked, though its
// name would not opt it in.
import { strict as assert } from 'node:assert';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { makeDocx, STRATEGY, toMarkdown } from '../convert/make-docs';
import { diagnosticsWhere, EXTENSION_ID, hasRule, workspaceUri } from './helpers';

describe('Open a Word or PDF strategy as Markdown', () => {
  const docx = () => workspaceUri('board-paper.docx');
  const md = () => workspaceUri('board-paper.md');
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const u of [docx(), md()]) rmSync(u.fsPath, { force: true });
  });

  it('is offered in the Explorer for .docx and .pdf files', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const menu = pkg.contributes.menus['explorer/context'].find((m: { command: string }) => m.command === 'strategyLint.openAsMarkdown');
    assert.ok(menu, 'the command is in the Explorer context menu');
    const when = new RegExp(/=~ \/(.*)\/i$/.exec(menu.when)![1], 'i');
    assert.ok(when.test('.docx') && when.test('.PDF') && !when.test('.md'), menu.when);
  });

  it('converts a .docx, writes the Markdown beside it, opens it and checks it', async () => {
    writeFileSync(docx().fsPath, await makeDocx(STRATEGY));
    assert.ok(!existsSync(md().fsPath));
    const opened = await vscode.commands.executeCommand<vscode.Uri>('strategyLint.openAsMarkdown', docx());
    assert.equal(opened?.fsPath, md().fsPath);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, md().fsPath, 'the Markdown is the active editor');
    assert.equal(editor!.document.getText(), toMarkdown(STRATEGY));
    // "board-paper.md" matches none of the strategy globs: findings mean the command turned checks on.
    await diagnosticsWhere(md(), hasRule('resources-section'), 'findings on the converted Markdown');
  });
});
