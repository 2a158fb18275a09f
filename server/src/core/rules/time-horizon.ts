// time-horizon: a horizon of more than five years, or none at all (too-long-term pitfall).
// The horizons are the document's own, read once by facts.ts (projections, other
// bodies' plans, rejected plans and history are set aside there).
import { defineRule } from '../rule';
import { measuredFrom } from '../facts';
import { documentSpan } from '../rule-helpers';

interface Options {
  maxYears: number;
  requireHorizon: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'time-horizon',
    description: 'The strategy should state its horizon, and look no more than five years ahead.',
    defaultSeverity: 'error',
    fixable: false,
    quality: 'realistic',
    question: 'five-year-impact',
    options: {
      maxYears: { type: 'integer', minimum: 1, maximum: 50, default: 5, description: 'The longest horizon, in years, before the rule reports it. A horizon of exactly this length is a warning when the document states no review cycle.' },
      requireHorizon: { type: 'boolean', default: true, description: 'Report a document that states no horizon at all.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance warns against strategies that are too long-term and rarely reviewed: technology moves quickly, and a horizon of more than five years will not let the organisation respond. The board also needs to know what the impact will be five years on, which needs a stated end point.',
      good:
        'A horizon of five years or less, stated in the title or the opening ("Digital strategy 2025 to 2028"), with milestones inside it and a regular review. Horizons are read from year ranges (2024-2028, 2024 to 2028, 2024/25 to 2027/28), durations ("a three-year plan", "over the next 18 months", "over the next decade") and deadlines ("by 2030"), measured from the document\'s own year (front matter `date`, else the title\'s first year, else a line that dates the document such as "Published March 2024", else the latest year the text speaks of as past, else today, which the message then says). Only the strategy\'s own horizons count: past ranges ("our 2019 to 2024 strategy"), history ("over three decades"), projections ("forecast to double by 2045"), other bodies\' plans ("the ICB\'s five-year plan", "the county\'s Housing Strategy 2021-2031") and plans the text rejects ("we will not write a fifteen-year plan") are not. The longest horizon over the limit is reported once.',
      before: '# Digital strategy 2024 to 2034\n\nBy 2034 every ward will be paperless.',
      after: '# Digital strategy 2024 to 2027\n\nBy March 2027 every ward will use electronic observations. We will review this strategy every year.',
      fix: 'Shorten the horizon to five years or less and move longer ambitions into a vision statement, or state the period the strategy covers if it does not say.',
    },
  },
  check({ doc, options, facts, report, evidence }) {
    const found = facts.horizons;
    if (found.length === 0) {
      if (options.requireHorizon) {
        report({
          span: documentSpan(doc),
          severity: 'warning',
          message: 'The strategy does not say what period it covers. State a horizon of five years or less, for example "2025 to 2028" in the title.',
        });
      }
      return;
    }
    const reviewed = !!facts.review?.cycle;
    for (const f of found) if (f.years <= options.maxYears) evidence(f.span, `Horizon of ${f.years} year${f.years === 1 ? '' : 's'}`);
    // One problem, one finding: the longest horizon over the limit, naming the others.
    const over = found.filter((f) => f.years > options.maxYears);
    if (over.length) {
      const worst = over.reduce((a, b) => (b.years > a.years ? b : a));
      const others = over.filter((f) => f !== worst && f.years !== worst.years);
      const how = worst.what === 'deadline' ? `"${worst.quote}" is ${worst.years} years ${measuredFrom(facts.year)}` : `This horizon is ${worst.years} years`;
      const also = others.length ? ` (${others.length === 1 ? 'so is' : 'so are'} ${others.slice(0, 3).map((o) => `"${o.quote}"`).join(', ')})` : '';
      report({
        span: worst.span,
        message: `${how}, more than the ${options.maxYears} years the Digital Boards guidance recommends${also}: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than ${options.maxYears} years.`,
      });
      return;
    }
    const atLimit = found.find((f) => f.years === options.maxYears);
    if (atLimit && !reviewed) {
      report({
        span: atLimit.span,
        severity: 'warning',
        message: `This horizon is ${atLimit.years} years, at the limit the Digital Boards guidance sets, and the strategy states no review cycle. Say how often it will be reviewed, or shorten it.`,
      });
    }
  },
});
