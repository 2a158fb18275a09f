// The core's vocabulary. Every span is a half-open range of UTF-16 code-unit
// offsets into the analysed text; nothing in the core knows lines or columns.

/** A half-open range `[start, end)` of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** Replace `[start, end)` with `newText`. An insertion has `start === end`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** One way to resolve a finding: a set of non-overlapping edits applied together. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The obvious fix, offered first (LSP `isPreferred`). */
  isPreferred?: boolean;
  /** One of several wordings for the writer to choose between, or a placeholder to fill in: offered in the editor, never applied by "fix all". */
  alternative?: boolean;
  /** Changes the document's structure (a new section, a list made a table): applied only when the writer picks it, never by "fix all" or fix-on-save. */
  explicit?: boolean;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** The six qualities of a good strategy in the Digital Boards guidance. */
export type Quality = 'owned' | 'integrated' | 'user-centred' | 'mainstream' | 'realistic' | 'focused';
export const QUALITIES: readonly Quality[] = ['owned', 'integrated', 'user-centred', 'mainstream', 'realistic', 'focused'];

/** The five questions the guidance asks a board to put to its strategy. */
export type BoardQuestion = 'current-services' | 'users-and-needs' | 'not-prioritising' | 'system-alignment' | 'five-year-impact';
export const BOARD_QUESTIONS: readonly BoardQuestion[] = [
  'current-services',
  'users-and-needs',
  'not-prioritising',
  'system-alignment',
  'five-year-impact',
];

/** What a finding carries to the front ends. Rules never set `ruleId`, `severity` or `docsUrl`: the registry stamps them. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  docsUrl: string;
  fixes: Fix[];
  /** Extra facts for front ends (e.g. which section kind is missing). Must be JSON-serialisable. */
  data?: Record<string, unknown>;
}

/** What a rule hands to `report`. */
export interface Report {
  message: string;
  span: Span;
  fixes?: Fix[];
  /** Downgrade (never upgrade) this one finding, e.g. a lesser finding beside the main one. */
  severity?: Severity;
  data?: Record<string, unknown>;
}

/** A tiny JSON-schema subset: enough to describe rule options and to generate docs and schemas. */
export type OptionSchema =
  | { type: 'integer' | 'number'; minimum?: number; maximum?: number; description: string }
  | { type: 'boolean'; description: string }
  | { type: 'string'; enum?: readonly string[]; description: string }
  | { type: 'array'; items: { type: 'string' }; maxItems?: number; description: string };

export type Profile = 'nhs' | 'general';
/** A profile as a setting gives it: `auto` chooses it from the document's vocabulary. */
export type ProfileSetting = Profile | 'auto';
