// undefined-acronym: an abbreviation used before it is spelt out. A spelling-out
// in brackets, a glossary section, a "ABC: ..." list item or the config's
// `acronyms` list defines one; the profile lists those every reader knows (Mainstream).
import { defineRule } from '../rule';
import { reportLimited, type Pending } from '../rule-helpers';
import { sentenceSpan, type Sentence } from '../text';
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
const GRID = /^[A-Z]\d+$/;
const SMALL = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', '&', 'a', 'an', 'with', 'at', 'by']);

interface Use {
  acronym: string;
  span: Span;
  /** The token as written (with any plural s). */
  text: string;
  sentence: Sentence;
}

/** Whether a sentence is set in capitals (a shouted heading from a PDF), where every word looks like an acronym. */
const shouted = memoText(isShouted);
function isShouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 8 && upper.length / letters.length > 0.6;
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

export default defineRule<Options>({
  meta: {
    id: 'undefined-acronym',
    description: 'An abbreviation (such as EPR or PACS) used before it is spelt out, unless it is in the glossary, the config\'s acronyms list or the profile\'s list of well-known ones.',
    defaultSeverity: 'warning',
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
      fix: 'The quick fix spells the abbreviation out at its first use: with the words the document uses later, if it spells it out further down, or with a prompt such as "[PACS in full] (PACS)" to replace. A glossary section (a heading such as "Glossary" or "Abbreviations"), a list item such as "PACS: picture archiving and communication system", or the `acronyms` list in `.strategy-lint.json` also count.',
    },
  },
  check(ctx) {
    const { doc, options, vocab } = ctx;
    const known = (a: string) => vocab.knownAcronyms.has(a) || ignore.has(a);
    const ignore = new Set(options.ignore);
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
    for (const s of doc.sentences) {
      const text = s.text;
      if (s.section >= 0 && glossary.has(s.section)) {
        TOKEN.lastIndex = 0;
        for (let m; (m = TOKEN.exec(text)); ) define(m[1], -1);
        continue;
      }
      IN_BRACKETS.lastIndex = 0;
      if (text.includes('(')) for (let m; (m = IN_BRACKETS.exec(text)); ) define(m[1], s.span.start, expansion(text.slice(0, m.index), m[1]));
      // "PACS: picture archiving ..." or "PACS – picture ..." at the start of a list item or cell.
      const lead = /^\**([A-Z][A-Z0-9&]*[A-Z0-9])s?\**\s*(?:[:–—=]|-\s)\s*\S/.exec(text);
      if (lead && (s.source === 'item' || s.source === 'cell')) define(lead[1], s.span.start);
      if (s.source === 'heading') continue;
      let loud: boolean | undefined;
      TOKEN.lastIndex = 0;
      for (let m; (m = TOKEN.exec(text)); ) {
        if ((loud ??= shouted(text))) break;
        const a = m[1];
        if (ROMAN.test(a) || GRID.test(a) || WORDS.has(a) || a.length > 8 || uses.has(a)) continue;
        if (known(a) || known(m[0])) continue;
        // "ABC (words)" spells it out after the abbreviation.
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
        if (/^\s*\((?![A-Z0-9&]+s?\))[^)]*\s[^)]*\)/.test(next) || /^\s+(?:stands\s+for|is\s+short\s+for|means)\b/.test(next)) {
          define(a, s.span.start);
        }
        const span = sentenceSpan(s, m.index, m.index + m[0].length);
        // A word in bold or italic capitals ("**CORE**") is emphasis, often from a converted diagram, not an abbreviation.
        if (/[*_]/.test(doc.text[span.start - 1] ?? '') || /^\s*[*_]/.test(doc.text.slice(span.end, span.end + 2))) continue;
        uses.set(a, { acronym: a, text: m[0], span, sentence: s });
      }
    }
    const pending: Pending[] = [];
    for (const u of uses.values()) {
      const d = defined.get(u.acronym);
      if (d && d.at <= u.sentence.span.start) continue;
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
    isPreferred: true,
  };
}
