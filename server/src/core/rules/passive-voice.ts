// passive-voice: "be" plus a past participle, which hides who does what.
// Information only, summarised on long documents (Owned: says who acts).
import { defineRule } from '../rule';
import { placed, reportLimited, type Pending } from '../rule-helpers';
import { sentenceSpan } from '../text';
import type { Span } from '../types';

interface Options {
  limit: number;
}

/** A passive construction: its chunk-relative span and words. */
interface Hit {
  span: Span;
  phrase: string;
}

const IRREGULAR =
  'been|borne|bought|brought|built|caught|chosen|done|drawn|driven|fed|felt|forgotten|found|given|gone|grown|heard|held|hidden|kept|known|laid|led|left|lent|lost|made|meant|met|paid|put|read|run|said|seen|sent|set|shown|shut|sold|spent|spoken|stolen|taken|taught|thought|told|understood|won|withdrawn|written';
/** Words ending in -ed that are adjectives after "be", or not participles at all. */
const NOT_PASSIVE = new Set([
  'based', 'interested', 'committed', 'concerned', 'involved', 'engaged', 'skilled', 'experienced', 'tired', 'pleased', 'excited',
  'determined', 'dedicated', 'supposed', 'used', 'talented', 'qualified', 'motivated', 'prepared', 'aligned', 'focused', 'focussed',
  'need', 'speed', 'seed', 'feed', 'hundred', 'sacred', 'naked', 'wicked', 'embed', 'shed', 'bed', 'red', 'led', 'exceed', 'proceed',
  'succeed', 'indeed', 'united', 'detailed', 'limited', 'advanced', 'integrated', 'connected', 'complicated', 'sophisticated',
  'varied', 'assured', 'satisfied', 'worried', 'confused', 'allowed', 'entitled', 'scheduled', 'expected', 'due',
]);
// At most six words between the verb and the participle: unbounded, a run of thousands of "being"
// made every match attempt walk to the end of the run and back (quadratic).
const PASSIVE = new RegExp(
  `\\b(?:am|is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\\s+(?:(?:not|also|then|now|already|often|currently|fully|widely|largely|further|still|increasingly|usually|typically|routinely|always|never|being|well|better|best|properly|successfully|directly|jointly|centrally|locally|nationally)\\s+){0,6}([a-z]{3,}ed|${IRREGULAR})\\b(?!\\s+(?:to|that)\\b)`,
  'gi',
);

export default defineRule<Options, Hit[]>({
  meta: {
    id: 'passive-voice',
    description: 'Passive constructions ("will be delivered", "was agreed") that hide who does what. Information only.',
    defaultSeverity: 'hint',
    category: 'writing',
    fixable: false,
    quality: 'owned',
    options: {
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 10, description: 'Most passive constructions to mark one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance asks for a strategy the whole board owns, with clear accountability. The passive voice ("the system will be replaced") leaves out who will act, which is exactly what a board needs to know. The GOV.UK style guide and NHS content guidance both prefer the active voice because it is shorter and clearer.',
      good: 'Sentences that name who acts: "the chief nursing information officer will lead the rollout" rather than "the rollout will be led".',
      before: 'The new system will be implemented and staff will be trained by the end of the year.',
      after: 'Our digital team will install the new system, and ward managers will train their staff by the end of the year.',
      fix: 'Name who does it and put them first. The passive is fine where the doer does not matter or is obvious ("the trust was founded in 1948"), which is why this rule is information only.',
    },
  },
  scan(chunk) {
    // Per chunk: each passive construction, in sentence order.
    const hits: Hit[] = [];
    for (const s of chunk.sentences) {
      if (s.source === 'heading' || s.source === 'cell') continue;
      PASSIVE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PASSIVE.exec(s.text))) {
        const participle = m[1].toLowerCase();
        if (NOT_PASSIVE.has(participle)) continue;
        hits.push({ span: sentenceSpan(s, m.index, m.index + m[0].length), phrase: m[0] });
      }
    }
    return hits;
  },
  check(ctx) {
    const { doc, options } = ctx;
    const pending: Pending[] = [];
    for (const p of ctx.scanned) {
      for (const h of p.value) {
        pending.push({
          span: placed(p, h.span),
          message: `"${h.phrase}" is passive, so it does not say who acts. Name who will do it, if it matters.`,
          weight: 0,
          data: { phrase: h.phrase },
        });
      }
    }
    reportLimited(ctx, pending, options.limit, (n) => {
      const per1000 = doc.words ? Math.round((n * 1000) / doc.words) : 0;
      return `${n} passive constructions (about ${per1000} per 1,000 words) leave out who acts. The first ${options.limit} are marked; naming who will do each thing makes ownership clear.`;
    });
  },
});
