// The last analysis of a document, moved onto its current text: for a hover or
// code action on a document whose check takes long, answered at once from the
// last results rather than after the check of the newest keystroke. The texts
// differ in one stretch (from the first character that differs to the last);
// what lies before it stays put, what lies after it moves by the change in
// length, and a finding or fix that touches the stretch is left out, since it
// may no longer hold.
import type { Analysis, Doc, Finding, Section, Span } from '../core/index';
import { positionedText } from './convert';
import type { Analysed } from './features';

/** The stretch that differs: `start`, and its end in the old text and in the new. */
export function changedStretch(old: string, now: string): { start: number; oldEnd: number; newEnd: number } {
  const max = Math.min(old.length, now.length);
  // Block by block first: the engine compares two slices far faster than a loop compares characters.
  const B = 2048;
  let start = 0;
  while (start + B <= max && old.slice(start, start + B) === now.slice(start, start + B)) start += B;
  while (start < max && old.charCodeAt(start) === now.charCodeAt(start)) start++;
  let back = 0;
  while (back + B <= max - start && old.slice(old.length - back - B, old.length - back) === now.slice(now.length - back - B, now.length - back)) back += B;
  while (back < max - start && old.charCodeAt(old.length - 1 - back) === now.charCodeAt(now.length - 1 - back)) back++;
  return { start, oldEnd: old.length - back, newEnd: now.length - back };
}

export function rebase(a: Analysed, text: string, version: number): Analysed {
  const old = a.analysis.doc.text;
  if (old === text) return { ...a, version };
  const { start, oldEnd, newEnd } = changedStretch(old, text);
  const delta = newEnd - oldEnd;
  // A span that touches the stretch, even at an edge (a letter typed just after a word), is left out.
  const moved = (s: Span): Span | undefined => {
    if (s.end < start) return s;
    if (s.start > oldEnd) return { start: s.start + delta, end: s.end + delta };
    // The document as a whole (a missing section, say) stays the document as a whole.
    if (s.start === 0 && s.end === old.length) return { start: 0, end: text.length };
    return undefined;
  };
  // For the model's own spans, which hold whatever is in them: ends inside the stretch go to its edges.
  const at = (o: number) => (o <= start ? o : o >= oldEnd ? o + delta : newEnd);
  const span = (s: Span): Span => ({ start: at(s.start), end: at(s.end) });

  const findings: Finding[] = [];
  for (const f of a.analysis.findings) {
    const s = moved(f.span);
    if (!s) continue;
    const fixes = f.fixes.flatMap((fix) => {
      const edits = fix.edits.map((e) => ({ ...e, ...moved(e) }));
      return fix.edits.every((e) => moved(e)) ? [{ ...fix, edits }] : [];
    });
    findings.push({ ...f, span: s, fixes });
  }
  const d = a.analysis.doc;
  // Made when a feature reads them: a hundred thousand headings take a while to move.
  let sections: Section[] | undefined;
  const moveSection = (s: Section): Section => ({ ...s, heading: { ...s.heading, span: span(s.heading.span), textSpan: span(s.heading.textSpan) }, span: span(s.span), ownEnd: at(s.ownEnd) });
  // An offset in the current text, in the old one (none inside the stretch).
  const back = (o: number) => (o < start ? o : o >= newEnd ? o - delta : undefined);
  const found = a.sectionAt;
  const sectionAt = found
    ? (o: number) => {
        const b = back(o);
        const s = b === undefined ? undefined : found(b);
        return s && moveSection(s);
      }
    : undefined;
  const doc: Doc = {
    text,
    eol: d.eol,
    frontMatter: d.frontMatter && { ...d.frontMatter, span: span(d.frontMatter.span) },
    title: d.title && { ...d.title, span: span(d.title.span) },
    get sections() {
      return (sections ??= d.sections.map(moveSection));
    },
    sentences: [],
    paragraphs: [],
    lists: [],
    listItems: [],
    tables: d.tables.map((t) => ({ ...t, span: span(t.span) })),
    comments: [],
    code: [],
    words: d.words,
    sectionLevel: d.sectionLevel,
    chunks: [],
  };
  const evidence = a.analysis.evidence.flatMap((e) => {
    const s = moved(e.span);
    return s ? [{ ...e, span: s }] : [];
  });
  const analysis: Analysis = { ...a.analysis, findings, doc, evidence, facts: a.analysis.facts };
  return { ...a, version, doc: positionedText(a.uri, text), analysis, ...(sectionAt ? { sectionAt } : {}) };
}
