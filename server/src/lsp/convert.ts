// The one place where the core's UTF-16 offsets become LSP positions and back.
// Every other LSP module works in offsets (core spans) and calls these.
import { DiagnosticSeverity, type Diagnostic, type Position, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Span, TextEdit } from '../core/index';

/** Anything that can map offsets to positions: an open document or a file's text wrapped for the purpose. */
export type Positioned = Pick<TextDocument, 'positionAt' | 'offsetAt'>;

/**
 * A snapshot of a text that maps offsets to positions exactly as `TextDocument` does (CR, LF
 * and CRLF end lines; a position inside a line break is moved before it), for the version
 * an analysis was made of. It finds the line starts with `indexOf`, several times faster
 * than `TextDocument` on a long document, which matters on every keystroke.
 */
class LineIndex implements Positioned {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    const starts = this.starts;
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 13 && c !== 10) continue;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }

  positionAt(offset: number): Position {
    const starts = this.starts;
    offset = Math.max(Math.min(offset, this.text.length), 0);
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(offset, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.starts;
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeEol(Math.min(lineStart + position.character, next), lineStart);
  }

  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart && (this.text.charCodeAt(offset - 1) === 10 || this.text.charCodeAt(offset - 1) === 13)) offset--;
    return offset;
  }
}

/** Wrap a text (an analysed version of a document, or a config file) so positions can be computed. */
export function positionedText(_uri: string, text: string): Positioned {
  return new LineIndex(text);
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
