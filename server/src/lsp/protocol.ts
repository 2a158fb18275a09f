// The custom requests and notifications the server and the VS Code client
// share. Types only, so the client can import it without pulling in the server.
import type { Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ReportModel } from '../report/model';

/** Opt a Markdown document in for this session, whatever its name. */
export const CHECK_DOCUMENT = 'strategyLint/checkDocument';
export interface CheckDocumentParams {
  uri: string;
}

/** The whole scorecard of an open document, with ranges of the evidence. */
export const SCORECARD = 'strategyLint/scorecard';
export interface ScorecardParams {
  uri: string;
}
export interface ScorecardEntry {
  group: 'question' | 'quality';
  id: string;
  label: string;
  answer: 'yes' | 'partly' | 'no';
  mark: string;
  evidence: Array<{ range: Range; label: string; ruleId: string }>;
  problems: Array<{ range: Range; message: string; ruleId: string }>;
}
export interface ScorecardResult {
  uri: string;
  version: number;
  summary: string;
  entries: ScorecardEntry[];
  /** The scorecard as Markdown, with links to the evidence (`uri#Lline`). */
  markdown: string;
}

/** The board pack's model of an open document, for the scorecard panel (offsets are UTF-16, as in the editor). */
export const REPORT = 'strategyLint/report';
export interface ReportParams {
  uri: string;
}
export interface ReportResult {
  uri: string;
  version: number;
  model: ReportModel;
}

/** The sections a document lacks, each with the edit that inserts it. */
export const MISSING_SECTIONS = 'strategyLint/missingSections';
export interface MissingSectionsParams {
  uri: string;
}
export interface MissingSection {
  kind: string;
  title: string;
  purpose: string;
  edit: WorkspaceEdit;
}

/** Sent after each analysis to clients that ask for it (initializationOptions.statusNotifications). */
export const STATUS = 'strategyLint/status';
export interface StatusParams {
  uri: string;
  version: number;
  /** Empty when the document is not checked. */
  summary: string;
  counts: { error: number; warning: number; info: number; hint: number };
}

export const SHOW_SCORECARD_COMMAND = 'strategyLint.showScorecard';
export const FIX_ALL_KIND = 'source.fixAll.strategy-lint';

/** Sent by the VS Code client as the cursor moves, for focus mode: where the writer is typing. */
export const CURSOR = 'strategyLint/cursor';
export interface CursorParams {
  uri: string;
  position: { line: number; character: number };
}

/** Options the VS Code client sends in `initializationOptions`. */
export interface InitOptions {
  statusNotifications?: boolean;
  /** The client has the turn-off-check and reveal commands. */
  commands?: boolean;
  /** The editor shows diagnostics' messages beside hovers, so hovers leave them out. */
  hoverWithoutMessages?: boolean;
  /** Longest one analysis may run (ms) before it is stopped and the document reported as too complex to check (default 5 s; tests make it short). */
  analysisTimeLimit?: number;
}
