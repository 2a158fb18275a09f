// The VS Code extension: starts the bundled language server over Node IPC and
// adds what LSP has no words for: the status bar scorecard and the toggle
// between strategy issues and everything, the scorecard view, "insert
// section" (showing what went in), turning a check off with a reason, the
// cursor for focus mode, snippets offered as you type, an offer to check a
// file that looks like a strategy, opting a document in, and restarting the
// server. It knows nothing about strategies itself: everything comes from the server.
import * as path from 'node:path';
import * as jsonc from 'jsonc-parser';
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
import { snippets } from './editor-files';
import type { TurnOffArgs } from '../../server/src/lsp/features';
import {
  CHECK_DOCUMENT,
  CURSOR,
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
  const showToggle = vscode.window.createStatusBarItem('strategyLint.show', vscode.StatusBarAlignment.Right, 99);
  showToggle.name = 'Strategy Lint: which findings to show';
  showToggle.command = 'strategyLint.toggleShow';
  context.subscriptions.push(output, status, showToggle, panel);
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
    initializationOptions: { statusNotifications: true, commands: true, hoverWithoutMessages: true },
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
    const show = vscode.workspace.getConfiguration('strategyLint', editor.document.uri).get<string>('show', 'everything');
    showToggle.text = show === 'strategy' ? '$(filter-filled) Strategy issues' : '$(filter) Everything';
    showToggle.tooltip = show === 'strategy' ? 'Strategy Lint shows strategy issues only. Select to show writing findings too.' : 'Strategy Lint shows strategy issues and writing findings. Select to show strategy issues only.';
    showToggle.show();
  };
  const hideStatus = status.hide.bind(status);
  status.hide = () => {
    hideStatus();
    showToggle.hide();
  };

  context.subscriptions.push(
    client.onNotification(STATUS, (p: StatusParams) => {
      summaries.set(p.uri, p);
      showStatus();
      panel.analysed(p.uri);
      if (!p.summary) void offerToCheck(context, p.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('strategyLint.show')) showStatus();
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => cursorMoved(e.textEditor)),
    vscode.workspace.onDidChangeTextDocument((e) => offerSnippets(e, summaries)),
    vscode.commands.registerCommand('strategyLint.toggleShow', () => toggleShow()),
    vscode.commands.registerCommand('strategyLint.reveal', (uri: string, range: { start: vscode.Position; end: vscode.Position }) => reveal(uri, range)),
    vscode.commands.registerCommand('strategyLint.turnOffCheck', (args: TurnOffArgs) => turnOffCheck(args)),
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
  const inserted = edit.get(editor.document.uri)[0];
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage('The document changed while the section was being prepared. Run "Insert section" again.');
    return;
  }
  if (inserted) {
    // Show and select what went in, from its heading to its last line.
    const startOffset = editor.document.offsetAt(inserted.range.start);
    const lead = /^\s*/.exec(inserted.newText)![0].length;
    const body = inserted.newText.slice(lead).replace(/\s+$/, '');
    const start = editor.document.positionAt(startOffset + lead);
    const end = editor.document.positionAt(startOffset + lead + body.length);
    await reveal(editor.document.uri.toString(), { start, end });
  }
}

/** Select a range and scroll it to the middle of the editor (after a quick fix inserted it). */
async function reveal(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(new vscode.Range(r.start, r.start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function toggleShow(): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const config = vscode.workspace.getConfiguration('strategyLint', uri);
  const next = config.get<string>('show', 'everything') === 'strategy' ? 'everything' : 'strategy';
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('show', next, target);
  void vscode.window.setStatusBarMessage(next === 'strategy' ? 'Strategy Lint: showing strategy issues only.' : 'Strategy Lint: showing everything, writing findings too.', 4000);
}

let cursorTimer: NodeJS.Timeout | undefined;

/** Focus mode: tell the server where the cursor is, so it holds back findings on the sentence being typed. */
function cursorMoved(editor: vscode.TextEditor): void {
  if (editor.document.languageId !== 'markdown' || !client) return;
  if (cursorTimer) clearTimeout(cursorTimer);
  cursorTimer = setTimeout(() => {
    const p = editor.selection.active;
    void client?.sendNotification(CURSOR, { uri: editor.document.uri.toString(), position: { line: p.line, character: p.character } });
  }, 60);
}

const SNIPPET_PREFIXES = Object.values(snippets()).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));

/**
 * VS Code's Markdown defaults show no suggestions as you type, so in a
 * checked strategy a word at the start of a line that begins one of our
 * snippet prefixes ("str", "section-", "outcomes") opens the suggestions.
 */
function offerSnippets(e: vscode.TextDocumentChangeEvent, summaries: Map<string, StatusParams>): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document !== e.document || e.contentChanges.length !== 1) return;
  if (!summaries.get(e.document.uri.toString())?.summary) return;
  const change = e.contentChanges[0];
  if (!/^[A-Za-z-]$/.test(change.text)) return;
  const pos = change.range.start.translate(0, 1);
  const typed = e.document.lineAt(pos.line).text.slice(0, pos.character);
  const m = /^[ \t]*([A-Za-z][\w-]*)$/.exec(typed);
  if (!m || m[1].length < 3) return;
  const w = m[1].toLowerCase();
  if (SNIPPET_PREFIXES.some((p) => p.startsWith(w) && p !== w)) void vscode.commands.executeCommand('editor.action.triggerSuggest');
}

/** One check turned off, where the writer chooses, with the writer's reason. */
async function turnOffCheck(args: TurnOffArgs): Promise<void> {
  if (!client || !args.checks.length) return;
  let check = args.checks[0];
  if (args.checks.length > 1) {
    const picked = await vscode.window.showQuickPick(
      args.checks.map((c) => ({ label: c.ruleId, detail: c.message, c })),
      { title: 'Turn off a check', placeHolder: 'Which check?' },
    );
    if (!picked) return;
    check = picked.c;
  }
  type Where = vscode.QuickPickItem & { where: 'line' | 'file' | 'workspace' | 'config' };
  const places: Where[] = [
    ...(check.lineEdit ? [{ label: 'For this line', detail: 'Adds a comment above the line, with your reason.', where: 'line' as const }] : []),
    { label: 'For this file', detail: 'Adds a comment at the top of the document, with your reason.', where: 'file' },
    { label: 'For this workspace', detail: `Sets strategyLint.rules.${check.ruleId} to "off" in the workspace settings.`, where: 'workspace' },
    { label: 'In the config file', detail: `Sets "${check.ruleId}": "off" in .strategy-lint.json, with your reason, for everyone who checks these files (the CLI in CI too).`, where: 'config' },
  ];
  const where = await vscode.window.showQuickPick(places, { title: `Turn off ${check.ruleId}`, placeHolder: 'Where?' });
  if (!where) return;
  const reason = await vscode.window.showInputBox({
    title: `Turn off ${check.ruleId}`,
    prompt: 'Why? Say it for the next person who reads this (for example "our board agreed a 10-year estates plan").',
    placeHolder: 'reason',
  });
  if (reason === undefined) return;
  const why = reason.trim().replace(/-->/g, '').replace(/[\r\n]+/g, ' ') || 'no reason given';
  if (where.where === 'line' || where.where === 'file') {
    const lsp = where.where === 'line' ? check.lineEdit! : check.fileEdit;
    const withReason: typeof lsp = JSON.parse(JSON.stringify(lsp).split('[reason]').join(why.replace(/["\\]/g, '\\$&')));
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(withReason);
    if (!(await vscode.workspace.applyEdit(edit))) void vscode.window.showWarningMessage('The document changed meanwhile. Try "Turn off this check" again.');
    return;
  }
  const uri = vscode.Uri.parse(args.uri);
  if (where.where === 'workspace') {
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('strategyLint.rules', uri).update(check.ruleId, 'off', target);
    void vscode.window.showInformationMessage(`${check.ruleId} is off for this workspace (${why}).`);
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) {
    void vscode.window.showWarningMessage('A config file goes in a workspace folder: open the folder that holds this document first.');
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, '.strategy-lint.json');
  let text = '{}\n';
  try {
    text = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8');
  } catch {
    // a new file
  }
  const edits = jsonc.modify(text, ['rules', check.ruleId], 'off', { formattingOptions: { insertSpaces: true, tabSize: 2 } });
  let next = jsonc.applyEdits(text, edits);
  next = `// ${check.ruleId} is off: ${why}\n` + next;
  await vscode.workspace.fs.writeFile(file, Buffer.from(next, 'utf8'));
  void vscode.window.showTextDocument(file, { preview: true });
}

const ASKED_KEY = 'strategyLint.askedToCheck';

/** Whether a Markdown text looks like a strategy: a title naming a strategy or plan, and several headings or front matter. */
export function looksLikeStrategy(text: string): boolean {
  const head = text.slice(0, 20_000);
  const title = /^(?:---[\s\S]*?\btitle:\s*(.+)$|#\s+(.+)$)/m.exec(head);
  const t = (title?.[1] ?? title?.[2] ?? '').toLowerCase();
  if (!/\b(?:strateg(?:y|ies|ic)|plan|roadmap|vision)\b/.test(t)) return false;
  const headings = (head.match(/^#{1,3}\s+\S/gm) ?? []).length;
  return headings >= 3 || /^---\r?\n/.test(head);
}

/** A Markdown file that looks like a strategy but is not selected gets one offer to check it. */
async function offerToCheck(context: vscode.ExtensionContext, uri: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!doc || doc.languageId !== 'markdown' || !looksLikeStrategy(doc.getText())) return;
  const asked = context.workspaceState.get<string[]>(ASKED_KEY, []);
  if (asked.includes(uri)) return;
  await context.workspaceState.update(ASKED_KEY, [...asked, uri]);
  const name = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
  const pick = await vscode.window.showInformationMessage(
    `${name} looks like a strategy, but Strategy Lint does not check it because of its name. Check it against the Digital Boards guidance?`,
    'Check it',
    'Always check this file',
    'Not now',
  );
  if (pick === 'Check it') await client?.sendRequest(CHECK_DOCUMENT, { uri });
  if (pick === 'Always check this file') {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const config = vscode.workspace.getConfiguration('strategyLint', doc.uri);
    const files = config.get<string[]>('files', []);
    const glob = folder ? vscode.workspace.asRelativePath(doc.uri, false) : `**/${name}`;
    await config.update('files', [...files, glob], folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global);
  }
}
