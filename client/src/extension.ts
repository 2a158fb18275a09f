// The VS Code extension: starts the bundled language server over Node IPC and
// adds what LSP has no words for: the status bar scorecard, the scorecard
// view, "insert section", opting a document in, and restarting the server.
// It knows nothing about strategies itself: everything comes from the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CHECK_DOCUMENT,
  MISSING_SECTIONS,
  SHOW_SCORECARD_COMMAND,
  STATUS,
  type MissingSection,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { ScorecardPanel } from './scorecard-panel';
import { registerConvertCommand } from './convert-command';

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Strategy Lint');
  const status = vscode.window.createStatusBarItem('strategyLint.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Strategy Lint scorecard';
  status.command = SHOW_SCORECARD_COMMAND;
  const summaries = new Map<string, StatusParams>();
  const panel = new ScorecardPanel(() => client, String(context.extension.packageJSON.version ?? ''));
  context.subscriptions.push(output, status, panel);
  registerConvertCommand(context);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const restarts: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    outputChannel: output,
    initializationOptions: { statusNotifications: true },
    synchronize: { configurationSection: 'strategyLint' },
    errorHandler: {
      error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
      closed: () => {
        const now = Date.now();
        while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length >= MAX_RESTARTS) {
          output.appendLine(`The Strategy Lint server stopped ${MAX_RESTARTS + 1} times in 3 minutes, so it will not be restarted. Use "Strategy Lint: Restart server" to try again.`);
          return { action: CloseAction.DoNotRestart, message: 'The Strategy Lint server keeps stopping. See the "Strategy Lint" output for details.' };
        }
        restarts.push(now);
        output.appendLine(`${new Date().toISOString()} The Strategy Lint server stopped unexpectedly; restarting it.`);
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = new LanguageClient('strategyLint', 'Strategy Lint', serverOptions, clientOptions);

  const showStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const s = editor && summaries.get(editor.document.uri.toString());
    if (!s || !s.summary) {
      status.hide();
      return;
    }
    // The full summary is long; the bar shows the board questions and what is missing, the tooltip the rest.
    const parts = s.summary.split(' · ');
    const weak = parts.slice(1).filter((p) => !p.endsWith('✓'));
    status.text = `$(checklist) ${[parts[0].replace('Board questions ', 'Questions ').replace(' answered', ''), ...weak].join(' · ')}`;
    const findings = Object.entries(s.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');
    status.tooltip = new vscode.MarkdownString(`**Strategy Lint scorecard**\n\n${s.summary}\n\n${findings ? `Findings: ${findings}\n\n` : ''}Select to see the whole scorecard.`);
    status.show();
  };

  context.subscriptions.push(
    client.onNotification(STATUS, (p: StatusParams) => {
      summaries.set(p.uri, p);
      showStatus();
      panel.analysed(p.uri);
    }),
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped) {
        summaries.clear();
        showStatus();
      }
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      showStatus();
      panel.follow(e, !!(e && summaries.get(e.document.uri.toString())?.summary));
    }),
    vscode.workspace.onDidCloseTextDocument((d) => summaries.delete(d.uri.toString())),
    vscode.commands.registerCommand('strategyLint.checkDocument', () => checkDocument()),
    vscode.commands.registerCommand(SHOW_SCORECARD_COMMAND, async (uri?: string) => {
      const target = uri ?? activeMarkdown()?.document.uri.toString();
      if (target) await panel.show(target);
    }),
    vscode.commands.registerCommand('strategyLint.insertSection', () => insertSection()),
    vscode.commands.registerCommand('strategyLint.restartServer', async () => {
      output.appendLine(`${new Date().toISOString()} Restarting the Strategy Lint server on request.`);
      restarts.length = 0;
      await client?.restart();
    }),
  );

  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function activeMarkdown(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Strategy Lint works on Markdown documents: open one first.');
    return undefined;
  }
  return editor;
}

async function checkDocument(): Promise<void> {
  const editor = activeMarkdown();
  if (!editor || !client) return;
  await client.sendRequest(CHECK_DOCUMENT, { uri: editor.document.uri.toString() });
  void vscode.window.setStatusBarMessage('Strategy Lint is checking this document for the rest of the session.', 5000);
}

async function insertSection(): Promise<void> {
  const editor = activeMarkdown();
  if (!editor || !client) return;
  const missing = await client.sendRequest<MissingSection[]>(MISSING_SECTIONS, { uri: editor.document.uri.toString() });
  if (!missing.length) {
    void vscode.window.showInformationMessage('This document has every section Strategy Lint knows, or is not checked as a strategy.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    missing.map((m) => ({ label: m.title, detail: m.purpose, m })),
    { title: 'Insert section', placeHolder: 'Sections this strategy does not have yet' },
  );
  if (!picked || !client) return;
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(picked.m.edit);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage('The document changed while the section was being prepared. Run "Insert section" again.');
  }
}
