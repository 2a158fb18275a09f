// Structure recovered from converted text. Strategies converted from PDF or
// Word lose their Markdown structure: headings become bold lines, plain short
// lines or "##01 Title" lines with no space, one sentence is broken over
// paragraphs with blank lines between, and page numbers, running headers and
// contents pages stay as lines of their own. This module reads a chunk's
// top-level blocks and says which to read as headings, which to leave out of
// prose checks, and which paragraphs continue the one before.
//
// Invariant (see `splitChunks` in parse.ts): every decision here looks only at
// a block and its neighbours in the same chunk, and the chunker never cuts
// after a line that ends "open" (see `endsOpen`). Every decision that needs a
// neighbour is taken only where the line before ends open, or treats "no
// neighbour in this chunk" the same as the neighbour a cut can follow, so the
// model is the same however the text is cut.
import type { Paragraph as MdParagraph, PhrasingContent, RootContent } from 'mdast';
import { memoText } from './memo';
import { allWords } from './profile-choice';
import { SECTION_KINDS, sectionText } from './sections';

/** What a top-level block is, when it is not what Markdown says. */
export type Recovered =
  /** A heading: `level`, and where its words start in the source (after "##" for a hash line). */
  | { role: 'heading'; level: number; how: 'bold' | 'emphasis' | 'hashes' | 'plain'; from: number; lineEnd: number }
  /** Page furniture, left out of prose checks. */
  | { role: 'furniture'; what: 'page number' | 'running header' | 'contents' };

/** Heading levels given to recovered headings, below any real `#`/`##`/`###` the document has. */
export const RECOVERED_LEVEL = { bold: 4, emphasis: 5, plain: 5 } as const;

const CLOSED = new Set(['.', '!', '?', ':', ')', ']', '}', '*', '_', '`', '|', '>', '"', "'", '”', '’']);

/**
 * Whether a line ends "open": its last character other than spaces is not one
 * that closes a sentence, a bracket or markup. A sentence broken over lines
 * continues after such a line, so the chunker does not cut after one.
 */
export function endsOpen(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 10) i--;
    else break;
  }
  return i >= start && !CLOSED.has(text[i]);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const words = (s: string) => s.match(WORD)?.length ?? 0;
const FUNCTION_END = /\b(?:the|a|an|and|or|of|to|in|on|for|with|by|from|at|as|that|which|who|our|their|its|is|are|was|were|be|will|this|these|into|across|between|including|such)$/i;
const BULLET = /^[•·▪●◦‣∙■□➢►–-]/;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;
const LEADER = /(?:\.{4,}|…{2,}|\. \. \.|\t)\s*\d{1,3}$/;
const CONTENTS = /^(?:table\s+of\s+)?contents$/i;
const HASHES = /^\uFEFF? {0,3}(#{1,6})([^\s#][^\r\n]*)$/;
const HASH_START = /^[\p{Lu}\p{N}*_"“'‘(]/u;

/** Plain text of inline content (markup removed). */
function plain(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
    else if (n.type === 'break') out += ' ';
    else if ('children' in n) out += plain(n.children as PhrasingContent[]);
  }
  return out;
}

/** Whether inline content is all bold (or all emphasis), apart from spaces. */
function wrappedIn(nodes: readonly PhrasingContent[], type: 'strong' | 'emphasis'): boolean {
  let seen = false;
  for (const n of nodes) {
    if (n.type === type) seen = true;
    else if (n.type === 'text' && !n.value.trim()) continue;
    else return false;
  }
  return seen;
}

const at = (n: RootContent) => ({ start: n.position?.start.offset ?? 0, end: n.position?.end.offset ?? 0 });

/**
 * The recovered role of each of a chunk's top-level blocks (undefined: read it as Markdown does).
 * `src` is the chunk's text; offsets are chunk-relative.
 */
export function recoverBlocks(nodes: readonly RootContent[], src: string, converted: boolean): Array<Recovered | undefined> {
  const out: Array<Recovered | undefined> = new Array(nodes.length);
  const texts = nodes.map((n) => (n.type === 'paragraph' ? plain(n.children).trim() : ''));
  const single = nodes.map((n) => {
    if (n.type !== 'paragraph') return false;
    const { start, end } = at(n);
    return src.indexOf('\n', start) < 0 || src.indexOf('\n', start) >= end;
  });
  let contents = false;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.type === 'heading') {
      contents = CONTENTS.test(plain(n.children).trim());
      continue;
    }
    if (n.type !== 'paragraph') {
      // A contents page ends at its first list (a cut may follow it) or other block.
      contents = false;
      continue;
    }
    const t = texts[i];
    const { start, end } = at(n);
    const prev = out[i - 1];
    if (single[i] && PAGE_NUMBER.test(t)) {
      out[i] = { role: 'furniture', what: 'page number' };
      continue;
    }
    if (single[i] && LEADER.test(t) && words(t) <= 14) {
      out[i] = { role: 'furniture', what: 'contents' };
      continue;
    }
    if (contents && single[i] && /\d$/.test(t) && words(t) <= 14) {
      out[i] = { role: 'furniture', what: 'contents' };
      continue;
    }
    contents = false;
    if (single[i] && CONTENTS.test(t)) {
      out[i] = { role: 'furniture', what: 'contents' };
      contents = true;
      continue;
    }
    // A short line after a page number (or after another such line) is the running header of the next page,
    // unless prose follows it: then it is the next section's heading.
    if (prev?.role === 'furniture' && prev.what !== 'contents' && single[i] && words(t) <= 5 && endsOpen(src, start, end) && !(converted && isPlainHeading(nodes, texts, out, i, src))) {
      out[i] = { role: 'furniture', what: 'running header' };
      continue;
    }
    const firstLineEnd = Math.min(end, (src.indexOf('\n', start) + 1 || end + 1) - 1);
    const firstLine = src.slice(start, firstLineEnd).replace(/\r$/, '');
    const hash = HASHES.exec(firstLine);
    if (hash && HASH_START.test(hash[2]) && hash[2].trimEnd().length <= (hash[1].length >= 2 ? 300 : 150) && !(hash[1].length === 1 && (!/\s/.test(hash[2]) || /^\p{N}/u.test(hash[2])))) {
      out[i] = { role: 'heading', level: hash[1].length, how: 'hashes', from: start + firstLine.indexOf('#') + hash[1].length, lineEnd: firstLineEnd };
      continue;
    }
    // Bold and plain lines are headings only where the writer used no Markdown headings (a converted
    // document); beside real headings they are emphasis and run-in labels.
    if (!converted || !single[i] || !/\p{L}/u.test(t)) continue;
    const w = words(t);
    const bold = wrappedIn(n.children, 'strong');
    const emph = !bold && wrappedIn(n.children, 'emphasis');
    if ((bold || emph) && w <= 12 && !/[.!?;,]$/.test(t)) {
      out[i] = { role: 'heading', level: bold ? RECOVERED_LEVEL.bold : RECOVERED_LEVEL.emphasis, how: bold ? 'bold' : 'emphasis', from: start, lineEnd: end };
      continue;
    }
    if (isPlainHeading(nodes, texts, out, i, src)) out[i] = { role: 'heading', level: RECOVERED_LEVEL.plain, how: 'plain', from: start, lineEnd: end };
  }
  return out;
}

/**
 * A short plain line read as a heading: a few words that start with a capital
 * and end with a letter or digit (no full stop, not a dangling "the"), after a
 * block that ends a sentence (or nothing), and before a paragraph of prose or a list.
 */
function isPlainHeading(nodes: readonly RootContent[], texts: readonly string[], roles: ReadonlyArray<Recovered | undefined>, i: number, src: string): boolean {
  const t = texts[i];
  const n = nodes[i] as MdParagraph;
  if (!n.children.every((c) => c.type === 'text')) return false;
  const w = words(t);
  if (w < 1 || w > 6 || !/^\p{Lu}/u.test(t) || !/[\p{L}\p{N}]$/u.test(t) || FUNCTION_END.test(t) || BULLET.test(t)) return false;
  if (/^\p{Lu}{2,}\p{N}*$/u.test(t)) return false; // a lone acronym or code
  // The block before, skipping page furniture (which never ends a chunk): it must end a sentence.
  let p = i - 1;
  while (p >= 0 && roles[p]?.role === 'furniture') p--;
  // Front matter and headings count as closed: the chunker may cut straight after them.
  if (p >= 0 && nodes[p].type !== 'yaml' && nodes[p].type !== 'heading') {
    const { start, end } = at(nodes[p]);
    if (endsOpen(src, start, end)) return false;
  }
  const next = nodes[i + 1];
  if (!next) return false;
  if (next.type === 'list') return true;
  return next.type === 'paragraph' && words(texts[i + 1]) >= 8 && /[.!?:]["'”’)]?$/.test(texts[i + 1]) && !BULLET.test(texts[i + 1]);
}

const ATX_LINE = /^ {0,3}#{1,6}(?:[ \t]|\r?$)/gm;

/**
 * Whether a text reads as converted from PDF or Word: it has at most one Markdown heading (a
 * title). `starts` are its chunk starts (see `splitChunks`): every one after the first is a
 * heading or a paragraph, so they count the headings without reading the text again, unless
 * the chunker stopped early.
 */
export function readsConverted(text: string, starts: readonly number[]): boolean {
  let headings = 0;
  for (let i = 1; i < starts.length && headings < 2; i++) if (text.charCodeAt(starts[i]) === 35) headings++;
  if (headings >= 2) return false;
  ATX_LINE.lastIndex = 0;
  headings = 0;
  while (headings < 2 && ATX_LINE.exec(text)) headings++;
  return headings < 2;
}

/**
 * Whether paragraph `b` continues paragraph `a` (a sentence broken over lines
 * with a blank line between, as PDF conversions leave it): `a` ends open, and
 * `b` starts in lower case or `a` ends with a comma or a word such as "the".
 * Neither may be a bullet, a heading or furniture (the caller checks the last two).
 */
export function continues(src: string, a: RootContent, aText: string, bText: string): boolean {
  const { start, end } = at(a);
  if (!endsOpen(src, start, end)) return false;
  if (!aText || !bText || BULLET.test(aText) || BULLET.test(bText)) return false;
  if (/^\p{Ll}/u.test(bText)) return true;
  return /,$/.test(aText) || FUNCTION_END.test(aText);
}

/** The plain text of a paragraph (markup removed), trimmed. */
export function paragraphText(n: MdParagraph): string {
  return plain(n.children).trim();
}

// ---- prompts left unfilled ----

/**
 * The prompts the section skeletons and snippets leave for a writer to replace
 * ("[Executive name and role]", or the same words as a snippet's default), as one
 * pattern: a sentence that still holds one is a prompt, not content.
 */
let promptPattern: RegExp | undefined;
function prompts(): RegExp {
  if (promptPattern) return promptPattern;
  const phrases = new Set<string>();
  // Every wording a skeleton can take: patients, residents or customers, the trust or the council.
  const lines = new Set(allWords().flatMap((w) => SECTION_KINDS.flatMap((k) => sectionText(k.kind, w).skeleton)));
  for (const line of lines) {
    for (const m of line.matchAll(/\[([^\]]+)\]/g)) {
      // Three words or more, or an ellipsis ("Patients who ..."): two words alone ("the reason") are ordinary prose.
      const p = m[1].replace(/(?<!\.)\.$/, '').trim();
      if (words(p) >= 3 || p.includes('...') || p === 'month year') phrases.add(p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    }
  }
  // A skeleton's or snippet's words left as they were.
  return (promptPattern = new RegExp(phrases.size ? [...phrases].join('|') : '(?!)', 'giu'));
}

/** A bracketed prompt of its own ("[add the date]"), not a link Markdown could not read. */
// Written as lookaheads over the text up to the next bracket, so a long run of "[" costs linear time.
const BRACKETED = /\[(?=[^[\]\n]*\p{L})(?=[^[\]\n]*\](?!\())/u;

/**
 * Whether a sentence is an unfilled prompt: it holds bracketed prompt text, a
 * skeleton's or snippet's prompt of four words or more, or shorter prompts that make
 * up at least half of it. (A three-word stock phrase of a skeleton, such as "their
 * biggest need", inside a sentence of the writer's own is content.)
 */
export const isPrompt: (text: string) => boolean = memoText((text) => {
  if (!/\s|\[/.test(text)) return false;
  if (BRACKETED.test(text)) return true;
  let matched = 0;
  for (const m of text.matchAll(prompts())) {
    const n = words(m[0]);
    if (n >= 4) return true;
    matched += n;
  }
  return matched > 0 && matched * 2 >= words(text);
});
