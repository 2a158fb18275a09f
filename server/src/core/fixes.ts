// Fixes as offset-based text edits: applying them, choosing a non-overlapping
// set for "fix all", and building the "insert a missing section" edit.
import type { Doc } from './model';
import { closerAtEnd } from './open-block';
import { SECTION_KIND_INFO, type SectionKind } from './sections';
import type { Finding, Fix, TextEdit } from './types';

export class FixConflictError extends Error {}

/** Apply edits to text. Throws `FixConflictError` if any edit is out of bounds or two overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length || e.start < 0) {
      throw new FixConflictError(`edit [${e.start}, ${e.end}) overlaps another edit or lies outside the text (length ${text.length})`);
    }
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Touching counts: two insertions at one point would leave their order to chance.
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Pick one fix per finding (the preferred one, else the first) such that no
 * two chosen fixes overlap, in document order. What is left out can be fixed
 * on a second pass over the new text.
 */
export function chooseFixes(findings: readonly Finding[]): Fix[] {
  const candidates = findings
    .map((f) => f.fixes.find((x) => x.isPreferred) ?? f.fixes[0])
    .filter((f): f is Fix => !!f && f.edits.length > 0);
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  for (const fix of candidates) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    if (fix.edits.some((e, i) => fix.edits.some((o, j) => i < j && overlaps(e, o)))) continue;
    seen.add(key);
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

/** The edits of every fix chosen by `chooseFixes`, ready for `applyEdits`. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  return chooseFixes(findings).flatMap((f) => f.edits);
}

/** The heading and skeleton text of a section, in the document's line endings, at the document's section level. */
export function sectionSkeleton(doc: Doc, kind: SectionKind, level = doc.sectionLevel): string {
  const info = SECTION_KIND_INFO[kind];
  const eol = doc.eol;
  return ['#'.repeat(Math.min(6, Math.max(1, level))) + ' ' + info.title, '', ...info.skeleton].join(eol);
}

/**
 * Where a missing section goes: after the whole of the first section (at the
 * document's section level or above) whose kind it naturally follows, else at
 * the end of the document.
 */
export function sectionInsertOffset(doc: Doc, kind: SectionKind): number {
  for (const after of SECTION_KIND_INFO[kind].follows) {
    const s = doc.sections.find((x) => x.kinds.includes(after) && x.level <= doc.sectionLevel);
    if (s) return s.span.end;
  }
  return doc.text.length;
}

/** A fix that inserts a skeleton for a missing section, with blank lines around it. */
export function insertSectionFix(doc: Doc, kind: SectionKind): Fix {
  const at = sectionInsertOffset(doc, kind);
  const text = doc.text;
  const eol = doc.eol;
  const before = text.slice(0, at);
  let lead = '';
  // A section appended after an unclosed fence or HTML comment would be swallowed by it.
  const closer = at === text.length ? closerAtEnd(text) : '';
  if (closer) lead = (before.length === 0 || before.endsWith('\n') ? '' : eol) + closer + eol + eol;
  else if (before.length > 0) {
    if (before.endsWith(eol + eol) || (eol === '\n' && /\n[ \t]*\n$/.test(before))) lead = '';
    else if (before.endsWith('\n')) lead = eol;
    else lead = eol + eol;
  }
  const after = text.slice(at);
  const trail = after.length === 0 ? eol : after.startsWith(eol) ? eol : eol + eol;
  return {
    title: `Insert section: ${SECTION_KIND_INFO[kind].title}`,
    edits: [{ start: at, end: at, newText: lead + sectionSkeleton(doc, kind) + trail }],
    isPreferred: true,
  };
}

/**
 * A fix for a section that holds only a placeholder: the skeleton's prompts go
 * straight under its heading. Whatever the section already holds stays, so no
 * text is lost.
 */
export function fillSectionFix(doc: Doc, section: { heading: { span: { end: number } } }, kind: SectionKind): Fix {
  const at = section.heading.span.end;
  const eol = doc.eol;
  const after = doc.text.slice(at);
  const tail = after === '' ? eol : /^[ \t]*\r?\n[ \t]*(?:\r?\n|$)/.test(after) ? '' : eol;
  return {
    title: `Add prompts for: ${SECTION_KIND_INFO[kind].title}`,
    edits: [{ start: at, end: at, newText: eol + eol + SECTION_KIND_INFO[kind].skeleton.join(eol) + tail }],
    isPreferred: true,
  };
}
