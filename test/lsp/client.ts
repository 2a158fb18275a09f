// A small LSP client for the protocol tests: spawns the built server over
// stdio, answers its requests (settings, registrations, refreshes), keeps the
// open documents' text and versions, and applies workspace edits the way
// VS Code does, refusing a versioned edit for a version the document has left.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface ClientOptions {
  /** Whether the client supports pull diagnostics (VS Code) or only push (Neovim 0.7, eglot). */
  pull: boolean;
  /** What `workspace/configuration` answers for `strategyLint`. */
  settings?: Record<string, unknown>;
  rootUri?: string;
  initializationOptions?: unknown;
  /** How to talk to the server: stdio (Neovim, Emacs) or Node IPC (the VS Code client). */
  transport?: 'stdio' | 'ipc';
  /** An executable to start with --stdio instead of dist/server.js, such as an installed package's bin. */
  command?: string;
}

export class TestClient {
  readonly events = new EventEmitter();
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly logs: string[] = [];
  readonly docs = new Map<string, TextDocument>();
  refreshes = 0;
  settings: Record<string, unknown>;
  private constructor(
    readonly conn: MessageConnection,
    private readonly proc: ChildProcess,
    readonly stderr: string[],
  ) {
    this.settings = {};
  }

  static async start(opts: ClientOptions): Promise<TestClient> {
    const server = resolve('dist/server.js');
    const ipc = opts.transport === 'ipc';
    const proc = ipc
      ? fork(server, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
      : opts.command
        ? spawn(opts.command, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
        : spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    proc.stderr!.on('data', (d) => stderr.push(String(d)));
    const conn = ipc
      ? createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc))
      : createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const c = new TestClient(conn, proc, stderr);
    c.settings = opts.settings ?? {};
    conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map(() => c.settings));
    conn.onRequest('client/registerCapability', (p: unknown) => {
      c.events.emit('register', p);
      return null;
    });
    conn.onRequest('workspace/diagnostic/refresh', () => {
      c.refreshes++;
      c.events.emit('refresh');
      return null;
    });
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.onRequest('window/showMessageRequest', () => null);
    conn.onNotification('window/showMessage', (p: { message: string }) => c.logs.push(p.message));
    conn.onNotification('window/logMessage', (p: { message: string }) => c.logs.push(p.message));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      c.published.set(p.uri, p);
      c.events.emit('diagnostics', p);
    });
    conn.onNotification('strategyLint/status', (p: unknown) => c.events.emit('status', p));
    conn.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        workspaceEdit: { documentChanges: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        diagnostics: { refreshSupport: true },
        codeLens: { refreshSupport: true },
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        completion: { completionItem: { snippetSupport: false } },
        publishDiagnostics: { versionSupport: true },
        ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    };
    const registered = once(c.events, 'register');
    const init = await conn.sendRequest<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }>('initialize', {
      processId: process.pid,
      rootUri: opts.rootUri ?? null,
      workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'test' }] : null,
      capabilities,
      initializationOptions: opts.initializationOptions,
    });
    c.capabilities = init.capabilities;
    c.serverInfo = init.serverInfo;
    await conn.sendNotification('initialized', {});
    await registered; // the config-file watcher
    return c;
  }

  capabilities: Record<string, unknown> = {};
  serverInfo: { name: string; version?: string } | undefined;

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replace the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    TextDocument.update(doc, [{ text }], version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** The next push of diagnostics for `uri` that satisfies `accept`, or the latest if it already does. */
  pushed(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, includeLatest = false): Promise<PublishDiagnosticsParams> {
    const latest = this.published.get(uri);
    if (includeLatest && latest && accept(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => {
      const on = (p: PublishDiagnosticsParams) => {
        if (p.uri === uri && accept(p)) {
          this.events.off('diagnostics', on);
          resolve(p);
        }
      };
      this.events.on('diagnostics', on);
    });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const r = await this.conn.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    return r.items;
  }

  /** Apply a workspace edit as VS Code does; false when a versioned edit no longer matches the document. */
  async applyEdit(edit: WorkspaceEdit): Promise<boolean> {
    const changes: Array<{ uri: string; version: number | null; edits: TextEdit[] }> = [];
    for (const dc of edit.documentChanges ?? []) {
      if (!('textDocument' in dc)) return false;
      changes.push({ uri: dc.textDocument.uri, version: dc.textDocument.version, edits: dc.edits as TextEdit[] });
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) changes.push({ uri, version: null, edits });
    for (const c of changes) {
      const doc = this.docs.get(c.uri);
      if (!doc || (c.version !== null && c.version !== doc.version)) return false;
    }
    for (const c of changes) {
      const doc = this.docs.get(c.uri)!;
      await this.change(c.uri, TextDocument.applyEdits(doc, c.edits));
    }
    return true;
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = once(this.proc, 'exit');
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    await exited;
    this.conn.dispose();
  }
}
