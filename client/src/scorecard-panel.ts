// The scorecard panel: the board pack of the active strategy, live, in a
// webview beside the editor. The server builds the report's model; the same
// renderer as `strategy-lint report` turns it into HTML, here with links that
// move the cursor to the evidence and buttons that apply a quick fix. The
// webview runs one small script under a nonce and may load nothing else.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORT, type ReportResult } from '../../server/src/lsp/protocol';
import { findFix } from '../../server/src/report/model';
import { renderReport } from '../../server/src/report/render';

type Message = { type: 'reveal'; start: number; end: number } | { type: 'fix'; id: string };

export class ScorecardPanel implements vscode.Disposable {
  static readonly viewType = 'strategyLint.scorecard';
  private panel: vscode.WebviewPanel | undefined;
  private uri: string | undefined;
  private last: ReportResult | undefined;
  /** The editor column the document was in when the panel opened: links open it there. */
  private column: vscode.ViewColumn | undefined;
  private busy = false;
  private again = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly generator: string,
  ) {}

  /** Open the panel on a document (or bring it forward). Says so when the document is not checked. */
  async show(uri: string): Promise<void> {
    const result = await this.request(uri);
    if (!result) {
      void vscode.window.showInformationMessage('This document is not checked as a strategy. Use "Strategy Lint: Check this document" to check it.');
      return;
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
    this.column = editor?.viewColumn ?? vscode.ViewColumn.One;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        ScorecardPanel.viewType,
        'Scorecard',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.uri = undefined;
        this.last = undefined;
      }, undefined, this.subscriptions);
      this.panel.webview.onDidReceiveMessage((m: Message) => void this.onMessage(m), undefined, this.subscriptions);
    } else {
      this.panel.reveal(undefined, true);
    }
    this.uri = uri;
    this.render(result);
  }

  /** The server analysed a document: refresh the panel if it shows that one. */
  analysed(uri: string): void {
    if (this.panel && uri === this.uri) void this.update();
  }

  /** The author moved to another editor: follow it if it is a checked strategy. */
  follow(editor: vscode.TextEditor | undefined, checked: boolean): void {
    if (!this.panel || !editor || !checked || editor.document.languageId !== 'markdown') return;
    const uri = editor.document.uri.toString();
    if (uri === this.uri) return;
    this.uri = uri;
    this.column = editor.viewColumn;
    void this.update();
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }

  /** Ask for the report again; edits arriving while a request is out are coalesced into one more. */
  private async update(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    try {
      do {
        this.again = false;
        const uri = this.uri;
        if (!uri || !this.panel) return;
        const result = await this.request(uri);
        if (result && uri === this.uri) this.render(result);
      } while (this.again);
    } finally {
      this.busy = false;
    }
  }

  private async request(uri: string): Promise<ReportResult | null> {
    const client = this.client();
    if (!client) return null;
    try {
      return await client.sendRequest<ReportResult | null>(REPORT, { uri });
    } catch {
      return null;
    }
  }

  private render(result: ReportResult): void {
    if (!this.panel) return;
    this.last = result;
    this.panel.title = `Scorecard: ${result.model.path}`;
    const nonce = randomBytes(16).toString('base64');
    this.panel.webview.html = renderReport(result.model, { target: 'panel', nonce, generator: `Strategy Lint ${this.generator}` });
  }

  private async document(): Promise<vscode.TextDocument | undefined> {
    if (!this.last) return undefined;
    const uri = this.last.uri;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)));
  }

  private async onMessage(m: Message): Promise<void> {
    const doc = await this.document();
    if (!doc || !this.last) return;
    if (m.type === 'reveal') {
      const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
      await vscode.window.showTextDocument(doc, { viewColumn: this.column ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
      return;
    }
    const fix = findFix(this.last.model, m.id);
    if (!fix) return;
    if (doc.version !== this.last.version) {
      void vscode.window.showWarningMessage('The document changed since the scorecard was drawn. Try the quick fix again in a moment.');
      void this.update();
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
    if (!(await vscode.workspace.applyEdit(edit))) void vscode.window.showWarningMessage(`"${fix.title}" could not be applied.`);
  }
}
