// undefined-acronym: an abbreviation used before it is spelt out. A spelling-out
// in brackets, a glossary section, a "ABC: ..." list item or the config's
// `acronyms` list defines one; the profile lists those every reader knows (Mainstream).
import { defineRule } from '../rule';
import { placed, placedSection, reportLimited, type Pending } from '../rule-helpers';
import { sentenceSpan } from '../text';
import type { Doc } from '../model';
import type { Fix, Span } from '../types';
import { memoText } from '../memo';

interface Options {
  limit: number;
  ignore: string[];
}

const TOKEN = /(?<![\p{L}\p{N}&.])([A-Z][A-Z0-9&]*[A-Z0-9])(s)?(?![\p{L}\p{N}&]|\.\p{L})/gu;
/** Short words that are set in capitals for emphasis or in names ("Go ON UK"), not abbreviations. */
const WORDS = new Set(['ON', 'IN', 'TO', 'OR', 'AND', 'IS', 'AS', 'AT', 'BE', 'BY', 'DO', 'GO', 'IF', 'NO', 'OF', 'SO', 'UP', 'WE', 'MY', 'ME', 'HE', 'AN', 'THE', 'FOR', 'NOT', 'ALL', 'OUR', 'YOU', 'ARE', 'NEW', 'NOW', 'ONE', 'TWO', 'WHO', 'HOW', 'WHY', 'CAN', 'BUT', 'ITS', 'HAS', 'WAS']);
const IN_BRACKETS = /\(\s*([A-Z][A-Z0-9&]*[A-Z0-9])s?\s*\)/g;
const ROMAN = /^[IVXLCDM]+$/;
const WITH_YEAR = /^([A-Z]{2,})(?:19|20)\d{2}$/;
const GRID = /^[A-Z]\d+$/;
const SMALL = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', '&', 'a', 'an', 'with', 'at', 'by']);

interface Use {
  acronym: string;
  span: Span;
  /** The token as written (with any plural s). */
  text: string;
  /** Where the use's sentence starts. */
  at: number;
}

/** A spelling-out: where its sentence starts, and the words if the brackets follow them. */
interface Define {
  acronym: string;
  at: number;
  words?: string;
  /** "ABC (words)" or "ABC stands for ...": it counts only while the abbreviation has no use yet. */
  unlessUsed?: true;
}

/**
 * A run of a chunk's sentences under one heading (chunk-relative offsets).
 * Whether the heading is a glossary is for `check`, so the scan keeps both readings.
 */
interface Run {
  local: number;
  /** If the section is a glossary: every abbreviation in it, each defined from the start. */
  glossary: string[];
  /** Otherwise: the spellings-out, in order (less any that cannot change what an earlier one in the run set) ... */
  defines: Define[];
  /** ... and the first use of each abbreviation in the run, in order. */
  uses: Use[];
}

/** Whether a sentence is set in capitals (a shouted heading from a PDF), where every word looks like an acronym. */
const shouted = memoText(isShouted);
function isShouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 8 && upper.length / letters.length > 0.6;
}

/**
 * Where the words set in capitals start: two or more capitalised words in a row (with "of",
 * "and" or "the" between), one of them a long word, as logos, diagram labels and headings
 * run into the text of a converted document set them. Abbreviations are short and seldom
 * stand side by side; "DIGITAL STRATEGY" and "MINISTRY OF JUSTICE" are words.
 */
function capitalPhrases(text: string): Set<number> {
  const out = new Set<number>();
  const RUN = /(?<![\p{L}\p{N}&.])[A-Z]{2,}(?:[ \t]+(?:(?:OF|AND|THE|FOR|TO|IN|&)[ \t]+)?[A-Z]{2,})+(?![\p{L}\p{N}&])/gu;
  for (let m; (m = RUN.exec(text)); ) {
    const words = m[0].split(/[ \t]+/);
    if (!words.some((w) => w.length >= LONG_WORD)) continue;
    let at = m.index;
    for (const w of words) {
      out.add(text.indexOf(w, at));
      at = text.indexOf(w, at) + w.length;
    }
  }
  return out;
}
/** A word this long in a run of capitals is a word, not an abbreviation (few abbreviations reach five letters, and those stand alone). */
const LONG_WORD = 5;

/**
 * Whether an abbreviation is the initials of a name the document writes out in its title or
 * names as its owner ("Leeds Teaching Hospitals NHS Trust" gives LTHT): the letters follow
 * the initials of consecutive words, passing over small words and other abbreviations.
 */
export function isInitialsOf(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const words = name.split(/[\s\-–—/,:;]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let k = 0;
    for (let j = i; j < words.length && k < letters.length; j++) {
      const w = words[j];
      const initial = w[0];
      if (k === 0 && initial !== letters[0]) break;
      if (/^\p{Lu}/u.test(initial) && initial === letters[k] && !(k > 0 && /^[A-Z]{2,}$/.test(w))) k++;
      else if (SMALL.has(w.toLowerCase()) || /^[A-Z]{2,}s?$/.test(w)) continue;
      else break;
    }
    if (k === letters.length) return true;
  }
  return false;
}

/** Whether a text has the abbreviation as a word of its own. */
function hasWord(text: string, acronym: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(acronym)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Whether the text writes out capitalised words whose initials are the abbreviation's ("Health Education England" for HEE). */
function writtenOut(text: string, acronym: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  const gap = '[ \\t]+(?:(?:of|and|for|the|&|[A-Z]{2,})[ \\t]+)?';
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${[...letters].map((l) => `${l}\\p{Ll}+`).join(gap)}(?![\\p{L}\\p{N}])`, 'u');
  return re.test(text);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The spelt-out words before "(ABC)", when their initials fit the abbreviation. */
function expansion(before: string, acronym: string): string | undefined {
  const letters = acronym.replace(/[^A-Z]/g, '');
  const words = before.trim().split(/\s+/);
  const taken: string[] = [];
  let count = 0;
  for (let i = words.length - 1; i >= 0 && count < letters.length; i--) {
    const w = words[i].replace(/^[“"‘'(]+|[”"’',;:]+$/g, '');
    taken.unshift(w);
    if (!SMALL.has(w.toLowerCase())) count++;
  }
  while (taken.length && SMALL.has(taken[0].toLowerCase())) taken.shift();
  const initials = taken.filter((w) => !SMALL.has(w.toLowerCase())).map((w) => w[0]?.toUpperCase()).join('');
  // Loose: the first letters agree, and most of the initials appear in order.
  if (!initials || initials[0] !== letters[0] || count < letters.length) return undefined;
  return taken.join(' ');
}

export default defineRule<Options, Run[]>({
  meta: {
    id: 'undefined-acronym',
    description: 'An abbreviation (such as EPR or PACS) used before it is spelt out, unless it is in the glossary, the config\'s acronyms list or the profile\'s list of well-known ones.',
    defaultSeverity: 'info',
    category: 'writing',
    fixable: true,
    quality: 'mainstream',
    options: {
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 20, description: 'Most abbreviations to mark one by one; past this the rule adds one summary for the document.' },
      ignore: { type: 'array', items: { type: 'string' }, default: [], description: 'Abbreviations to treat as known in this project (the top-level `acronyms` setting does the same for every rule).' },
    },
    profileDefaults: {},
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance asks for a strategy that everyone can digest, not only the digital team. Unexplained abbreviations shut out board members, patients and partners, and the NHS and GOV.UK style guides both ask writers to spell an abbreviation out the first time it is used. Well-known ones (NHS, GP, ICS, ICB and EPR in the `nhs` profile; UK and IT in any) are allowed.',
      good: 'The first use reads "picture archiving and communication system (PACS)", or the strategy has a glossary section that lists it.',
      before: 'We will replace PACS in 2026.',
      after: 'We will replace our picture archiving and communication system (PACS) in 2026.',
      fix: 'The quick fix spells the abbreviation out at its first use: with the words the document uses later, if it spells it out further down, or with a prompt such as "[PACS in full] (PACS)" to replace (offered in the editor, but never inserted by "fix all"). A glossary section (a heading such as "Glossary" or "Abbreviations"), a list item such as "PACS: picture archiving and communication system", or the `acronyms` list in `.strategy-lint.json` also count.',
    },
  },
  scan(chunk, { options, vocab }) {
    const ignore = new Set(options.ignore);
    const known = (a: string) => vocab.knownAcronyms.has(a) || ignore.has(a);
    const runs: Run[] = [];
    let run: Run | undefined;
    let glossary = new Set<string>();
    /** The earlier spellings-out in the run, by abbreviation, to leave out any that could change nothing. */
    let earlier = new Map<string, Define[]>();
    let used = new Set<string>();
    const define = (d: Define) => {
      const before = earlier.get(d.acronym);
      // `check` keeps the earliest place and the first words, so one at or after an earlier one that surely
      // counts (or counts on the same condition) changes nothing, unless it brings words the earlier one lacks.
      if (before?.some((e) => e.at <= d.at && (!e.unlessUsed || d.unlessUsed) && (!d.words || e.words))) return;
      if (before) before.push(d);
      else earlier.set(d.acronym, [d]);
      run!.defines.push(d);
    };
    for (const s of chunk.sentences) {
      if (!run || run.local !== s.local) {
        runs.push((run = { local: s.local, glossary: [], defines: [], uses: [] }));
        glossary = new Set();
        earlier = new Map();
        used = new Set();
      }
      const text = s.text;
      // As a glossary, every abbreviation in the section is defined.
      TOKEN.lastIndex = 0;
      for (let m; (m = TOKEN.exec(text)); ) {
        if (!glossary.has(m[1])) {
          glossary.add(m[1]);
          run.glossary.push(m[1]);
        }
      }
      IN_BRACKETS.lastIndex = 0;
      if (text.includes('(')) for (let m; (m = IN_BRACKETS.exec(text)); ) define({ acronym: m[1], at: s.span.start, words: expansion(text.slice(0, m.index), m[1]) });
      // "PACS: picture archiving ..." or "PACS – picture ..." at the start of a list item or cell.
      const lead = /^\**([A-Z][A-Z0-9&]*[A-Z0-9])s?\**\s*(?:[:–—=]|-\s)\s*\S/.exec(text);
      if (lead && (s.source === 'item' || s.source === 'cell')) define({ acronym: lead[1], at: s.span.start });
      if (s.source === 'heading') continue;
      let loud: boolean | undefined;
      let display: Set<number> | undefined;
      TOKEN.lastIndex = 0;
      for (let m; (m = TOKEN.exec(text)); ) {
        if ((loud ??= shouted(text))) break;
        // A year run on to an abbreviation ("FY2023") is the abbreviation and a year.
        const a = WITH_YEAR.exec(m[1])?.[1] ?? m[1];
        if (ROMAN.test(a) || GRID.test(a) || WORDS.has(a) || a.length > 8 || used.has(a)) continue;
        // Words set in capitals ("DIGITAL STRATEGY", "MINISTRY OF JUSTICE": a logo or diagram label in converted text) are not abbreviations,
        // and an abbreviation standing alone as a whole paragraph is a label (a box of a diagram, a logo), not a use in prose.
        if ((display ??= capitalPhrases(text)).has(m.index)) continue;
        if (s.source === 'paragraph' && text.trim() === m[0]) continue;
        if (known(a) || known(m[0])) continue;
        // "ABC (words)" spells it out after the abbreviation.
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
        if (/^\s*\((?![A-Z0-9&]+s?\))[^)]*\s[^)]*\)/.test(next) || /^\s+(?:stands\s+for|is\s+short\s+for|means)\b/.test(next)) {
          define({ acronym: a, at: s.span.start, unlessUsed: true });
        }
        const whole = sentenceSpan(s, m.index, m.index + m[0].length);
        // A word in bold or italic capitals ("**CORE**") is emphasis, often from a converted diagram, not an abbreviation.
        // (Chunks start at a heading's line and end with a line ending, so the chunk's text reads the same here as the document's.)
        if (/[*_]/.test(chunk.text[whole.start - 1] ?? '') || /^\s*[*_]/.test(chunk.text.slice(whole.end, whole.end + 2))) continue;
        used.add(a);
        // With a year run on, the finding (and its spelling-out) covers the abbreviation only.
        const own = a === m[1];
        run.uses.push({ acronym: a, text: own ? m[0] : a, span: own ? whole : sentenceSpan(s, m.index, m.index + a.length), at: s.span.start });
      }
    }
    return runs;
  },
  check(ctx) {
    const { doc, options } = ctx;
    const glossary = new Set<number>();
    doc.sections.forEach((s, i) => {
      if (s.kinds.includes('glossary') || (s.parent >= 0 && glossary.has(s.parent))) glossary.add(i);
    });
    /** Where each abbreviation is first spelt out, and with what words. */
    const defined = new Map<string, { at: number; words?: string }>();
    const define = (a: string, at: number, words?: string) => {
      const d = defined.get(a);
      if (!d || at < d.at) defined.set(a, { at, words: words ?? d?.words });
      else if (!d.words && words) d.words = words;
    };
    const uses = new Map<string, Use>();
    for (const p of ctx.scanned) {
      for (const run of p.value) {
        const section = placedSection(p, run.local);
        if (section >= 0 && glossary.has(section)) {
          for (const a of run.glossary) define(a, -1);
          continue;
        }
        for (const d of run.defines) if (!(d.unlessUsed && uses.has(d.acronym))) define(d.acronym, d.at + p.offset, d.words);
        for (const u of run.uses) if (!uses.has(u.acronym)) uses.set(u.acronym, { ...u, span: placed(p, u.span), at: u.at + p.offset });
      }
    }
    // The organisation's own name, written out in the title or as the owner, defines its initials; so does
    // the name written out anywhere when the title or owner uses the initials ("HEE Digital Readiness Programme").
    const names = [ctx.facts.title?.text, ctx.facts.owner?.text].filter((n): n is string => !!n);
    const pending: Pending[] = [];
    for (const u of uses.values()) {
      const d = defined.get(u.acronym);
      if (d && d.at <= u.at) continue;
      if (names.some((n) => isInitialsOf(u.acronym, n))) continue;
      if (names.some((n) => hasWord(n, u.acronym)) && writtenOut(doc.text, u.acronym)) continue;
      const fix = spellOutFix(doc, u, d?.words);
      pending.push({
        span: u.span,
        message: d
          ? `"${u.acronym}" is used here before it is spelt out further down. Spell it out at its first use.`
          : `"${u.acronym}" is not spelt out. Write it in full the first time, followed by "(${u.acronym})", or add it to a glossary.`,
        weight: d ? 1 : 2,
        fixes: fix ? [fix] : [],
        data: { acronym: u.acronym },
      });
    }
    reportLimited(ctx, pending, options.limit, (n) => `${n} abbreviations are used without being spelt out first. A glossary section would explain them all in one place; the first ${options.limit} are marked.`);
  },
});

function spellOutFix(doc: Doc, u: Use, words: string | undefined): Fix | undefined {
  if (doc.text.slice(u.span.start, u.span.end) !== u.text) return undefined;
  const full = words ?? `[${u.acronym} in full]`;
  return {
    title: words ? `Spell out "${u.acronym}" as "${words}"` : `Spell out "${u.acronym}" here (insert a placeholder to fill in)`,
    edits: [{ start: u.span.start, end: u.span.end, newText: `${full} (${u.text})` }],
    // With the words known the fix is complete; a placeholder is for the writer to fill in, so "fix all" leaves it.
    ...(words ? { isPreferred: true } : { alternative: true }),
  };
}
