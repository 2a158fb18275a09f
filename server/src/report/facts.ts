// What the strategy says about itself, in the board pack's terms: its title,
// year, period, owner and review promise, each with the span that says it.
// The core works these out once (core/facts.ts, `analysis.facts`); this only
// shapes them for the report, so the report, the rules and the scorecard can
// never disagree about them.
import type { Analysis, Span } from '../core/index';

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
  /** The year the document speaks from, and where it was read ("today" when the document states none). */
  year: { value: number; from: 'front matter' | 'title' | 'text' | 'dated line' | 'today' };
  /** The period the strategy covers: its stated period, else its longest own horizon. */
  period?: Fact<Period>;
  /** The sentence that names who owns or leads the strategy. */
  owner?: Fact<string>;
  /** The sentence that promises a review (with a cycle when there is one). */
  review?: Fact<string>;
}

/** The facts of an analysed document, from the core's facts step. */
export function strategyFacts(analysis: Analysis): StrategyFacts {
  const f = analysis.facts;
  const facts: StrategyFacts = { year: { value: f.year.value, from: f.year.source } };
  if (f.title) facts.title = { value: f.title.text, span: f.title.span };
  if (f.period && (f.period.start !== undefined || f.period.end !== undefined)) {
    const { start, end } = f.period;
    const years = start !== undefined && end !== undefined ? end - start : end !== undefined ? end - f.year.value : (f.horizonYears?.value ?? 0);
    if (years > 0) facts.period = { value: { from: start ?? (end !== undefined ? end - years : undefined), to: end ?? (start !== undefined ? start + years : undefined), years }, span: f.period.span };
  }
  if (!facts.period && f.horizonYears) {
    const h = f.horizons.find((x) => x.years === f.horizonYears!.value) ?? f.horizons[0];
    const from = h?.from ?? (h?.to !== undefined ? h.to - f.horizonYears.value : f.year.source !== 'today' ? f.year.value : undefined);
    facts.period = { value: { from, to: h?.to ?? (from !== undefined ? from + f.horizonYears.value : undefined), years: f.horizonYears.value }, span: f.horizonYears.span };
  }
  if (f.owner) facts.owner = { value: f.owner.text, span: f.owner.span };
  if (f.review) facts.review = { value: f.review.quote, span: f.review.span };
  return facts;
}
