// The one place where the core's UTF-16 offsets become LSP positions and back.
// Every other LSP module works in offsets (core spans) and calls these.
import { DiagnosticSeverity, type Diagnostic, type Position, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Span, TextEdit } from '../core/index';

/** Anything that can map offsets to positions: an open document or a file's text wrapped for the purpose. */
export type Positioned = Pick<TextDocument, 'positionAt' | 'offsetAt'>;

/** Wrap a text that is not open in the editor (a config file) so positions can be computed. */
export function positionedText(uri: string, text: string): Positioned {
  return TextDocument.create(uri, 'plaintext', 0, text);
}

export function toRange(doc: Positioned, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toOffset(doc: Positioned, pos: Position): number {
  return doc.offsetAt(pos);
}

export function toSpan(doc: Positioned, range: Range): Span {
  const a = doc.offsetAt(range.start);
  const b = doc.offsetAt(range.end);
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

export function toLspEdit(doc: Positioned, e: TextEdit): LspTextEdit {
  return { range: toRange(doc, e), newText: e.newText };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(s: Severity): DiagnosticSeverity {
  return SEVERITY[s];
}

/** What a diagnostic carries for the code action: which finding of which analysed version. */
export interface DiagnosticData {
  /** The document version the finding was computed for. */
  version: number;
  /** The finding's index in that analysis. */
  index: number;
}

export function toDiagnostic(doc: Positioned, f: Finding, data?: DiagnosticData): Diagnostic {
  return {
    range: toRange(doc, f.span),
    severity: toSeverity(f.severity),
    code: f.ruleId,
    codeDescription: { href: f.docsUrl },
    source: 'strategy-lint',
    message: f.message,
    ...(data ? { data } : {}),
  };
}
