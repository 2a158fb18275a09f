// Fixes as offset-based text edits: applying them, choosing a non-overlapping
// set for "fix all", and building the "insert a missing section" edit.
import type { Doc } from './model';
import { closerAtEnd } from './open-block';
import type { Words } from './profile-choice';
import { SECTION_KIND_INFO, sectionText, type SectionKind } from './sections';
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
 * Whether "fix all" (and fix-on-save) may apply a fix without the writer
 * looking: a word-level change inside one line of prose that keeps the
 * document's shape and touches no name. Refused: alternatives and explicit
 * fixes, insertions, anything with line breaks or Markdown markup, anything in
 * a heading or a list or quote marker, a capitalised word that is part of a
 * multi-word name ("Additional Clinical Services"), and text inside quotes
 * (a quoted title). Without `doc` only the edits themselves are looked at.
 */
export function isSafeFix(fix: Fix, doc?: Doc): boolean {
  if (fix.alternative || fix.explicit || fix.edits.length === 0) return false;
  for (const e of fix.edits) {
    if (e.start === e.end) return false;
    if (/[\r\n|#`*_<>[\]]/.test(e.newText)) return false;
    if (!doc) continue;
    const text = doc.text;
    const old = text.slice(e.start, e.end);
    if (/[\r\n|]/.test(old)) return false;
    if (doc.sections.some((s) => e.start < s.heading.span.end && s.heading.span.start < e.end)) return false;
    const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
    const nl = text.indexOf('\n', e.end);
    const line = text.slice(lineStart, nl < 0 ? text.length : nl);
    // A line that starts like a heading ("####Action 1") is one once its space is added.
    if (/^[ \t]{0,3}#/.test(line)) return false;
    const prefix = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?/.exec(line)![0].length;
    if (e.start - lineStart < prefix) return false;
    // In a table, the cell is what counts: its first word starts a sentence.
    const before = line.slice(prefix, e.start - lineStart).replace(/^.*\|/, '');
    // A name may run on to the next line of the paragraph.
    const after = text.slice(e.end, e.end + 80).split(/\r?\n[ \t]*\r?\n/)[0].replace(/\s+/g, ' ');
    if (insideQuotes(before)) return false;
    if (partOfName(old, before, after)) return false;
  }
  return true;
}

/** Whether the text before a point on a line leaves a quotation open. */
function insideQuotes(before: string): boolean {
  const straight = (before.match(/(?<![\p{L}\p{N}])"|"(?![\p{L}\p{N}])/gu) ?? []).length;
  if (straight % 2 === 1) return true;
  const open = (before.match(/[“‘]/g) ?? []).length;
  const close = (before.match(/[”’](?![\p{L}])/gu) ?? []).length;
  return open > close;
}

/** A capitalised word beside another capitalised word (not just a sentence's first word) is part of a name. */
function partOfName(word: string, before: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const startOfSentence = /^\s*$|[.!?:;]["”’)]?\s+$/u.test(before);
  const prev = /(\p{L}[\p{L}'’-]*)\s+$/u.exec(before)?.[1];
  const next = /^\s+(\p{L}[\p{L}'’-]*)(?:\s+(\p{L}[\p{L}'’-]*))?/u.exec(after);
  const cap = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w) && !/^(?:I|A)$/.test(w);
  if (!startOfSentence && (cap(prev) || cap(next?.[1]))) return true;
  // Mid-sentence, a capital marks a name by itself; at the start, a capitalised word after it does.
  if (!startOfSentence) return true;
  return cap(next?.[1]);
}

/**
 * Pick one fix per finding (the preferred one, else the first that is not
 * marked as an alternative wording), only fixes `isSafeFix` allows, such that
 * no two chosen fixes overlap, in document order. What is left out can be
 * fixed on a second pass over the new text. Pass the document so that
 * headings, markup, names and quotations are left alone.
 */
export function chooseFixes(findings: readonly Finding[], doc?: Doc): Fix[] {
  const candidates = findings
    .map((f) => f.fixes.find((x) => x.isPreferred && !x.alternative) ?? f.fixes.find((x) => !x.alternative))
    .filter((f): f is Fix => !!f && isSafeFix(f, doc));
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
export function fixAllEdits(findings: readonly Finding[], doc?: Doc): TextEdit[] {
  return chooseFixes(findings, doc).flatMap((f) => f.edits);
}

/** The heading and skeleton text of a section in the document's words, in its line endings, at its section level. */
export function sectionSkeleton(doc: Doc, kind: SectionKind, words: Words, level = doc.sectionLevel): string {
  const info = sectionText(kind, words);
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
export function insertSectionFix(doc: Doc, kind: SectionKind, words: Words): Fix {
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
    edits: [{ start: at, end: at, newText: lead + sectionSkeleton(doc, kind, words) + trail }],
    isPreferred: true,
    explicit: true,
  };
}

/**
 * A fix for a section that holds only a placeholder: the skeleton's prompts go
 * straight under its heading. Whatever the section already holds stays, so no
 * text is lost.
 */
export function fillSectionFix(doc: Doc, section: { heading: { span: { end: number } } }, kind: SectionKind, words: Words): Fix {
  const at = section.heading.span.end;
  const eol = doc.eol;
  const after = doc.text.slice(at);
  const tail = after === '' ? eol : /^[ \t]*\r?\n[ \t]*(?:\r?\n|$)/.test(after) ? '' : eol;
  return {
    title: `Add prompts for: ${SECTION_KIND_INFO[kind].title}`,
    edits: [{ start: at, end: at, newText: eol + eol + sectionText(kind, words).skeleton.join(eol) + tail }],
    isPreferred: true,
    explicit: true,
  };
}

/**
 * One fix inserting skeletons for several missing sections, each where
 * `insertSectionFix` would put it; sections that go in at the same place go
 * together, in the order given.
 */
export function insertSectionsFix(doc: Doc, kinds: readonly SectionKind[], words: Words): Fix {
  const byOffset = new Map<number, SectionKind[]>();
  for (const k of kinds) {
    const at = sectionInsertOffset(doc, k);
    byOffset.set(at, [...(byOffset.get(at) ?? []), k]);
  }
  const eol = doc.eol;
  const edits: TextEdit[] = [];
  for (const [at, group] of [...byOffset].sort((a, b) => a[0] - b[0])) {
    const first = insertSectionFix(doc, group[0], words).edits[0];
    if (group.length === 1) {
      edits.push(first);
      continue;
    }
    const last = insertSectionFix(doc, group[group.length - 1], words).edits[0];
    const s0 = sectionSkeleton(doc, group[0], words);
    const s1 = sectionSkeleton(doc, group[group.length - 1], words);
    const lead = first.newText.slice(0, first.newText.indexOf(s0));
    const trail = last.newText.slice(last.newText.lastIndexOf(s1) + s1.length);
    edits.push({ start: at, end: at, newText: lead + group.map((k) => sectionSkeleton(doc, k, words)).join(eol + eol) + trail });
  }
  return { title: `Insert all ${kinds.length} missing sections`, edits, explicit: true };
}
