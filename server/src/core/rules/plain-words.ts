// plain-words: long words and phrases with a plainer alternative, each with a
// quick fix that puts the plain word in (Mainstream).
import { defineRule } from '../rule';
import { placed, reportLimited, type Pending } from '../rule-helpers';
import type { Span } from '../types';
import { compileList, findWords, matchCase, replaceFix } from '../words/match';
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
}

export default defineRule<Options, Hit[]>({
  meta: {
    id: 'plain-words',
    description: 'Long or formal words with a plainer alternative, such as "commence" (start), "prior to" (before) and "ensure" (make sure).',
    defaultSeverity: 'info',
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
      fix: 'The quick fix replaces the word with its plain alternative. Read the sentence again afterwards: a verb may need a different form ("requires" becomes "need", which may want an "s").',
    },
  },
  scan(chunk, { options }) {
    const allow = new Set(options.allow.map((w) => w.toLowerCase()));
    const hits: Hit[] = [];
    for (const m of findWords(LIST, chunk.sentences, (m) => !m.entry.unlessAfter?.test(m.after) && !isInName(m.text, m.before, m.after))) {
      if (allow.has(m.text.toLowerCase().replace(/\s+/g, ' '))) continue;
      hits.push({ text: m.text, span: m.span, plain: matchCase(m.text, inflect(m.text, m.entry.replacement)) });
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
        const fixes = (ambiguous ? [plain, matchCase(m.text, 'shown')] : [plain]).map((r) => replaceFix(doc, m, r, !ambiguous)).filter((f) => !!f);
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

/** Carry the original verb's ending over to a one-word replacement ("commenced" → "started"). */
function inflect(original: string, plain: string): string {
  if (/\s/.test(plain)) {
    // Inflect the first word of a phrase verb ("make sure" → "made sure", "find out" → "finding out").
    const [head, ...rest] = plain.split(' ');
    const h = inflect(original, head);
    return [h, ...rest].join(' ');
  }
  const o = original.toLowerCase();
  const irregular: Record<string, Record<string, string>> = {
    make: { ed: 'made', ing: 'making', s: 'makes' },
    find: { ed: 'found', ing: 'finding', s: 'finds' },
    get: { ed: 'got', ing: 'getting', s: 'gets' },
    buy: { ed: 'bought', ing: 'buying', s: 'buys' },
    show: { ed: 'showed', ing: 'showing', s: 'shows' },
    try: { ed: 'tried', ing: 'trying', s: 'tries' },
    start: { ed: 'started', ing: 'starting', s: 'starts' },
    end: { ed: 'ended', ing: 'ending', s: 'ends' },
    need: { ed: 'needed', ing: 'needing', s: 'needs' },
    help: { ed: 'helped', ing: 'helping', s: 'helps' },
  };
  const forms = irregular[plain];
  if (!forms) return plain;
  if (/ed$/.test(o)) return forms.ed;
  if (/ing$/.test(o)) return forms.ing;
  if (/(?:es|[^s]s)$/.test(o) && !/(?:ous|ss|ance)$/.test(o)) return forms.s;
  return plain;
}
