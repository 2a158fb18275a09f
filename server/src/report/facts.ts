// What the strategy says about itself: its title, year, period, owner and
// review promise, each with the span that says it. The board pack reads the
// facts only through `strategyFacts`, so when the core grows a facts step of
// its own (core/facts.ts) this one function is all that needs to change.
// Until then it reads what the analysis already records: the title from the
// model, the year as the horizon rule measures it, and the evidence of the
// time-horizon, delegated-ownership, ownership-section and review-cadence rules.
import type { Analysis, Span } from '../core/index';
import { documentYear, findHorizons } from '../core/rule-helpers';

export interface Fact<T> {
  value: T;
  /** Where the document says it. */
  span: Span;
}

export interface Period {
  /** The first year, when stated. */
  from?: number;
  /** The last year, when stated. */
  to?: number;
  /** Its length in years. */
  years: number;
}

export interface StrategyFacts {
  title?: Fact<string>;
  /** The year the document speaks from, and how it was found. */
  year: { value: number; from: 'front matter' | 'title' | 'period' | 'today' };
  /** The period the strategy covers (the first horizon the horizon rule accepted or reported). */
  period?: Fact<Period>;
  /** The sentence that names who owns the strategy, or the heading of its ownership section. */
  owner?: Fact<string>;
  /** The sentence that promises a review cycle. */
  review?: Fact<string>;
}

const OWNS = /\b(?:own(?:s|ed|ership)?|agreed|approved|signed off|accountable|responsible|sponsor(?:s|ed)?|led by|leads)\b/i;

/** The facts of an analysed document. `now` stands in for the year when the document states none. */
export function strategyFacts(analysis: Analysis, now: Date): StrategyFacts {
  const { doc } = analysis;
  const text = doc.text;
  const of = (ruleId: string) => analysis.evidence.filter((e) => e.ruleId === ruleId);

  const base = documentYear(doc, now.getUTCFullYear());
  const facts: StrategyFacts = { year: { value: base.year, from: base.from } };
  if (doc.title) facts.title = { value: doc.title.text, span: doc.title.span };

  // A horizon the rule accepted is evidence; one it found too long is a finding on the same words.
  const horizonSpans = [...of('time-horizon').map((e) => e.span), ...analysis.findings.filter((f) => f.ruleId === 'time-horizon' && f.span.end - f.span.start < 200).map((f) => f.span)].sort(
    (a, b) => a.start - b.start,
  );
  for (const span of horizonSpans) {
    const h = findHorizons(text.slice(span.start, span.end))[0];
    if (!h) continue;
    const years = h.what === 'range' ? h.to! - h.from! : h.what === 'duration' ? h.years! : h.to! - base.year;
    if (!(years > 0)) continue;
    const from = h.from ?? (h.to !== undefined ? h.to - years : base.from !== 'today' ? base.year : undefined);
    facts.period = { value: { from, to: h.to ?? (from !== undefined ? from + years : undefined), years }, span };
    break;
  }
  if (base.from === 'today' && facts.period?.value.from !== undefined) facts.year = { value: facts.period.value.from, from: 'period' };

  // A sentence that says who owns or agreed it beats a heading; a sentence that only mentions the board comes last.
  const naming = of('delegated-ownership');
  const owner = naming.find((e) => OWNS.test(e.label)) ?? of('ownership-section')[0] ?? naming[0];
  if (owner) facts.owner = { value: owner.label, span: owner.span };
  const review = of('review-cadence')[0];
  if (review) facts.review = { value: text.slice(review.span.start, review.span.end), span: review.span };
  return facts;
}
