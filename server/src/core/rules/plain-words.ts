// plain-words: long words and phrases with a plainer alternative, each with a
// quick fix that puts the plain word in (Mainstream).
import { defineRule } from '../rule';
import { placed, reportLimited, type Pending } from '../rule-helpers';
import type { Span } from '../types';
import { compileList, findWords, matchCase, replaceFix } from '../words/match';
import { inflectLike } from '../words/inflect';
import { PLAIN } from '../words/plain';
import { isInName } from './words-to-avoid';

interface Options {
  allow: string[];
  limit: number;
}

const LIST = compileList(PLAIN);

/** A word with a plainer alternative found in a chunk: the text as written, its chunk-relative span and the plain word. */
interface Hit {
  text: string;
  span: Span;
  plain: string;
  /** Whether "fix all" may put the plain word in without the sentence needing more rewording. */
  safe: boolean;
}

export default defineRule<Options, Hit[]>({
  meta: {
    id: 'plain-words',
    description: 'Long or formal words with a plainer alternative, such as "commence" (start), "prior to" (before) and "ensure" (make sure).',
    defaultSeverity: 'hint',
    category: 'writing',
    fixable: true,
    quality: 'mainstream',
    options: {
      allow: { type: 'array', items: { type: 'string' }, default: [], description: 'Words or phrases to accept in this project, as written (for example "ensure").' },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 20, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'A strategy only works if people can digest and remember it, which NHS Providers\' Digital Boards guidance calls being mainstream. The GOV.UK style guide and the NHS digital service manual both ask for plain English: short, common words that most readers understand first time, including people reading in a second language or under pressure.',
      good: 'Everyday words: "start", "before", "help", "need", "make sure".',
      before: 'Prior to commencing the rollout we will ascertain what additional training staff require.',
      after: 'Before starting the rollout we will find out what extra training staff need.',
      fix: 'The quick fix replaces the word with its plain alternative in the same form ("commenced" becomes "started", "ensuring that" becomes "making sure that"). "Fix all" and fix-on-save make only the changes that need no other rewording: they leave names ("Additional Clinical Services"), quoted titles and headings alone, and leave a word such as "purchase" used as a noun, or "ensure" before a noun, for you to reword.',
    },
  },
  scan(chunk, { options }) {
    const allow = new Set(options.allow.map((w) => w.toLowerCase()));
    const hits: Hit[] = [];
    for (const m of findWords(LIST, chunk.sentences, (m) => !m.entry.unlessAfter?.test(m.after) && !isInName(m.text, m.before, m.after))) {
      if (allow.has(m.text.toLowerCase().replace(/\s+/g, ' '))) continue;
      const e = m.entry;
      const no = e.notForFixAll;
      const safe = !no || !(no.never || no.before?.test(m.before) || no.after?.test(m.after) || (no.unlessAfter && !no.unlessAfter.test(m.after)));
      hits.push({ text: m.text, span: m.span, plain: matchCase(m.text, e.verb ? inflectLike(m.text, e.replacement) : e.replacement), safe });
    }
    return hits;
  },
  check(ctx) {
    const { doc, options } = ctx;
    const pending: Pending[] = [];
    for (const p of ctx.scanned) {
      for (const h of p.value) {
        const m = { text: h.text, span: placed(p, h.span) };
        const plain = h.plain;
        // "Demonstrated" may be "showed" or "shown": offer both, and let the writer choose.
        const ambiguous = /^demonstrated$/i.test(m.text);
        const fixes = (ambiguous ? [plain, matchCase(m.text, 'shown')] : [plain]).map((r) => replaceFix(doc, m, r, !ambiguous && h.safe)).filter((f) => !!f);
        pending.push({
          span: m.span,
          message: `"${m.text}" has a plainer alternative: "${plain}".`,
          weight: 1,
          fixes,
          data: { word: m.text.toLowerCase(), replacement: plain },
        });
      }
    }
    reportLimited(ctx, pending, options.limit, (n) => `${n} words or phrases have a plainer alternative. The first ${options.limit} are marked.`);
  },
});
