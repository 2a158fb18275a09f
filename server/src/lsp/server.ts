// The language server: wires LSP requests to the analysis core, which runs in
// a worker thread (analysis-worker.ts, beside each document's ChunkCache).
// Holds the latest analysis per open document. Invariants: a result
// is stored only for the text it was computed from (counted by the server's
// own change generation, not the client's version numbers) and never
// replaces a newer one; positions are made only through convert.ts.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, relative, sep } from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, isVisible, resolveConfig, RULES, SEVERITY_RANK, type Config, type ConfigProblem, type Finding } from '../core/index';
import { findConfigFile, readConfigFile } from '../node/config-files';
import { Analyser, type Outcome } from './analyser';
import { received, uncheckedResult } from './analysis-worker';
import { positionedText, toDiagnostic, toSpan } from './convert';
import { codeActions, codeLenses, completion, hover, missingSections, type Analysed, type EditOptions } from './features';
import {
  CHECK_DOCUMENT,
  FIX_ALL_KIND,
  MISSING_SECTIONS,
  SCORECARD,
  STATUS,
  type CheckDocumentParams,
  type MissingSectionsParams,
  type ScorecardParams,
  type ScorecardResult,
  REPORT,
  type ReportParams,
  type ReportResult,
  type StatusParams,
  CURSOR,
  type CursorParams,
  type InitOptions,
} from './protocol';
import { rebase } from './rebase';
import { frontMatterSaysStrategy, matchesFiles, normaliseSettings, type Settings } from './settings';
import { VERSION } from '../version';

interface DocState {
  /** Counts content changes since the open; a result is current only for the generation it was computed from. */
  gen: number;
  /** The open fires a content event too; the first one is skipped. */
  seenOpen: boolean;
  timer?: NodeJS.Timeout;
  /** The latest stored result: an analysis, or null when the document is not a strategy. */
  result?: { gen: number; version: number; analysed: Analysed | null };
  /** Woken whenever a result is stored or the document closes. */
  waiters: Set<() => void>;
  /** The result whose findings are shown: the latest in "onType" mode, else the one of the last open, save or request. */
  shown?: { gen: number; version: number; analysed: Analysed | null };
  /** A check the writer asked for (open, save, request) that has not run yet. */
  runPending: boolean;
  /** Focus mode: where the cursor is, from the client (a position, read against the text being shown, which may be newer than the notification). */
  cursor?: { line: number; character: number };
  /** Focus mode: the findings (rule and message) shown last, which stay shown while the writer types. */
  shownKeys: Set<string>;
  /** Focus mode: the sentence held back, so that the cursor leaving it shows its findings. */
  heldSpan?: { start: number; end: number };
  /** The analysis on its way for a generation (under a settings epoch): asked for again, it is the same one. */
  inflight?: { gen: number; epoch: number; promise: Promise<void> };
  /** How long the last check took, from posting the text to its result (ms). */
  lastMs?: number;
  /** The last result moved onto the text of generation `gen`, for the requests on it. */
  moved?: { gen: number; from: DocState['result']; analysed: Analysed };
}

interface LoadedFileConfig {
  config: Config;
  file?: string;
}

/** A check that took this long (ms) makes a document slow: requests on it are answered from the last results when the current check is not ready within STALE_WAIT_MS. */
const SLOW_MS = 400;
const STALE_WAIT_MS = 20;
/**
 * Default longest analysis of one text before the analysis thread is ended (ms); `analysisTimeLimit`
 * in the initialization options sets it. Longer than the command line's 2 s: ending the thread
 * loses every open document's cache, and a cold check of a long document on a busy laptop can take
 * a few times what it takes on a quiet machine; the editor keeps answering meanwhile.
 */
const TIME_LIMIT_MS = 5_000;
/** The analysis thread's heap limit (MB): with the main thread, the server stays under 500 MB. */
const HEAP_MB = 320;

const CONFIG_GLOB = '**/.strategy-lint.{json,jsonc,yaml,yml}';
const SETTINGS_SOURCE = 'the strategyLint editor settings';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const optedIn = new Set<string>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const configByDir = new Map<string, LoadedFileConfig>();
  /** Config files whose problems are published, with the text they were read from. */
  const configDiagnostics = new Map<string, string>();
  const reportedSettingProblems = new Set<string>();
  let globalSettings: Settings = normaliseSettings({});
  let analyser: Analyser | undefined;
  /** Counts settings and config changes, so that an analysis begun under the old ones is dropped. */
  let epoch = 0;
  let folders: string[] = [];
  let foldersSupported = false;
  let caps = {
    pull: false,
    configuration: false,
    documentChanges: false,
    watchDynamic: false,
    diagnosticRefresh: false,
    codeLensRefresh: false,
    status: false,
    commands: false,
    hoverWithoutMessages: false,
  };

  connection.onInitialize((params): InitializeResult => {
    const c: ClientCapabilities = params.capabilities;
    caps = {
      pull: !!c.textDocument?.diagnostic,
      configuration: !!c.workspace?.configuration,
      documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
      watchDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
      codeLensRefresh: !!c.workspace?.codeLens?.refreshSupport,
      status: !!(params.initializationOptions as InitOptions | undefined)?.statusNotifications,
      commands: !!(params.initializationOptions as InitOptions | undefined)?.commands,
      hoverWithoutMessages: !!(params.initializationOptions as InitOptions | undefined)?.hoverWithoutMessages,
    };
    foldersSupported = !!c.workspace?.workspaceFolders;
    const limit = (params.initializationOptions as InitOptions | undefined)?.analysisTimeLimit;
    analyser = new Analyser({
      // The bundle this runs from (dist/server.js or the package's dist/strategy-lint.js) also holds the analysis thread.
      file: __filename,
      timeLimitMs: typeof limit === 'number' && limit > 0 ? limit : TIME_LIMIT_MS,
      heapMb: HEAP_MB,
      log: (m) => connection.console.error(m),
    });
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) globalSettings = normaliseSettings(init.settings);
    folders = (params.workspaceFolders ?? []).map((f) => uriPath(f.uri)).filter((p): p is string => !!p);
    if (!folders.length && params.rootUri) {
      const p = uriPath(params.rootUri);
      if (p) folders = [p];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: ['#'] },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(caps.pull ? { diagnosticProvider: { identifier: 'strategy-lint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'strategy-lint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (foldersSupported) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriPath(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => uriPath(f.uri)).filter((p): p is string => !!p)];
        // strategyLint.files globs are matched inside folders, so which documents are strategies may have changed.
        revalidateAll();
      });
    }
    if (caps.watchDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }] });
    }
  });

  // ---- settings and configuration ----

  function getSettings(uri: string): Promise<Settings> {
    if (!caps.configuration) return Promise.resolve(globalSettings);
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: 'strategyLint' }).then(normaliseSettings, () => globalSettings).then(reportSettings);
      settingsCache.set(uri, p);
    }
    return p;
  }

  function reportSettings(settings: Settings): Settings {
    for (const message of settings.problems) {
      if (reportedSettingProblems.has(message)) continue;
      reportedSettingProblems.add(message);
      connection.console.warn(message);
      void connection.window.showWarningMessage(`Strategy Lint: ${message}`);
    }
    return settings;
  }

  function fileConfigFor(path: string | undefined): LoadedFileConfig {
    if (!path) return { config: resolveConfig({}, SETTINGS_SOURCE, RULES).config };
    const dir = dirname(path);
    let loaded = configByDir.get(dir);
    if (loaded) return loaded;
    const file = findConfigFile(dir);
    if (!file) loaded = { config: resolveConfig({}, SETTINGS_SOURCE, RULES).config };
    else {
      const read = readConfigFile(file, { roots: folders });
      loaded = { config: read.config, file };
      publishConfigProblems(file, read.text ?? '', read.problems, read.config);
    }
    configByDir.set(dir, loaded);
    return loaded;
  }

  /** Problems in a config file become invalid-config diagnostics on the config file itself. */
  function publishConfigProblems(file: string, text: string, problems: ConfigProblem[], config: Config): void {
    const uri = pathToFileURL(file).href;
    const severity = config.rules['invalid-config']?.severity ?? 'error';
    if (!problems.length || severity === 'off') {
      if (configDiagnostics.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    configDiagnostics.set(uri, text);
    const doc = positionedText(uri, text);
    const diagnostics = problems.map((p) => {
      const f: Finding = { ruleId: 'invalid-config', severity, message: p.message, span: p.span ?? { start: 0, end: 0 }, docsUrl: docsUrl('invalid-config'), fixes: [] };
      return toDiagnostic(doc, f);
    });
    for (const p of problems) connection.console.warn(p.message);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  /** The config last resolved for each settings object over each base, so that a keystroke reuses it (and its section matcher). */
  const resolvedConfigs = new WeakMap<Settings, WeakMap<Config, Config>>();

  function configFor(uri: string, settings: Settings): Config {
    const base = fileConfigFor(uriPath(uri)).config;
    let byBase = resolvedConfigs.get(settings);
    if (!byBase) resolvedConfigs.set(settings, (byBase = new WeakMap()));
    let config = byBase.get(base);
    if (!config) byBase.set(base, (config = resolveSettings(base, settings)));
    return config;
  }

  function resolveSettings(base: Config, settings: Settings): Config {
    const input: Record<string, unknown> = {};
    if (Object.keys(settings.rules).length) input.rules = settings.rules;
    if (settings.profile) input.profile = settings.profile;
    if (settings.maxDocumentSize) input.maxDocumentSize = Math.max(1000, Math.round(settings.maxDocumentSize));
    if (!Object.keys(input).length) return base;
    const { config, problems } = resolveConfig(input, SETTINGS_SOURCE, RULES, base);
    for (const p of problems) {
      if (reportedSettingProblems.has(p.message)) continue;
      reportedSettingProblems.add(p.message);
      connection.console.warn(p.message);
      void connection.window.showWarningMessage(`Strategy Lint: ${p.message}`);
    }
    return config;
  }

  function isStrategy(doc: TextDocument, settings: Settings): boolean {
    const path = uriPath(doc.uri);
    const markdown = doc.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(path ?? doc.uri);
    if (!markdown) return false;
    if (optedIn.has(doc.uri)) return true;
    if (path && matchesFiles(relativeToFolder(path), settings.files)) return true;
    return frontMatterSaysStrategy(doc.getText());
  }

  function relativeToFolder(path: string): string {
    for (const f of folders) {
      const rel = relative(f, path);
      if (rel && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel)) return rel.split(sep).join('/');
    }
    return path;
  }

  // ---- analysis ----

  function state(uri: string): DocState {
    let st = states.get(uri);
    if (!st) states.set(uri, (st = { gen: 0, seenOpen: false, waiters: new Set(), runPending: true, shownKeys: new Set() }));
    return st;
  }

  function wake(st: DocState): void {
    const ws = [...st.waiters];
    st.waiters.clear();
    for (const w of ws) w();
  }

  /** Analyse the document's current version and store the result unless a newer one got there first. */
  function analyseNow(uri: string): Promise<void> {
    const st = states.get(uri);
    if (!st || !documents.get(uri)) return Promise.resolve();
    // A hover and the debounce timer asking for the same text share one run (a second would overtake the first).
    if (st.inflight && st.inflight.gen === st.gen && st.inflight.epoch === epoch) return st.inflight.promise;
    const run = { gen: st.gen, epoch, promise: Promise.resolve() };
    run.promise = runAnalysis(uri, st).finally(() => {
      if (st.inflight === run) st.inflight = undefined;
    });
    st.inflight = run;
    return run.promise;
  }

  async function runAnalysis(uri: string, first: DocState): Promise<void> {
    const gen = first.gen;
    const settings = await getSettings(uri);
    const doc = documents.get(uri);
    const st = states.get(uri);
    // The document changed or closed while the settings were read: the newer text's run will store its own result.
    if (!doc || st !== first || st.gen !== gen || st.result?.gen === gen) return;
    const version = doc.version;
    let analysed: Analysed | null = null;
    if (isStrategy(doc, settings)) {
      const text = doc.getText();
      // In the analysis thread, so that no step of it holds up a request; a run that a newer change overtakes is dropped.
      const started = epoch;
      const config = configFor(uri, settings);
      const outcome = await analyser!.analyse(uri, gen, version, text, config);
      if (!outcome || states.get(uri) !== st || st.gen !== gen || epoch !== started || st.result?.gen === gen) return;
      st.lastMs = outcome.ms;
      const { analysis, card, crLines, sectionAt } = outcome.ok ? received(outcome.result) : { ...uncheckedResult(text, config, unchecked(outcome)), sectionAt: undefined };
      analysis.doc.text = text;
      for (const e of analysis.errors) connection.console.error(`Rule ${e.ruleId} failed on ${uri}: ${e.message}`);
      analysed = { uri, version, doc: positionedText(uri, text), analysis, card, crLines, ...(sectionAt ? { sectionAt } : {}) };
    }
    st.result = { gen, version, analysed };
    const showIt = settings.run === 'onType' || st.runPending;
    if (showIt) {
      st.shown = st.result;
      st.runPending = false;
    }
    wake(st);
    if (showIt && !caps.pull) void connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(st, analysed, settings) });
    if (caps.status) sendStatus(uri, version, analysed);
  }

  /** Why a text was not checked, in the words of its one finding. */
  function unchecked(o: Exclude<Outcome, { ok: true }>): string {
    return o.why === 'time'
      ? `This document is too complex to check: ${o.message}. The rest of strategy-lint keeps working; simplify the part you are editing (a very long table or deeply nested list, say), or split the document.`
      : `This document could not be checked: ${o.message}. Simplify or split it, and report the problem if it stays.`;
  }

  function sendStatus(uri: string, version: number, a: Analysed | null): void {
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const f of a?.analysis.findings ?? []) counts[f.severity]++;
    const params: StatusParams = { uri, version, summary: a ? a.card.summary : '', counts };
    void connection.sendNotification(STATUS, params);
  }

  /**
   * The diagnostics to show: the findings the settings and config file let
   * through (the stricter of each wins), less, in focus mode, new findings on
   * the sentence being typed.
   */
  function diagnosticsOf(st: DocState | undefined, a: Analysed | null, settings: Settings): Diagnostic[] {
    if (!a) return [];
    const config = configFor(a.uri, settings);
    const show = settings.show === 'strategy' || config.show === 'strategy' ? 'strategy' : 'everything';
    const minSeverity = SEVERITY_RANK[settings.minSeverity] > SEVERITY_RANK[config.minSeverity] ? settings.minSeverity : config.minSeverity;
    const typing = st && settings.focusMode && settings.run === 'onType' && st.cursor !== undefined ? openSentence(a.analysis.doc.text, a.doc.offsetAt(st.cursor)) : undefined;
    const out: Diagnostic[] = [];
    const keys = new Set<string>();
    let held = false;
    a.analysis.findings.forEach((f, index) => {
      if (!isVisible(f, { show, minSeverity })) return;
      const key = f.ruleId + '\0' + f.message;
      if (typing && f.span.start >= typing.start && f.span.end <= typing.end && !st!.shownKeys.has(key)) {
        held = true;
        return;
      }
      keys.add(key);
      out.push(toDiagnostic(a.doc, f, { version: a.version, index }));
    });
    if (st) {
      st.shownKeys = keys;
      st.heldSpan = held ? typing : undefined;
    }
    return out;
  }

  function schedule(uri: string, delay: number): void {
    const st = state(uri);
    if (st.timer) clearTimeout(st.timer);
    st.timer = setTimeout(() => {
      st.timer = undefined;
      analyseNow(uri).catch((e) => connection.console.error(`Analysis of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
    }, delay);
  }

  const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

  function nextResult(st: DocState, token?: CancellationToken): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => {
        sub?.dispose();
        resolve();
      };
      st.waiters.add(done);
      const sub = token?.onCancellationRequested(() => {
        st.waiters.delete(done);
        reject(cancelled());
      });
    });
  }

  /**
   * The analysis of the document's current version (null: not a strategy;
   * undefined: not open). `immediate` skips the rest of the debounce, for
   * requests a user is waiting on (hover, code actions, completion).
   * `stale`: on a slow document (its last check took SLOW_MS or more), answer
   * from the last results, moved onto the current text, when the current check
   * is not ready within STALE_WAIT_MS, so that typing in it never waits on its
   * check.
   */
  async function current(uri: string, token?: CancellationToken, immediate = false, stale = false): Promise<Analysed | null | undefined> {
    for (;;) {
      const doc = documents.get(uri);
      const st = states.get(uri);
      if (!doc || !st) return undefined;
      if (st.result?.gen === st.gen) return st.result.analysed;
      if (token?.isCancellationRequested) throw cancelled();
      let fresh: Promise<void>;
      if (st.timer && !immediate) fresh = nextResult(st, token);
      else {
        if (st.timer) {
          clearTimeout(st.timer);
          st.timer = undefined;
        }
        fresh = analyseNow(uri);
      }
      const last = st.result;
      if (stale && last && (st.lastMs ?? 0) >= SLOW_MS) {
        fresh.catch(() => undefined);
        let timer: NodeJS.Timeout | undefined;
        const ready = await Promise.race([fresh.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STALE_WAIT_MS)))]);
        clearTimeout(timer);
        if (!ready && states.get(uri) === st && st.result?.gen !== st.gen) {
          if (!last.analysed) return null;
          if (st.moved?.gen !== st.gen || st.moved.from !== last) st.moved = { gen: st.gen, from: last, analysed: rebase(last.analysed, doc.getText(), doc.version) };
          return st.moved.analysed;
        }
      } else await fresh;
    }
  }

  /** Settings or config changed: forget what was computed and check every open document again. */
  function revalidateAll(): void {
    settingsCache.clear();
    configByDir.clear();
    for (const st of states.values()) st.result = undefined;
    epoch++;
    if (caps.pull) {
      if (caps.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      // A pull client that cannot be asked to refresh still gets its config-file diagnostics and status.
      for (const d of documents.all()) if (!caps.diagnosticRefresh || caps.status) schedule(d.uri, 0);
    } else {
      for (const d of documents.all()) schedule(d.uri, 0);
    }
    if (caps.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type);
    recheckConfigFiles();
  }

  /** Config files whose problems were published get read again (the document that found them may be closed). */
  function recheckConfigFiles(): void {
    for (const uri of [...configDiagnostics.keys()]) {
      const path = uriPath(uri);
      if (!path) continue;
      const read = readConfigFile(path, { roots: folders });
      if (read.problems.length && read.problems[0].message.includes('cannot be read') && !read.text) {
        configDiagnostics.delete(uri);
        void connection.sendDiagnostics({ uri, diagnostics: [] });
      } else publishConfigProblems(path, read.text ?? '', read.problems, read.config);
    }
  }

  // ---- documents ----

  documents.onDidOpen((e) => {
    state(e.document.uri);
    schedule(e.document.uri, 0);
  });

  documents.onDidChangeContent(async (e) => {
    const uri = e.document.uri;
    const st = states.get(uri);
    if (!st) return;
    // Opening fires this too; the open handler has already scheduled an immediate run.
    if (!st.seenOpen) {
      st.seenOpen = true;
      return;
    }
    st.gen++;
    const settings = await getSettings(uri);
    if (states.get(uri) === st && settings.run === 'onType') schedule(uri, settings.debounce);
  });

  documents.onDidSave(async (e) => {
    const uri = e.document.uri;
    const st = states.get(uri);
    if (!st) return;
    const settings = await getSettings(uri);
    if (settings.run !== 'onSave') return;
    st.runPending = true;
    st.result = undefined;
    if (caps.pull && caps.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    else schedule(uri, 0);
  });

  connection.onNotification(CURSOR, async (p: CursorParams) => {
    const st = states.get(p.uri);
    const doc = documents.get(p.uri);
    if (!st || !doc) return;
    const offset = doc.offsetAt(p.position);
    const was = st.heldSpan;
    st.cursor = p.position;
    // Leaving the sentence that was held back, or finishing it, shows its findings.
    const now = was && openSentence(doc.getText(), offset);
    if (was && (!now || now.start !== was.start || offset < was.start || offset > was.end + 1)) {
      st.heldSpan = undefined;
      if (caps.pull && caps.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      else if (!caps.pull && st.shown?.analysed) void connection.sendDiagnostics({ uri: p.uri, version: st.shown.version, diagnostics: diagnosticsOf(st, st.shown.analysed, await getSettings(p.uri)) });
    }
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const st = states.get(uri);
    if (st?.timer) clearTimeout(st.timer);
    states.delete(uri);
    analyser?.close(uri);
    if (st) wake(st);
    settingsCache.delete(uri);
    if (!caps.pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((p) => {
    if (!caps.configuration) {
      const s = (p.settings as Record<string, unknown> | undefined)?.strategyLint;
      if (s !== undefined) globalSettings = normaliseSettings(s);
    }
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles(() => revalidateAll());

  // ---- requests ----

  connection.languages.diagnostics.on(async (params, token) => {
    const uri = params.textDocument.uri;
    const settings = await getSettings(uri);
    const st = states.get(uri);
    if (settings.run !== 'onType' && st && !st.runPending && st.shown) {
      // Checked on save or on request: the findings of the last check stand until the next.
      return { kind: 'full', items: diagnosticsOf(st, st.shown.analysed, settings) };
    }
    const a = await current(uri, token);
    return { kind: 'full', items: diagnosticsOf(states.get(uri), a ?? null, settings) };
  });

  const editOpts = (): EditOptions => ({ documentChanges: caps.documentChanges, commands: caps.commands });

  connection.onHover(async (params, token) => {
    const a = await current(params.textDocument.uri, token, true, true);
    return a ? hover(a, params.position, { withoutMessages: caps.hoverWithoutMessages }) : null;
  });

  connection.onCodeAction(async (params, token) => {
    const a = await current(params.textDocument.uri, token, true, true);
    if (!a) return [];
    return codeActions(a, { span: toSpan(a.doc, params.range), diagnostics: params.context.diagnostics, only: params.context.only }, editOpts());
  });

  connection.onCompletion(async (params, token) => {
    const a = await current(params.textDocument.uri, token, true, true);
    return a ? completion(a, params.position, { snippets: !caps.commands }) : [];
  });

  connection.onCodeLens(async (params, token) => {
    const a = await current(params.textDocument.uri, token, true, true);
    return a ? codeLenses(a) : [];
  });

  /** The board pack or the whole scorecard, built in the analysis thread, which keeps the whole model of the last check. */
  async function fromWorker<K extends 'report' | 'scorecard'>(kind: K, uri: string, token: CancellationToken): Promise<(K extends 'report' ? ReportResult : ScorecardResult) | null> {
    for (let tries = 0; tries < 3; tries++) {
      const a = await current(uri, token, true);
      const gen = states.get(uri)?.result?.gen;
      if (!a || gen === undefined) return null;
      const r = await analyser!.report(kind as 'report', uri, gen);
      if (r) return r as (K extends 'report' ? ReportResult : ScorecardResult);
      // Checked again meanwhile (ask again for the current one), or the check failed.
      if (states.get(uri)?.result?.gen === gen) return null;
    }
    return null;
  }

  connection.onRequest(SCORECARD, (params: ScorecardParams, token) => fromWorker('scorecard', params.uri, token));

  connection.onRequest(REPORT, (params: ReportParams, token): Promise<ReportResult | null> => fromWorker('report', params.uri, token));

  connection.onRequest(MISSING_SECTIONS, async (params: MissingSectionsParams, token) => {
    const a = await current(params.uri, token, true);
    return a ? missingSections(a, editOpts()) : [];
  });

  connection.onRequest(CHECK_DOCUMENT, async (params: CheckDocumentParams) => {
    if (!documents.get(params.uri)) throw new ResponseError(ErrorCodes.InvalidParams, `The document ${params.uri} is not open.`);
    optedIn.add(params.uri);
    const st = state(params.uri);
    st.result = undefined;
    st.runPending = true;
    if (caps.pull && caps.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    if (caps.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type);
    const a = await current(params.uri, undefined, true);
    return { checked: !!a };
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * The sentence the cursor is in, if it is still being written: from the end of
 * the sentence before (or the start of the line) to the end of the line. None
 * once the text before the cursor ends a sentence.
 */
export function openSentence(text: string, cursor: number): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
  const nl = text.indexOf('\n', cursor);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(lineStart, cursor);
  if (/[.!?]["'”’)\]]*\s*$/.test(before) || !before.trim()) return undefined;
  let start = lineStart;
  const re = /[.!?]["'”’)\]]*\s+/g;
  for (let m = re.exec(before); m; m = re.exec(before)) start = lineStart + m.index + m[0].length;
  return { start, end: lineEnd };
}

function uriPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
