// Helpers shared by rules: section checks, year and horizon patterns, and
// locating a finding for the whole document.
import { sectionsOfKind, type Chunk, type Doc, type Section } from './model';
import { HOLLOW } from './lexicon';
import { fillSectionFix, insertSectionFix } from './fixes';
import { SECTION_KIND_INFO, type SectionKind } from './sections';
import { countWords, sentenceSpan, type Sentence } from './text';
import type { Rule, RuleDocs, RuleContext, Scanned } from './rule';
import type { BoardQuestion, Quality, SeveritySetting, Span } from './types';
import { memoText } from './memo';

/**
 * Where a finding about the whole document goes: the title, else the first
 * line. A first heading that comes after prose is not a title (a document
 * converted from a PDF may have no real headings until far down).
 */
export function documentSpan(doc: Doc): Span {
  // The first chunk with any prose holds the first of it (read from the chunks, so that the flat lists need not be built).
  let firstProse = Infinity;
  for (const { chunk, offset } of doc.chunks) {
    firstProse = Math.min(chunk.paragraphs[0]?.span.start ?? Infinity, chunk.lists[0]?.span.start ?? Infinity, chunk.tables[0]?.span.start ?? Infinity) + offset;
    if (firstProse < Infinity) break;
  }
  if (doc.title && doc.title.span.start <= firstProse) return doc.title.span;
  const start = doc.frontMatter ? doc.frontMatter.span.end : 0;
  const nl = doc.text.indexOf('\n', start);
  return { start: Math.min(start, doc.text.length), end: nl < 0 ? doc.text.length : nl };
}

export interface SectionRuleSpec {
  id: string;
  kind: SectionKind;
  description: string;
  defaultSeverity: SeveritySetting;
  quality?: Quality;
  question?: BoardQuestion;
  docs: RuleDocs;
  /** Sentences that say the same thing without a heading: how many of them satisfy the check. */
  equivalent?: {
    pattern: RegExp;
    /** A finer test of one sentence than `pattern` alone (it must still match `pattern`). */
    test?: (s: Sentence) => boolean;
    min: number;
    what: string;
  };
}

export interface SectionRuleOptions {
  /** Sentences needed to stand in for the section (only for rules with an equivalent). */
  minStatements?: number;
  /** Words of real content a section needs to count. */
  minWords: number;
}

/** A sentence that stands in for a missing section (chunk-relative span). */
interface Statement {
  span: Span;
  text: string;
}

/** A rule that asks for a section of one kind, with a quick fix that inserts its skeleton. */
export function sectionRule(spec: SectionRuleSpec): Rule<SectionRuleOptions, Statement[]> {
  const info = SECTION_KIND_INFO[spec.kind];
  const options: Rule<SectionRuleOptions, Statement[]>['meta']['options'] = {
    minWords: { type: 'integer', minimum: 1, maximum: 200, default: 3, description: 'Words of real content (not TBC, TODO or lorem ipsum) a section needs before it counts.' },
  };
  if (spec.equivalent) {
    options.minStatements = {
      type: 'integer',
      minimum: 1,
      maximum: 50,
      default: spec.equivalent.min,
      description: `How many ${spec.equivalent.what} stand in for the section when it has no heading.`,
    };
  }
  return {
    meta: {
      id: spec.id,
      description: spec.description,
      defaultSeverity: spec.defaultSeverity,
      fixable: true,
      quality: spec.quality,
      question: spec.question,
      options,
      docs: spec.docs,
    },
    // The sentences that could stand in for the section, found chunk by chunk (cached while a chunk is unchanged).
    scan(chunk) {
      if (!spec.equivalent) return [];
      const { pattern, test } = spec.equivalent;
      return chunk.sentences.filter((s) => (s.source === 'paragraph' || s.source === 'item') && pattern.test(s.text) && (!test || test(s))).map((s) => ({ span: s.span, text: s.text }));
    },
    check(ctx: RuleContext<SectionRuleOptions, Statement[]>) {
      const { doc, options: o } = ctx;
      const found = sectionsOfKind(doc, spec.kind, o.minWords);
      if (found.length) {
        for (const s of found) ctx.evidence(s.span, `Section "${s.heading.text}"`);
        return;
      }
      if (spec.equivalent) {
        const hits = ctx.scanned.flatMap((p) => p.value.map((s) => ({ span: placed(p, s.span), text: s.text })));
        if (hits.length >= (o.minStatements ?? spec.equivalent.min)) {
          for (const s of hits) ctx.evidence(s.span, s.text.length > 80 ? s.text.slice(0, 77) + '…' : s.text);
          return;
        }
      }
      // A "heading" of many words is usually a mis-parse (front matter read as a setext heading), not an empty section.
      const empty = doc.sections.find((s: Section) => s.kinds.includes(spec.kind) && countWords(s.heading.text) <= 12);
      if (empty) {
        ctx.report({
          span: empty.heading.span,
          message: `The section "${empty.heading.text}" holds only a placeholder, so it counts as missing. ${info.purpose}`,
          fixes: [fillSectionFix(doc, empty, spec.kind)],
          data: { kind: spec.kind, placeholder: true },
        });
        return;
      }
      ctx.report({
        span: documentSpan(doc),
        message: `No "${info.title}" section. ${info.purpose}`,
        fixes: [insertSectionFix(doc, spec.kind)],
        data: { kind: spec.kind },
      });
    },
  };
}

// ---- years and horizons ----

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30,
};

export function numberWord(s: string): number | undefined {
  const n = Number(s);
  return Number.isFinite(n) ? n : NUMBER_WORDS[s.toLowerCase()];
}

/** A stated horizon: a span of years the strategy looks ahead. */
export interface Horizon {
  /** Text index range within the sentence (or title) it came from. */
  index: number;
  length: number;
  /** The year it starts, when stated. */
  from?: number;
  /** The year it ends, when stated. */
  to?: number;
  /** Its length in years, when stated as a duration. */
  years?: number;
  what: 'range' | 'duration' | 'deadline';
}

const Y = '((?:19|20)\\d{2})';
const FY = `${Y}(?:\\s*[/\\-–]\\s*(\\d{2}))?`;
const RANGE = new RegExp(`\\b${FY}\\s*(?:-|–|—|to|until|till|through|thru)\\s*${Y}(?:\\s*[/\\-–]\\s*(\\d{2}))?\\b|\\b${Y}\\s*[-–—]\\s*(\\d{2})\\b(?!\\s*[/\\-–]\\s*\\d)`, 'gi');
const DURATION = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)[\s-]+years?\b(?:[\s-]+(?:long[\s-]+term\s+)?(?:digital\s+|data\s+|it\s+|technology\s+)?(strategy|plan|vision|horizon|programme|program|roadmap|ambition|period|journey|timeframe|time[\s-]frame|view|transformation))|\b(?:over|in|within|during|for)\s+the\s+(?:next|coming)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years\b|\b(?:over|in|within|during)\s+the\s+(?:next|coming)\s+decade\b|\b(decade[\s-]long|ten[\s-]year)\b/gi;
// "over the next 18 months", "an 18-month plan": horizons shorter than a year or two.
const MONTHS = /\b(?:over|in|within|during|for)\s+the\s+(?:next|coming)\s+(\d{1,2}|six|nine|twelve|eighteen|twenty[\s-]four|thirty[\s-]six)\s+months\b|\b(\d{1,2}|six|nine|twelve|eighteen)[\s-]months?[\s-](?:digital\s+|data\s+)?(?:strategy|plan|roadmap|programme|program|approach)\b/gi;
const MONTH_WORDS: Record<string, number> = { six: 6, nine: 9, twelve: 12, eighteen: 18, 'twenty four': 24, 'thirty six': 36 };
// "Long term (>10 years)", "Medium term (~5 years)": a stated planning term with its length.
const TERM = /\b(?:short|medium|long)[\s-]term\s*\(\s*(?:~|≈|>|≥|<|about\s+|around\s+|over\s+|more\s+than\s+|up\s+to\s+)?\s*(\d{1,2})\+?\s*years?\s*\)/gi;
// "the NHS 10-year plan", "the government's ten-year plan": someone else's horizon, not this strategy's.
const OTHERS_PLAN = /\b(?:national|government(?:'s|’s)?|nhs(?:'s|’s)?|england(?:'s|’s)?|department(?:'s|’s)?|ministry(?:'s|’s)?)\s+(?:own\s+)?(?:new\s+)?$/i;

const DEADLINE = new RegExp(`\\bby\\s+(?:the\\s+(?:end|start|middle)\\s+of\\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|q[1-4])\\s+)?${Y}\\b`, 'gi');

/** Find horizons stated in a piece of text (memoised: the result is frozen and shared). */
export const findHorizons: (text: string) => readonly Horizon[] = memoText(findHorizonsUncached);

/** Every pattern above needs a digit or one of these words, and most sentences have none. */
const MAY_STATE_HORIZON = /\d|year|decade|month/i;

function findHorizonsUncached(text: string): Horizon[] {
  if (!MAY_STATE_HORIZON.test(text)) return [];
  const out: Horizon[] = [];
  RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANGE.exec(text))) {
    if (m[1]) {
      const from = Number(m[1]);
      const to = m[4] ? Number(m[3].slice(0, 2) + m[4]) : Number(m[3]);
      if (to > from) out.push({ index: m.index, length: m[0].length, from, to, what: 'range' });
    } else {
      const from = Number(m[5]);
      const to = Number(m[5].slice(0, 2) + m[6]);
      // "2024-25" is one financial year, not a horizon.
      if (to > from + 1) out.push({ index: m.index, length: m[0].length, from, to, what: 'range' });
    }
  }
  DURATION.lastIndex = 0;
  while ((m = DURATION.exec(text))) {
    let years: number | undefined;
    if (m[1]) years = numberWord(m[1]);
    else if (m[3]) years = numberWord(m[3]);
    else years = 10;
    if (OTHERS_PLAN.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "the Ten Year Health Plan" names a national plan, not this strategy's horizon.
    if (/^\s+(?:health|nhs)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    if (years && years > 0) out.push({ index: m.index, length: m[0].length, years, what: 'duration' });
  }
  MONTHS.lastIndex = 0;
  while ((m = MONTHS.exec(text))) {
    const word = (m[1] ?? m[2]).toLowerCase().replace(/[\s-]+/g, ' ');
    const months = Number(word) || MONTH_WORDS[word];
    if (months > 0) out.push({ index: m.index, length: m[0].length, years: Math.round((months / 12) * 10) / 10, what: 'duration' });
  }
  TERM.lastIndex = 0;
  while ((m = TERM.exec(text))) {
    const years = Number(m[1]);
    if (years > 0) out.push({ index: m.index, length: m[0].length, years, what: 'duration' });
  }
  DEADLINE.lastIndex = 0;
  while ((m = DEADLINE.exec(text))) out.push({ index: m.index, length: m[0].length, to: Number(m[1]), what: 'deadline' });
  return out.sort((a, b) => a.index - b.index);
}

/** The first year of the first range in a text, if any ("2024/25 to 2026/27" gives 2024). */
export function firstRangeYear(text: string): number | undefined {
  return findHorizons(text).find((h) => h.what === 'range')?.from;
}

/**
 * The year a document speaks from: its front matter `date` (or `year`), else
 * the first year of a range in its title, else a lone year in its title, else
 * `fallback`.
 */
export function documentYear(doc: Doc, fallback: number): { year: number; from: 'front matter' | 'title' | 'today' } {
  const fm = doc.frontMatter?.data;
  for (const key of ['date', 'year', 'published']) {
    const v = fm?.[key];
    const y = v instanceof Date ? v.getUTCFullYear() : typeof v === 'number' ? v : typeof v === 'string' ? Number(/(?:19|20)\d{2}/.exec(v)?.[0]) : NaN;
    if (Number.isInteger(y) && y > 1900 && y < 2200) return { year: y, from: 'front matter' };
  }
  const title = doc.title?.text ?? '';
  const r = firstRangeYear(title);
  if (r) return { year: r, from: 'title' };
  const lone = /\b((?:19|20)\d{2})\b/.exec(title);
  if (lone) return { year: Number(lone[1]), from: 'title' };
  return { year: fallback, from: 'today' };
}

const CADENCE = /\b(?:annual(?:ly)?|quarterly|monthly|yearly|every\s+(?:\d+|two|three|four|six|twelve|eighteen)\s+(?:months?|years?|weeks?)|every\s+(?:year|quarter|month)|each\s+(?:year|quarter|month)|once\s+a\s+(?:year|quarter)|twice\s+a\s+year|(?:six|6|three|3|twelve|12)[\s-]monthly|bi-?annual(?:ly)?|half[\s-]yearly)\b/i;
const REVIEW_VERB = /\b(?:review(?:ed|s|ing)?|refresh(?:ed|es|ing)?|revisit(?:ed|s|ing)?|updat(?:e|ed|es|ing)|revis(?:e|ed|es|ing)|re-?assess(?:ed|es|ing)?|report(?:ed|s|ing)?\s+(?:progress|on progress))\b/i;

const statesReview = memoText((text) => CADENCE.test(text) && REVIEW_VERB.test(text));

/** Whether a chunk has a sentence (not a table cell) that states a review cycle: a review word and a cadence together. */
export function chunkStatesReviewCycle(chunk: { readonly sentences: readonly Sentence[] }): boolean {
  return chunk.sentences.some((s) => s.source !== 'cell' && statesReview(s.text));
}

// ---- measures and dates ----

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A date or period: a year, a month and year, a quarter, "within N months", "each year", "year one". */
export const DATE_OR_PERIOD = new RegExp(
  [
    `\\b(?:19|20)\\d{2}(?:\\s*/\\s*\\d{2})?\\b`,
    `\\b${MONTH}\\s+(?:19|20)\\d{2}\\b`,
    `\\bq[1-4]\\b`,
    `\\b(?:within|in|over|after|for)\\s+(?:the\\s+(?:next|first|coming)\\s+)?(?:\\d+|one|two|three|four|five|six|nine|twelve|eighteen|eighteen)\\s+(?:weeks?|months?|years?)\\b`,
    `\\b(?:each|every|per)\\s+(?:year|quarter|month|week)\\b`,
    `\\b(?:annual(?:ly)?|quarterly|monthly|weekly)\\b`,
    `\\b(?:by|before|from)\\s+(?:the\\s+)?(?:end|start|middle)\\s+of\\s+(?:the\\s+)?(?:year|quarter|strategy|financial\\s+year|this\\s+strategy|next\\s+year)\\b`,
    `\\b(?:this|next)\\s+(?:financial\\s+)?(?:year|quarter)\\b`,
    `\\byear\\s+(?:\\d|one|two|three|four|five)\\b`,
    `\\b(?:spring|summer|autumn|winter)\\s+(?:19|20)\\d{2}\\b`,
  ].join('|'),
  'i',
);

const MEASURE = /\d|%|£|\$|€|\bper\s?cent\b|\b(?:zero|half|halve|halving|double|doubling|triple|tripling|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand|million)\b/i;

const DATE_OR_PERIOD_G = new RegExp(DATE_OR_PERIOD.source, 'gi');

/** Whether a text has a number or measure other than the dates in it. */
export const hasMeasure: (text: string) => boolean = memoText((text) => MEASURE.test(text.replace(DATE_OR_PERIOD_G, ' ')));

export const hasDateOrPeriod: (text: string) => boolean = memoText((text) => DATE_OR_PERIOD.test(text));

export const BASELINE = /\bfrom\s+(?:about\s+|around\s+|roughly\s+)?[£$€]?\d[\d,.]*\s*(?:%|per\s?cent|k|m|bn)?\b[^.;]*?\bto\b|\bbaseline\b|\bcurrently\b|\btoday\b|\bat\s+present\b|\bup\s+from\b|\bdown\s+from\b|\bcompared\s+(?:with|to)\b|\b(?:in|as\s+of|since)\s+(?:19|20)\d{2}(?:\/\d{2})?\s*,?\s*(?:it\s+)?(?:was|is|were|stood)\b|\bnow\s+(?:at|is|are|stands)\b/i;
export const OWNER = /\b(?:owner|owned\s+by|led\s+by|lead(?:s)?\s*:|accountable|responsible|sro|senior\s+responsible|director|chief|cio|cdio|cnio|cmio|cclo|coo|cfo|ceo|head\s+of|executive|board|committee)\b/i;

/** The first date or period in a text, if any. */
export function firstDate(text: string): string | undefined {
  return DATE_OR_PERIOD.exec(text)?.[0];
}

// ---- keeping real documents from flooding ----

export interface Pending {
  span: Span;
  message: string;
  /** Higher is worse: the worst are kept when there are too many. */
  weight: number;
  fixes?: import('./types').Fix[];
  severity?: import('./types').Severity;
  data?: Record<string, unknown>;
}

/**
 * Report each pending finding, or, when there are more than `limit`, one
 * summary finding for the document plus the `limit` worst cases, so that a
 * long real document gets a handful of useful findings, not hundreds.
 */
export function reportLimited(
  ctx: Pick<RuleContext<unknown>, 'report' | 'doc'>,
  pending: Pending[],
  limit: number,
  summary: (count: number) => string,
  summarySeverity?: import('./types').Severity,
): void {
  if (pending.length <= limit) {
    for (const p of pending) ctx.report(p);
    return;
  }
  ctx.report({ span: documentSpan(ctx.doc), message: summary(pending.length), severity: summarySeverity, data: { summary: true, count: pending.length } });
  const worst = [...pending].sort((a, b) => b.weight - a.weight || a.span.start - b.span.start).slice(0, limit);
  worst.sort((a, b) => a.span.start - b.span.start);
  for (const p of worst) ctx.report(p);
}

// ---- scan results in place ----

/** A chunk-relative span from a scan, placed in the document. */
export function placed(p: Scanned<unknown>, s: Span): Span {
  return { start: s.start + p.offset, end: s.end + p.offset };
}

/** A scan's `local` section (-1: before the chunk's first heading) as a document section index. */
export function placedSection(p: Scanned<unknown>, local: number): number {
  return p.headingBase + local;
}

// ---- one problem, one finding (docs/overlaps.md) ----

/** The spans (chunk-relative) of the commitments hollow-commitment reports in these sentences, so that words-to-avoid leaves their "commit" to it. */
export function hollowCommitmentSpans(sentences: readonly Sentence[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    if (s.source !== 'paragraph' && s.source !== 'item') continue;
    const m = HOLLOW.exec(s.text);
    if (!m || hasMeasure(s.text) || hasDateOrPeriod(s.text)) continue;
    out.push(sentenceSpan(s, m.index, m.index + m[0].length));
  }
  return out;
}

/** A lead-in that names the list after it as outcomes or commitments: "Our priorities are:", "We will:". */
export const LIST_LEAD_IN = /\b(?:outcomes?|objectives?|goals?|aims?|ambitions?|targets?|priorit(?:y|ies)|actions?|commitments?|deliverables|milestones|key\s+results|measures?|tracking|we\s+will|we\s+are\s+going\s+to|we\s+aim\s+to)\b[^:]*:\s*$/i;

/** The top-level lists of a chunk (by index) that the paragraph just before them leads into as outcomes or commitments. */
export function ledInLists(chunk: Pick<Chunk, 'lists' | 'paragraphs' | 'text'>, lead: RegExp = LIST_LEAD_IN): number[] {
  const out: number[] = [];
  chunk.lists.forEach((list, index) => {
    if (list.depth !== 0) return;
    let before: Chunk['paragraphs'][number] | undefined;
    for (const para of chunk.paragraphs) if (para.span.end <= list.span.start && !para.inList) before = para;
    if (!before || before.local !== list.local || chunk.text.slice(before.span.end, list.span.start).trim() !== '') return;
    const last = before.sentences[before.sentences.length - 1];
    if (last && lead.test(last.text)) out.push(index);
  });
  return out;
}

/** The top-level list a (possibly nested) list sits in, by chunk index. */
export function rootListIndex(chunk: Pick<Chunk, 'lists'>, index: number): number {
  const list = chunk.lists[index];
  if (!list || list.depth === 0) return index;
  for (let i = index - 1; i >= 0; i--) {
    const l = chunk.lists[i];
    if (l.depth === 0 && l.span.start <= list.span.start && l.span.end >= list.span.end) return i;
  }
  return index;
}
