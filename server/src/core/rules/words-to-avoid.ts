// words-to-avoid: the GOV.UK style guide's words to avoid and metaphors, with
// replacements as quick fixes and the guide's own exceptions (Mainstream).
import { defineRule } from '../rule';
import { FEW, placed, reportSummarised, type Pending } from '../rule-helpers';
import { AVOID, familyOf, type AvoidEntry } from '../words/avoid';
import { inflectLike } from '../words/inflect';
import { compileList, findWords, replaceFix, type WordMatch } from '../words/match';
import type { Fix, Span } from '../types';
import { hollowCommitmentSpans as hollowSpans } from '../rule-helpers';

interface Options {
  allow: string[];
  limit: number;
  summaryOver: number;
}

const LIST = compileList(AVOID);
/** Each entry's index in the list: a scan keeps the index, since the entries hold regular expressions. */
const INDEX = new Map(LIST.entries.map((e, i) => [e, i]));

/** A word to avoid found in a chunk: the list entry's index, the text as written and its chunk-relative span. */
interface Hit {
  entry: number;
  text: string;
  span: Span;
}

/** Whether the context around a match rules it out (an exception the guide allows, or a sense it does not mean). */
function applies(m: WordMatch<AvoidEntry>): boolean {
  const e = m.entry;
  if (e.unlessAfter?.test(m.after)) return false;
  if (e.unlessBefore?.test(m.before)) return false;
  if (e.onlyAfter && !e.onlyAfter.test(m.after)) return false;
  if (e.onlyBefore && !e.onlyBefore.test(m.before)) return false;
  // Inside a hyphenated word or a name ("our Transforming Justice programme") the word is not the writer's choice.
  if (/[-‐]$/.test(m.before)) return false;
  if (isInName(m.text, m.before, m.after)) return false;
  // Outside headings (which may be in Title Case), a capitalised word after a capitalised word mid-sentence ends a
  // name: "developing Interim Learning Agendas", "the Digital Agenda".
  if (m.sentence.source !== 'heading' && endsName(m.text, m.before)) return false;
  return true;
}

/** A capitalised word that follows a capitalised word which is itself mid-sentence: the end of a name such as "our Learning Agenda". */
export function endsName(text: string, before: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text) && /[\p{L}\p{N},;:)]\s+\p{Lu}[\p{L}'’-]*\s+$/u.test(before);
}

/** A capitalised word mid-sentence followed by another capitalised word is part of a name. */
export function isInName(text: string, before: string, after: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text)) return false;
  if (/[\p{L}\p{N},;:)]\s+$/u.test(before) && /^\s+\p{Lu}/u.test(after)) return true;
  // At the start, more capitalised words make a Title Case name ("Additional Clinical Services"), as does
  // a capitalised word that ends the sentence ("Additional Clinical" as a table label).
  return before.trim() === '' && (/^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(after) || /^\s+\p{Lu}\p{Ll}+\s*$/u.test(after));
}

export default defineRule<Options, Hit[]>({
  meta: {
    id: 'words-to-avoid',
    description: 'Words and metaphors the GOV.UK style guide asks writers to avoid, such as "leverage", "drive", "robust" and "going forward"; a document with many gets one summary that counts them.',
    defaultSeverity: 'info',
    category: 'writing',
    fixable: true,
    quality: 'mainstream',
    options: {
      allow: { type: 'array', items: { type: 'string' }, default: [], description: 'Words from the list to accept in this project, as the list names them (for example "deliver" or "key").' },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 25, description: 'Most uses to mark one by one once the document has a summary (the easiest to fix first).' },
      summaryOver: { type: 'integer', minimum: 0, maximum: 1000, default: FEW, description: 'Past this many uses in a document, one finding names the words and how often each is used, and each use is marked as a hint that keeps its quick fix. Up to this many, each use is its own finding.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance asks for a mainstream strategy: one that staff, partners and patients can digest and remember. The GOV.UK style guide lists words that make writing vague or abstract (many are metaphors such as "drive", "tackle" or "land") and asks writers to say what they will actually do instead. Jargon of this kind is also a sign of the cookie-cutter text the guidance warns about.',
      good: 'Plain verbs that say what will happen: "we will replace the patient administration system" rather than "we will leverage technology to drive transformation".',
      before: 'We will leverage our robust infrastructure to drive improvement going forward.',
      after: 'We will use our reliable network to cut the time clinicians spend logging in.',
      fix: 'Say what you will actually do. Where a plain word fits, the quick fix offers it in the same form ("utilise" → "use", "utilising" → "using", "in order to" → "to"); for metaphors it offers alternatives to choose from, which "fix all" and fix-on-save leave alone because the sentence usually needs rewording. They also leave names, quoted titles and headings alone. The guide\'s exceptions are respected: "deploy" software, "foster" care, "counter fraud", a meeting "agenda", "key" as a noun. Use the `allow` option for words your organisation has decided to keep. In a document that uses more than three (the `summaryOver` option), one finding names the words and counts each, and every use is marked as a hint that keeps its quick fix, so the habit is reported once rather than as a flood of underlines.',
    },
  },
  scan(chunk, { options }) {
    const allow = new Set(options.allow.map((w) => w.toLowerCase()));
    const hits: Hit[] = [];
    // "We are committed to ..." is hollow-commitment's finding; one problem gets one finding (docs/overlaps.md).
    const hollow = hollowSpans(chunk.sentences);
    for (const m of findWords(LIST, chunk.sentences, applies)) {
      if (allow.has(m.entry.word.toLowerCase()) || allow.has(m.text.toLowerCase())) continue;
      if (hollow.some((h) => m.span.start >= h.start && m.span.start < h.end)) continue;
      hits.push({ entry: INDEX.get(m.entry)!, text: m.text, span: m.span });
    }
    return hits;
  },
  check(ctx) {
    const { doc, options } = ctx;
    const pending: Pending[] = [];
    for (const p of ctx.scanned) {
      for (const h of p.value) {
        const e = LIST.entries[h.entry];
        const m = { text: h.text, span: placed(p, h.span) };
        const fixes: Fix[] = [];
        const replacements = e.verb ? e.replacements.map((r) => inflectLike(m.text, r)) : e.replacements;
        replacements.forEach((r, i) => {
          const f = replaceFix(doc, m, r, i === 0 && !!e.preferred);
          if (f) fixes.push(f);
        });
        const instead = replacements.filter(Boolean);
        pending.push({
          span: m.span,
          message: `"${m.text}" is on the GOV.UK style guide's list of words to avoid: ${e.why}.${instead.length ? ` Try ${instead.map((r) => `"${r}"`).join(' or ')}.` : ''}`,
          weight: e.preferred ? 2 : 1,
          fixes,
          data: { word: familyOf(e) },
        });
      }
    }
    reportSummarised(ctx, pending, {
      limit: options.limit,
      over: options.summaryOver,
      marked: 'hint',
      summary: (n) => summaryMessage(pending, n, options.limit),
    });
  },
});

/** "This document uses 9 words … 17 times in all: "empower" (4), "foster" (2), …" */
function summaryMessage(pending: readonly Pending[], n: number, limit: number): string {
  const counts = new Map<string, number>();
  for (const p of pending) counts.set(String(p.data?.word), (counts.get(String(p.data?.word)) ?? 0) + 1);
  // Most used first; a tie keeps the order of first use.
  const words = [...counts].sort((a, b) => b[1] - a[1]);
  const SHOWN = 8;
  const named = words.slice(0, SHOWN).map(([w, c]) => `"${w}" (${c})`);
  const rest = words.length - named.length;
  const list = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0];
  const which = n > limit ? `The ${limit} easiest to fix are marked as hints` : 'Each use is marked as a hint';
  return `This document uses ${words.length === 1 ? 'a word' : `${words.length} words`} that the GOV.UK style guide asks writers to avoid, ${n} times in all: ${list}. Say what you will actually do instead. ${which}, with a suggested replacement where there is one.`;
}
