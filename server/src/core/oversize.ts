// What analyze() returns for a document past `maxDocumentSize`: an empty model
// (nothing is parsed, so nothing can freeze) and one finding that says why.
import type { Finding, Severity, Span } from './types';

const fmt = (n: number) => n.toLocaleString('en-GB');

/** The document's first line (at most 200 characters), where a finding about the whole document goes. */
function firstLine(text: string): Span {
  const nl = text.search(/[\r\n]/);
  return { start: 0, end: Math.min(nl < 0 ? text.length : nl, 200) };
}

/** The one finding for an oversized document, on its first line. */
export function oversizeFinding(text: string, limit: number, severity: Severity, docsUrl: string): Finding {
  return {
    ruleId: 'document-too-large',
    severity,
    message: `This document is ${fmt(text.length)} characters, more than the ${fmt(limit)} strategy-lint checks (the maxDocumentSize setting), so no other check ran. Split it into smaller files, or raise maxDocumentSize.`,
    span: firstLine(text),
    docsUrl,
    fixes: [],
  };
}

/**
 * The one finding for a document whose check was stopped (past the time or memory limit of a
 * check, see docs/hostile-input.md), on its first line; `why` says which limit, and `more` how to
 * allow more (for the time limit, the command line's option).
 */
export function tooComplexFinding(text: string, why: string, severity: Severity, docsUrl: string, more = ''): Finding {
  return {
    ruleId: 'document-too-large',
    severity,
    message: `This document is too complex to check: ${why}, so no other check ran. Simplify or split it (a very long list or table, or markup repeated thousands of times, say)${more ? `, or ${more}` : ''}.`,
    span: firstLine(text),
    docsUrl,
    fixes: [],
  };
}
