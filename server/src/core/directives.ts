// Inline comments that switch rules off and on:
//   <!-- strategy-lint-disable [rule ...] [-- reason] -->
//   <!-- strategy-lint-enable [rule ...] -->
//   <!-- strategy-lint-disable-next-line [rule ...] [-- reason] -->
// No rule ids means every rule. A disable before the first heading with no
// matching enable covers the whole document, title included.
import type { Doc } from './model';
import type { Span } from './types';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty: every rule. */
  rules: string[];
  /** The spans of each rule id in `rules`, for reporting unknown ones. */
  ruleSpans: Span[];
  reason?: string;
  span: Span;
}

const DIRECTIVE = /^\s*strategy-lint-(disable-next-line|disable|enable)\b([\s\S]*?)\s*$/;

export function parseDirectives(doc: Doc): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    let body = m[2];
    let reason: string | undefined;
    const dash = body.indexOf('--');
    if (dash >= 0) {
      reason = body.slice(dash + 2).trim() || undefined;
      body = body.slice(0, dash);
    }
    const bodyStart = c.span.start + 4 + c.value.indexOf(m[2]);
    const rules: string[] = [];
    const ruleSpans: Span[] = [];
    const re = /[^\s,]+/g;
    let r: RegExpExecArray | null;
    while ((r = re.exec(body))) {
      rules.push(r[0]);
      ruleSpans.push({ start: bodyStart + r.index, end: bodyStart + r.index + r[0].length });
    }
    out.push({ kind: m[1] as Directive['kind'], rules, ruleSpans, reason, span: c.span });
  }
  return out;
}

/** Answers "is this rule switched off at this offset?" for the directives of one document. */
export class Suppressions {
  private readonly ranges: Array<{ rules: string[] | null; start: number; end: number }> = [];
  constructor(doc: Doc, directives: Directive[]) {
    const text = doc.text;
    const firstHeading = doc.sections[0]?.heading.span.start ?? text.length;
    const open = new Map<string, { start: number }>(); // '*' for all rules
    const close = (key: string, end: number) => {
      const o = open.get(key);
      if (o) {
        this.ranges.push({ rules: key === '*' ? null : [key], start: o.start, end });
        open.delete(key);
      }
    };
    for (const d of directives) {
      if (d.kind === 'disable-next-line') {
        let lineStart = text.indexOf('\n', d.span.end);
        lineStart = lineStart < 0 ? text.length : lineStart + 1;
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        this.ranges.push({ rules: d.rules.length ? d.rules : null, start: lineStart, end: lineEnd });
      } else if (d.kind === 'disable') {
        const start = d.span.start < firstHeading ? 0 : d.span.end;
        for (const k of d.rules.length ? d.rules : ['*']) if (!open.has(k)) open.set(k, { start });
      } else {
        if (d.rules.length === 0) for (const k of [...open.keys()]) close(k, d.span.start);
        else for (const k of d.rules) close(k, d.span.start);
      }
    }
    for (const k of [...open.keys()]) close(k, text.length + 1);
  }
  isSuppressed(ruleId: string, offset: number): boolean {
    for (const r of this.ranges) {
      if (offset >= r.start && offset < r.end && (r.rules === null || r.rules.includes(ruleId))) return true;
    }
    return false;
  }
}
