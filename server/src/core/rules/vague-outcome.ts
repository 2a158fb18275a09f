// vague-outcome: a promise to improve, increase or transform with no figure, baseline or date (vague pitfall).
import { defineRule } from '../rule';
import { VAGUE_VERBS, caseStudyScope, inInlineCode, isProse, sectionScope, marked } from '../lexicon';
import { BASELINE, hasDateOrPeriod, hasMeasure, ledInLists, placed, placedSection, reportLimited, rootListIndex, type Pending } from '../rule-helpers';
import { sentenceSpan } from '../text';
import { NAMED_COMMITMENT, OWN_COMMITMENT } from '../statements';
import type { Span } from '../types';

interface Options {
  limit: number;
  onlyCommitments: boolean;
}

/** A promise of change with no figure, baseline or date (chunk-relative), in sentence order; whether an item sits under outcomes is for `check`. */
interface Hit {
  span: Span;
  verb: string;
  promise: boolean;
  item: boolean;
  local: number;
}

export default defineRule<Options, Hit[]>({
  meta: {
    id: 'vague-outcome',
    description: 'A promise to improve, increase, reduce or transform something should say by how much and by when.',
    defaultSeverity: 'info',
    fixable: false,
    quality: 'realistic',
    question: 'five-year-impact',
    options: {
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 10, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
      onlyCommitments: {
        type: 'boolean',
        default: true,
        description: 'Only read promises and aims: the verb follows "we will", "our goal is" and the like, or opens the sentence ("Improve access to ..."). Description of the world as it is is left alone.',
      },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance names vague, cookie-cutter strategies as a pitfall: they give no tangible, measurable description of how things will be different. "We will improve patient experience" cannot be checked; "by how much, from what, by when" can.',
      good:
        'Each promise of change carries a figure, a starting point or a date in the same sentence: "We will cut the time to book a first appointment from 12 days to 5 by March 2027."',
      before: 'We will improve patient access to digital services.',
      after: 'By March 2027, 75% of our outpatients will manage their appointments in the NHS App, up from 40% in 2025.',
      fix: 'Add the figure you expect to move, where it starts and the date, or say the aim less grandly. Outcome lists under an outcomes or priorities heading are checked by `measurable-outcome` instead.',
    },
  },
  scan(chunk, { options }) {
    const hits: Hit[] = [];
    // Items of a list led in as outcomes or commitments ("We will:") are measurable-outcome's (docs/overlaps.md).
    const ledIn = ledInLists(chunk);
    const ledItems = chunk.listItems.filter((it) => ledIn.includes(rootListIndex(chunk, it.list)));
    // A sentence's predecessor in another chunk is never in the same run, so each chunk starts afresh.
    let prev: (typeof chunk.sentences)[number] | undefined;
    for (const s of chunk.sentences) {
      const before = prev;
      prev = s;
      if (!isProse(s)) continue;
      if (s.source === 'item' && ledItems.some((it) => s.span.start >= it.span.start && s.span.start < it.span.end)) continue;
      VAGUE_VERBS.lastIndex = 0;
      let m: RegExpExecArray | null;
      let hit: RegExpExecArray | undefined;
      let promise = false;
      while ((m = VAGUE_VERBS.exec(s.text))) {
        // "Leeds Improvement Method": a capital in mid-sentence makes it a name, not a promise.
        if (m.index > 0 && /\p{Lu}/u.test(m[0][0])) continue;
        const lead = s.text.slice(0, m.index);
        // The promise must govern the verb: "we will improve", not "we will publish what improved".
        // Only the strategy's own promises ("we will", "our aim is", "the board commits"): not the world, other bodies' plans or the past.
        const near = lead.slice(-60);
        const found = OWN_COMMITMENT.exec(near) ?? NAMED_COMMITMENT.exec(near);
        // "We must avoid practices that reduce ...": the verb sits in a clause of its own, not under the promise.
        const c = found && !/\b(?:that|which|who|whose)\b/i.test(near.slice(found.index + found[0].length)) ? found : null;
        // A short label such as a theme name ("Transforming our services") is not a promise.
        // Past tense at the start ("Transformed the way ...") reports what was done, not a promise.
        // A gerund that is the subject ("Increasing collaboration will allow ...") describes a benefit.
        // A line that leads into a list ("Improving access, through:") or a contents line ("Improving care ... 12") is a label.
        const opens = LEADING.test(lead) && s.words >= 5 && !LABEL_LINE.test(s.text) && !/ed$/i.test(m[0]) && !(/ing$/i.test(m[0]) && /\bwill\b/i.test(s.text));
        if (c || opens || !options.onlyCommitments) {
          hit = m;
          promise = !!c;
          break;
        }
      }
      if (!hit) continue;
      if (hasMeasure(s.text) || hasDateOrPeriod(s.text) || BASELINE.test(s.text)) continue;
      // "This will be further increased ..." carries on from a measured sentence just before it.
      if (before && before.run === s.run && ANAPHORA.test(s.text) && (hasMeasure(before.text) || hasDateOrPeriod(before.text))) continue;
      const span = sentenceSpan(s, hit.index, hit.index + hit[0].length);
      if (inInlineCode(chunk, span.start) || isLinkOnly(chunk, s.span)) continue;
      hits.push({ span, verb: hit[0], promise, item: s.source === 'item', local: s.local });
    }
    return hits;
  },
  check(ctx) {
    const { doc, options } = ctx;
    const outcomeScope = sectionScope(doc, ['outcomes', 'priorities']);
    const caseStudy = caseStudyScope(doc);
    const pending: Pending[] = [];
    for (const p of ctx.scanned) {
      for (const h of p.value) {
        // Items under outcome headings belong to measurable-outcome.
        if (h.item && outcomeScope(placedSection(p, h.local))) continue;
        // A case study reports someone else's work, not this strategy's promise.
        if (caseStudy(placedSection(p, h.local))) continue;
        pending.push({
          span: placed(p, h.span),
          message: `"${h.verb}" with no figure, baseline or date: nobody could tell whether it happened. Say by how much, from what, and by when.`,
          weight: h.promise ? 2 : 1,
        });
      }
    }
    reportLimited(ctx, pending, options.limit, (n) => `${n} promises of change give no figure, baseline or date. ${marked(options.limit, 'most direct')}`);
  },
});

/** A list of links (a table of contents) names sections; it promises nothing. Works on a chunk as on the whole text: the line of a prose sentence never starts a chunk. */
function isLinkOnly(doc: { readonly text: string }, span: { start: number; end: number }): boolean {
  const text = doc.text;
  // Only short lines can be a contents entry; the bounds keep a huge one-line document linear.
  const lo = Math.max(0, span.start - 2000);
  const hi = Math.min(text.length, span.end + 2000);
  let from = span.start;
  while (from > lo && text.charCodeAt(from - 1) !== 10) from--;
  let to = span.end;
  while (to < hi && text.charCodeAt(to) !== 10) to++;
  if ((from === lo && lo > 0) || (to === hi && hi < text.length)) return false;
  const line = text.slice(from, to).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim();
  return /^\[[^\]]*\]\([^)]*\)[.;,]?$/.test(line);
}

const ANAPHORA = /^(?:this|it|these|that|they)\b/i;

/** A lead-in to a list, or a contents line ending in a page number. */
const LABEL_LINE = /:\s*$|(?:\.{3,}|…|\s)\s*\d{1,3}\s*$/;

/** The verb opens the sentence or item: "Improve access to ...", "Reduced waiting", "To transform ...". */
const LEADING = /^\s*(?:\d+[.)]\s*|[-*•]\s*)?(?:to\s+|and\s+)?$/i;
