// cookie-cutter: boilerplate that could sit in any organisation's strategy: stock phrases, and
// sections where most sentences name nothing specific (no figure, date, place, service or body).
import { defineRule } from '../rule';
import { DIGITAL_FIRST_DEFINED, STOCK, allMatches, inInlineCode, isProse, isSpecific, isStockSense, quote, marked } from '../lexicon';
import { placed, placedSection, reportLimited, type Pending } from '../rule-helpers';
import { sentenceSpan } from '../text';
import type { Span } from '../types';

interface Options {
  maxGenericPercent: number;
  minSentences: number;
  minWords: number;
  limit: number;
}

/** Capitalised words every strategy of its kind uses: they make nothing specific. */
const GENERIC_NAMES = new Set([
  'NHS', 'Trust', 'Trusts', 'Board', 'Strategy', 'Digital', 'Data', 'Technology', 'IT', 'AI', 'ICT', 'Government', 'Council',
  'Department', 'Service', 'Services', 'Internet', 'Covid', 'COVID', 'COVID-19', 'Organisation', 'Organization', 'Executive',
  'Chief', 'Officer', 'Director', 'Team', 'Programme', 'Program', 'Plan', 'Vision', 'Mission', 'Priority', 'Priorities',
]);

/**
 * The vocabulary of aims and aspiration that boilerplate is made of: improving, transforming,
 * empowering, excellence, quality, culture, collaboration, the future ...
 */
const ASPIRATION =
  /\b(?:improv\w*|increas\w*|reduc\w*|better|best|transform\w*|modern\w*|innovat\w*|excellen\w*|outstanding|high[\s-]quality|quality|effective\w*|efficien\w*|empower\w*|enabl\w*|cultur\w*|collaborat\w*|partnership|agil\w*|seamless\w*|world[\s-]class|leading|enhanc\w*|strengthen\w*|foster\w*|embrac\w*|harness\w*|leverag\w*|maximi[sz]\w*|optimi[sz]\w*|streamlin\w*|ambiti\w*|aspir\w*|vision|values|opportunit\w*|potential|future|journey|together|ensur\w*|deliver\w*|driv(?:e|es|ing)|support\w*|commit\w*|focus\w*|priorit\w*|strategic\w*|sustainab\w*|resilien\w*|proactiv\w*|user[\s-]centred|person[\s-]centred|people[\s-]centred|user[\s-]centered|heart|step\s+change|fit\s+for\s+purpose|right\s+(?:people|time|place|skills|tools)|wherever\s+possible|as\s+(?:much\s+)?possible|everyone|all\s+our)\b/i;

/** One chunk's stock phrases (chunk-relative, in sentence order) and its counted and generic sentences by local section. */
interface Scan {
  definesDigitalFirst: boolean;
  stock: Array<{ span: Span; text: string; digitalFirst: boolean }>;
  sections: Array<{ local: number; total: number; generic: number }>;
}

export default defineRule<Options, Scan>({
  meta: {
    id: 'cookie-cutter',
    description: 'Text that could sit in any organisation\'s strategy: stock phrases, and sections where most sentences name no figure, date, place, service or body.',
    defaultSeverity: 'info',
    fixable: false,
    quality: 'realistic',
    options: {
      maxGenericPercent: { type: 'integer', minimum: 1, maximum: 100, default: 75, description: 'Highest share (per cent) of a section\'s sentences that may be aims naming nothing specific before the rule reports it.' },
      minSentences: { type: 'integer', minimum: 1, maximum: 1000, default: 5, description: 'Sentences a section needs before its specificity is judged.' },
      minWords: { type: 'integer', minimum: 1, maximum: 100, default: 6, description: 'Sentences shorter than this (labels, fragments) are not counted.' },
      limit: { type: 'integer', minimum: 1, maximum: 1000, default: 10, description: 'Most findings to show one by one; past this the rule adds one summary for the document.' },
    },
    docs: {
      why:
        'NHS Providers\' Digital Boards guidance names vague, cookie-cutter strategies, text that could apply to any organisation, as a pitfall. Stock phrases ("world-class", "seamless", "harness the power of") and sentences that name nothing particular to this organisation are the marks of it.',
      good:
        'Most sentences say something only this organisation could say: a figure, a date, a named service, system, place or partner. Stock phrases are replaced by the plain, particular thing meant.',
      before: '## Our vision\n\nWe will deliver world-class, seamless digital services. We will harness the power of data. We will be fit for the future.',
      after: '## Our vision\n\nBy 2027 our 4,000 community patients will book, change and join appointments online, and our district nurses will see the same record as their GP.',
      fix: 'Replace the stock phrase with what you actually mean, and add the figures, dates, services and places that make each statement yours. The score for each section is the share of its sentences that are aims or aspiration (improve, transform, better, quality, culture ...) naming nothing specific; a plain description that names nothing is context, not boilerplate.',
    },
  },
  scan(chunk, { options }) {
    const stock: Scan['stock'] = [];
    const sections = new Map<number, { local: number; total: number; generic: number }>();
    for (const s of chunk.sentences) {
      if (s.source === 'cell') continue;
      for (const m of allMatches(STOCK, s.text)) {
        if (!isStockSense(s.text, m.index, m.text)) continue;
        const span = sentenceSpan(s, m.index, m.index + m.text.length);
        if (inInlineCode(chunk, span.start)) continue;
        // Whether "digital first" is defined is known only for the whole document: `check` decides.
        stock.push({ span, text: m.text, digitalFirst: /^digital[\s-]first$/i.test(m.text) });
      }
      if (!isProse(s) || s.words < options.minWords) continue;
      let counts = sections.get(s.local);
      if (!counts) sections.set(s.local, (counts = { local: s.local, total: 0, generic: 0 }));
      counts.total++;
      // Boilerplate is aspiration that names nothing: "we will improve services for everyone". A plain
      // description that names nothing ("some users find forms hard") is context, not boilerplate.
      if (!isSpecific(s.text, GENERIC_NAMES) && ASPIRATION.test(s.text)) counts.generic++;
    }
    return { definesDigitalFirst: chunk.sentences.some((s) => DIGITAL_FIRST_DEFINED.test(s.text)), stock, sections: [...sections.values()] };
  },
  check(ctx) {
    const { doc, options } = ctx;
    const pending: Pending[] = [];
    const definesDigitalFirst = ctx.scanned.some((p) => p.value.definesDigitalFirst);
    const total = new Map<number, number>();
    const generic = new Map<number, number>();
    for (const p of ctx.scanned) {
      for (const st of p.value.stock) {
        if (definesDigitalFirst && st.digitalFirst) continue;
        pending.push({
          span: placed(p, st.span),
          message: `"${st.text}" is a stock phrase that could sit in any organisation's strategy. Say the plain, particular thing you mean.`,
          weight: 1,
        });
      }
      for (const c of p.value.sections) {
        const sec = placedSection(p, c.local);
        total.set(sec, (total.get(sec) ?? 0) + c.total);
        if (c.generic) generic.set(sec, (generic.get(sec) ?? 0) + c.generic);
      }
    }
    for (const [sec, n] of total) {
      if (sec < 0 || n < options.minSentences) continue;
      const g = generic.get(sec) ?? 0;
      const pct = Math.round((100 * g) / n);
      if (pct <= options.maxGenericPercent) continue;
      const section = doc.sections[sec];
      pending.push({
        span: section.heading.span,
        message: `${pct}% of the ${n} sentences in "${quote(section.heading.text)}" are aims that name no figure, date, place, service or body, so they could sit in anyone's strategy (specificity ${100 - pct}%). Add what is particular to you.`,
        weight: 2 + pct / 100,
        data: { genericPercent: pct, sentences: n },
      });
    }
    pending.sort((a, b) => a.span.start - b.span.start);
    reportLimited(ctx, pending, options.limit, (n) => `${n} stock phrases or generic sections could sit in any organisation's strategy. ${marked(options.limit, 'worst')}`);
  },
});
