// What the document says about itself: its own title, year, period and
// horizon, who owns it and how it promises to be reviewed, each with the span
// of text that says so. Worked out once per analysis, after the model and
// before the rules, which read these facts rather than re-reading years and
// plans themselves. This is the one place that knows the year and horizon
// patterns, and tells the strategy's own dates apart from projections
// ("forecast to double by 2045"), other bodies' plans ("the ICB's five-year
// plan"), plans the text rejects ("we will not write a fifteen-year plan") and
// history ("over three decades of change").
//
// Cost: the per-sentence work is done once per chunk model and kept with it
// (a chunk unchanged by an edit is not read again); combining the chunks'
// facts is a walk over a few candidates per chunk.
import { isReviewCycle, REVIEW_OBJECT, REVIEW_VERB, VAGUE_CADENCE } from './lexicon';
import { memoText } from './memo';
import type { Chunk, Doc } from './model';
import { countWords, htmlComments, sentenceSpan, type Sentence } from './text';
import type { Span } from './types';

/** Where a fact was read from. `today` means the document says nothing, and the value is the analysis date's. */
export type FactSource = 'front matter' | 'title' | 'text' | 'dated line' | 'today';

/** The text that states a fact. */
export interface FactEvidence {
  /** Absolute offsets of the words that state it (absent only for `today`). */
  span?: Span;
  source: FactSource;
  /** The words themselves, as written (shortened when long). */
  quote?: string;
}

/** A horizon the strategy states of itself. */
export interface OwnHorizon extends FactEvidence {
  what: 'range' | 'duration' | 'deadline';
  from?: number;
  to?: number;
  /** Its length in years: a range's span, a duration's length, or a deadline measured from the document's year. */
  years: number;
  span: Span;
}

/** A date or plan the text mentions that is not this strategy's horizon, and why. */
export interface SetAside {
  span: Span;
  quote: string;
  why: 'projection' | 'other plan' | 'negated' | 'history';
}

/** A sentence about reviewing the strategy: with a cycle ("every year"), or vague ("regularly"). */
export interface ReviewStatement {
  span: Span;
  quote: string;
  /** The vague word when no cycle is stated. */
  vague?: string;
  /** Where the vague word is. */
  vagueSpan?: Span;
}

/**
 * What the document says about itself. Read by time-horizon, review-section,
 * review-cadence and the scorecard, and by front ends (a board pack) that
 * want the strategy's own title, period and owner.
 */
export interface StrategyFacts {
  /** The strategy's own title: front matter `title`, the `#` heading, or the opening lines of a converted document. */
  title?: FactEvidence & { text: string; span: Span };
  /** The year it speaks from. With source `today`, the document states none and the year is the analysis date's. */
  year: FactEvidence & { value: number };
  /** The period it covers, when it says (a range in the title, "our strategy runs to 2028"). */
  period?: FactEvidence & { start?: number; end?: number; span: Span };
  /** Its horizon: the longest of its own horizons, in years. */
  horizonYears?: FactEvidence & { value: number; span: Span };
  /** Every horizon it states of itself, in document order. */
  horizons: OwnHorizon[];
  /** Dates and plans read and set aside as not its own horizon, in document order. */
  setAside: SetAside[];
  /** Who owns or leads it, when a sentence says so. */
  owner?: FactEvidence & { text: string; span: Span };
  /** Its review promise: the first sentence stating a review cycle, else the first vague one. */
  review?: FactEvidence & ReviewStatement & { cycle: boolean };
  /** Every sentence about reviewing the strategy, in document order. */
  reviews: ReviewStatement[];
}

// ---- patterns: years, ranges, durations, deadlines ----

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30,
};

function numberWord(s: string): number | undefined {
  const n = Number(s);
  return Number.isFinite(n) ? n : NUMBER_WORDS[s.toLowerCase()];
}

/** A horizon found in a piece of text (index range within it). */
export interface Horizon {
  index: number;
  length: number;
  from?: number;
  to?: number;
  years?: number;
  what: 'range' | 'duration' | 'deadline';
}

const Y = '((?:19|20)\\d{2})';
const FY = `${Y}(?:\\s*[/\\-–]\\s*(\\d{2}))?`;
const RANGE = new RegExp(`\\b${FY}\\s*(?:-|–|—|to|until|till|through|thru)\\s*${Y}(?:\\s*[/\\-–]\\s*(\\d{2}))?\\b|\\b${Y}\\s*[-–—]\\s*(\\d{2})\\b(?!\\s*[/\\-–]\\s*\\d|\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)`, 'gi');
const NUM = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';
const DURATION = new RegExp(
  `\\b${NUM}[\\s-]+years?\\b(?:[\\s-]+(?:long[\\s-]+term\\s+)?(?:digital\\s+|data\\s+|it\\s+|technology\\s+)?(strategy|plan|vision|horizon|programme|program|roadmap|ambition|period|journey|timeframe|time[\\s-]frame|view|transformation))` +
    `|\\b(?:over|in|within|during|for)\\s+the\\s+(?:next|coming)\\s+(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\\s+years\\b` +
    `|\\b(?:over|in|within|during)\\s+the\\s+(?:next|coming)\\s+decade\\b|\\b(decade[\\s-]long|ten[\\s-]year)\\b` +
    `|\\b(?:over|across|for|spanning)\\s+(two|three|four|five|several)\\s+decades\\b`,
  'gi',
);
// "over the next 18 months", "an 18-month plan": horizons shorter than a year or two.
const MONTHS = /\b(?:over|in|within|during|for)\s+the\s+(?:next|coming)\s+(\d{1,2}|six|nine|twelve|eighteen|twenty[\s-]four|thirty[\s-]six)\s+months\b|\b(\d{1,2}|six|nine|twelve|eighteen)[\s-]months?[\s-](?:digital\s+|data\s+)?(?:strategy|plan|roadmap|programme|program|approach)\b/gi;
const MONTH_WORDS: Record<string, number> = { six: 6, nine: 9, twelve: 12, eighteen: 18, 'twenty four': 24, 'thirty six': 36 };
// "Long term (>10 years)", "Medium term (~5 years)": a stated planning term with its length.
const TERM = /\b(?:short|medium|long)[\s-]term\s*\(\s*(?:~|≈|>|≥|<|about\s+|around\s+|over\s+|more\s+than\s+|up\s+to\s+)?\s*(\d{1,2})\+?\s*years?\s*\)/gi;
const MONTH_NAME = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const DEADLINE = new RegExp(
  `\\b(?:by|before|runs?\\s+(?:to|until|through)|running\\s+(?:to|until|through)|covers?\\s+(?:the\\s+years\\s+)?(?:to|until)|lasts?\\s+until)\\s+(?:the\\s+(?:end|start|middle)\\s+of\\s+)?(?:(?:${MONTH_NAME}|spring|summer|autumn|fall|winter|q[1-4])\\s+)?${Y}\\b`,
  'gi',
);

/** Every pattern above needs a digit or one of these words, and most sentences have none. */
const MAY_STATE_HORIZON = /\d|year|decade|month/i;

/** Find horizons stated in a piece of text (memoised: the result is frozen and shared). */
export const findHorizons: (text: string) => readonly Horizon[] = memoText(findHorizonsUncached);

function findHorizonsUncached(text: string): Horizon[] {
  if (!MAY_STATE_HORIZON.test(text)) return [];
  const out: Horizon[] = [];
  let m: RegExpExecArray | null;
  RANGE.lastIndex = 0;
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
    else if (m[5]) years = m[5].toLowerCase() === 'several' ? 30 : (numberWord(m[5]) ?? 0) * 10;
    else years = 10;
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

// ---- telling the strategy's own horizons from everything else ----

const PROJECTION = /\b(?:forecasts?|forecasted|projected|projections?|predicted|predictions?|expected\s+to|estimated\s+to|anticipated\s+to|set\s+to|likely\s+to|on\s+course\s+to|trend|trends|demograph\w*|population)\b/i;
/** A plan named or owned by someone else, ending where the horizon starts: "the ICB's", "the NHS", "the national", "the county's housing". */
const OTHER_OWNER_BEFORE = /(?:\b(?:national|government(?:'s|’s)?|nhs(?:'s|’s)?|england(?:'s|’s)?|department(?:'s|’s)?|departmental|ministry(?:'s|’s)?|council(?:'s|’s)?|county(?:'s|’s)?|city(?:'s|’s)?|icb(?:'s|’s)?|ics(?:'s|’s)?|system(?:'s|’s)?|partners?(?:'s|’s)?|their|its|his|her)|\b(?!our\b|this\b)[\p{L}\d]+(?:'s|’s))\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** A named plan right after a range or duration: "2021-2031 Housing Strategy", "five-year Forward View" (capitalised, so a name). */
const NAMED_PLAN_AFTER = new RegExp(`^\\s*(?:[A-Z][\\p{L}-]*\\s+){0,4}(?:Strateg(?:y|ic\\s+Plan)|Plan|Programme|Program|Framework|Roadmap|Vision|Review|Agenda)\\b`, 'u');
/** A named plan right before a range: "Housing Strategy 2021-2031", "Departmental Plan 2019-2020". */
const NAMED_PLAN_BEFORE = /\b(?:[A-Z][\p{L}-]*\s+){0,4}(?:Strateg(?:y|ic\s+Plan)|Plan|Programme|Program|Framework|Roadmap|Vision|Review|Agenda)\s*(?:for\s+[A-Z][\p{L}-]*\s*)?$/u;
const NEGATED_BEFORE = /\b(?:not|never|no|nor|rather\s+than|instead\s+of|avoid(?:ing)?|reject(?:ed|ing)?|resist(?:ed|ing)?|won[’']t|don[’']t|doesn[’']t|cannot|can[’']t)\b[^.;:]{0,40}$/i;
const HISTORY_NEAR = /\b(?:past|last|previous|preceding|earlier|ago|since|history|historically|over\s+the\s+(?:past|last))\b/i;

/** Why a horizon found in a body sentence is not the strategy's own, or undefined when it is. */
function setAsideWhy(text: string, h: Horizon): SetAside['why'] | undefined {
  const before = text.slice(Math.max(0, h.index - 60), h.index);
  const after = text.slice(h.index + h.length, h.index + h.length + 50);
  // "We will not write a fifteen-year plan": the negation must govern a plan, not other work ("we will not build an app over the next ten years").
  const names = /\b(?:strateg|plan|vision|roadmap|programme|program|horizon|view|framework)/i;
  if (NEGATED_BEFORE.test(before) && (names.test(text.slice(h.index, h.index + h.length)) || names.test(after.slice(0, 25)))) return 'negated';
  if (h.what !== 'deadline') {
    if (OTHER_OWNER_BEFORE.test(before) && !/\b(?:our|this)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before)) return 'other plan';
    if (NAMED_PLAN_AFTER.test(after) || (h.what === 'range' && NAMED_PLAN_BEFORE.test(before))) return 'other plan';
    // "the Ten Year Health Plan" names a national plan.
    if (/^\s+(?:health|nhs|long[\s-]term)\b/i.test(after)) return 'other plan';
  }
  if (h.what === 'duration' && (HISTORY_NEAR.test(before) || HISTORY_NEAR.test(after.slice(0, 20)) || /^\s+(?:of|ago)\b/i.test(after))) return 'history';
  if (PROJECTION.test(text) && !/\bwe\s+(?:will|shall|aim|plan|intend|want|expect|commit)/i.test(text)) return 'projection';
  return undefined;
}

// ---- per-chunk facts, kept with the chunk model ----

interface Found {
  what: Horizon['what'];
  from?: number;
  to?: number;
  years?: number;
  /** Chunk-relative. */
  span: Span;
  quote: string;
}

/** A heading and the horizons in it (a heading may be the title: which one is, is known only for the whole document). */
interface HeadingUnit {
  span: Span;
  horizons: Found[];
}

interface ChunkFacts {
  headings: HeadingUnit[];
  /** Body horizons judged the strategy's own, in order. */
  own: Found[];
  setAside: Array<Found & { why: SetAside['why'] }>;
  /** Years of lines that date the document ("Published March 2024", a signed date), each earlier than all before it. */
  dated: number[];
  /** The latest year stated as past ("In October 2012 we launched ...", "in 2023 there were"). */
  pastYear?: number;
  owner?: { span: Span; text: string; quote: string };
  reviews: ReviewStatement[];
}

const byChunk = new WeakMap<Chunk, ChunkFacts>();

const PUBLISHED = new RegExp(`\\b(?:published|publication date|dated|last updated|date)\\s*:?\\s*(?:on\\s+|in\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_NAME}\\s+((?:19|20)\\d{2})\\b`, 'i');
const SIGNED = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\s+((?:19|20)\\d{2})\\s*\\.?$`, 'i');
const PAST_YEAR = new RegExp(`\\b(?:in|during|since|by\\s+the\\s+end\\s+of)\\s+(?:${MONTH_NAME}\\s+)?((?:19|20)\\d{2})\\b`, 'gi');
const PAST_TENSE = /\b(?:was|were|had|did|has\s+been|have\s+been|\w{3,}ed)\b/i;
const FUTURE = /\b(?:will|shall|plan\s+to|aim\s+to|intend\s+to|going\s+to)\b/i;
const BODY = '(?:[\\p{L}’\'&-]+\\s+){0,6}(?:board|committee|group|executive|chief\\s+executive|director|council|cabinet|partnership|team|officer|leader|secretary|minister|service|office|division|unit)';
/** A sentence saying who owns, leads or oversees the strategy (or its delivery): the body is the first group. */
const OWNER_STATEMENT = new RegExp(
  [
    `\\b(?:owned|led|overseen|sponsored|governed|championed|signed\\s+off|approved)\\s+by\\s+((?:the\\s+|our\\s+)?${BODY})\\b`,
    `\\b((?:the|our)\\s+${BODY})\\s+(?:owns|is\\s+accountable|will\\s+oversee|oversees|approves|approved|leads|will\\s+lead|will\\s+implement|will\\s+deliver|will\\s+own|is\\s+responsible)\\b`,
    `\\b(?:to\\s+)?lead\\s+the\\s+(?:implementation|delivery)\\s+of\\s+(?:the|this)\\s+strategy\\b[^.]*?\\b((?:a|the|our)\\s+${BODY})\\b`,
    `\\b(?:assurance|accountability)\\s+to\\s+((?:the\\s+)?${BODY})\\b`,
  ].join('|'),
  'iu',
);
/** An owner statement must be about the strategy, its delivery or its priorities, not any work at all. */
const ABOUT_STRATEGY = /\b(?:strateg(?:y|ies)|plan|priorities|programme|program|roadmap|implementation|delivery|assurance|this\s+work)\b/i;

const quoteOf = (text: string, max = 80) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** A chunk's facts (memoised by the chunk model, which an edit elsewhere leaves unchanged). */
export function chunkFacts(chunk: Chunk): ChunkFacts {
  let f = byChunk.get(chunk);
  if (!f) byChunk.set(chunk, (f = readChunk(chunk)));
  return f;
}

/** How many chunks have been read for facts (tests check that an edit reads only the chunk it touched). */
export const factReads = { chunks: 0 };

function readChunk(chunk: Chunk): ChunkFacts {
  factReads.chunks++;
  const out: ChunkFacts = { headings: [], own: [], setAside: [], dated: [], reviews: [] };
  for (const s of chunk.sentences) {
    // Table cells hold figures, not the strategy's own promises; a prompt left unfilled says nothing.
    if (s.source === 'cell' || s.prompt) continue;
    const found = (h: Horizon): Found => ({ what: h.what, from: h.from, to: h.to, years: h.years, span: sentenceSpan(s, h.index, h.index + h.length), quote: s.text.slice(h.index, h.index + h.length) });
    const horizons = findHorizons(s.text);
    // A heading may be the title (known only for the whole document), so its horizons are kept both ways.
    if (s.source === 'heading') out.headings.push({ span: s.span, horizons: horizons.map(found) });
    for (const h of horizons) {
      const why = setAsideWhy(s.text, h);
      if (why) out.setAside.push({ ...found(h), why });
      else out.own.push(found(h));
    }
    if (s.source === 'heading') continue;
    if (s.source === 'paragraph') {
      const m = PUBLISHED.exec(s.text) ?? (s.words <= 12 ? SIGNED.exec(s.text) : null);
      if (m && (out.dated.length === 0 || Number(m[1]) < out.dated[out.dated.length - 1])) out.dated.push(Number(m[1]));
    }
    if (/\d{4}/.test(s.text) && PAST_TENSE.test(s.text) && !FUTURE.test(s.text)) {
      PAST_YEAR.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PAST_YEAR.exec(s.text))) out.pastYear = Math.max(out.pastYear ?? 0, Number(m[1]));
    }
    if (!out.owner) {
      const m = OWNER_STATEMENT.exec(s.text);
      if (m && ABOUT_STRATEGY.test(s.text)) out.owner = { span: s.span, text: (m[1] ?? m[2] ?? m[3] ?? m[4]).trim(), quote: quoteOf(s.text) };
    }
    const review = reviewStatement(s);
    if (review) out.reviews.push(review);
  }
  return out;
}

function reviewStatement(s: Sentence): ReviewStatement | undefined {
  if (!REVIEW_VERB.test(s.text)) return undefined;
  if (isReviewCycle(s.text)) return { span: s.span, quote: quoteOf(s.text) };
  const m = VAGUE_CADENCE.exec(s.text);
  if (m && REVIEW_OBJECT.test(s.text)) return { span: s.span, quote: quoteOf(s.text), vague: m[0], vagueSpan: sentenceSpan(s, m.index, m.index + m[0].length) };
  return undefined;
}

// ---- the document's facts ----

const byDoc = new WeakMap<Doc, { year: number; facts: StrategyFacts }>();

/** The document's facts, measured from `now` where it states no year (memoised per model and year). */
export function strategyFacts(doc: Doc, now: Date): StrategyFacts {
  const thisYear = now.getFullYear();
  const known = byDoc.get(doc);
  if (known && known.year === thisYear) return known.facts;
  const facts = readFacts(doc, thisYear);
  byDoc.set(doc, { year: thisYear, facts });
  return facts;
}

const shift = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

function readFacts(doc: Doc, thisYear: number): StrategyFacts {
  const chunks = doc.chunks.map((c) => ({ facts: chunkFacts(c.chunk), offset: c.offset }));
  const title = titleFact(doc);
  const year = yearFact(doc, title, chunks, thisYear);
  const horizons: OwnHorizon[] = [];
  const measure = (h: { what: Horizon['what']; from?: number; to?: number; years?: number }): number | undefined => {
    if (h.what === 'duration') return h.years;
    if (h.what === 'range') return h.to! - h.from!;
    return h.to! > year.value ? h.to! - year.value : undefined;
  };
  let period: StrategyFacts['period'];
  // Front matter and title state the horizon with authority; the body only adds durations then.
  const fm = doc.frontMatter;
  if (fm) {
    const raw = doc.text.slice(fm.span.start, fm.span.end);
    for (const h of findHorizons(raw)) {
      const years = measure(h);
      if (years === undefined || h.what === 'deadline') continue;
      const span = { start: fm.span.start + h.index, end: fm.span.start + h.index + h.length };
      horizons.push({ what: h.what, from: h.from, to: h.to, years, span, source: 'front matter', quote: raw.slice(h.index, h.index + h.length) });
      if (h.what === 'range' && !period) period = { start: h.from, end: h.to, span, source: 'front matter', quote: raw.slice(h.index, h.index + h.length) };
    }
  }
  if (title && title.source !== 'front matter') {
    for (const h of titleHorizons(doc, title, chunks)) {
      const years = measure(h);
      if (years === undefined || h.what === 'deadline') continue;
      horizons.push({ ...h, years, source: 'title' });
      if (h.what === 'range' && !period) period = { start: h.from, end: h.to, span: h.span, source: 'title', quote: h.quote };
    }
  }
  const stated = horizons.length > 0;
  const setAside: SetAside[] = [];
  for (const { facts, offset } of chunks) {
    for (const h of facts.own) {
      const span = shift(h.span, offset);
      if (title && span.start >= title.span.start && span.end <= title.span.end) continue;
      if (stated && h.what !== 'duration') continue;
      if (h.what === 'range' && (h.from! < year.value - 1 || h.to! <= year.value)) {
        setAside.push({ span, quote: h.quote, why: 'history' });
        continue;
      }
      const years = measure(h);
      if (years !== undefined && years > 0) {
        horizons.push({ what: h.what, from: h.from, to: h.to, years, span, source: 'text', quote: h.quote });
        if (!period && h.what === 'deadline' && /\b(?:runs?|running|covers?|lasts?)\b/i.test(h.quote)) period = { end: h.to, span, source: 'text', quote: h.quote };
        if (!period && h.what === 'range') period = { start: h.from, end: h.to, span, source: 'text', quote: h.quote };
      }
    }
    for (const h of facts.setAside) setAside.push({ span: shift(h.span, offset), quote: h.quote, why: h.why });
  }
  horizons.sort((a, b) => a.span.start - b.span.start);
  setAside.sort((a, b) => a.span.start - b.span.start);
  let longest: OwnHorizon | undefined;
  for (const h of horizons) if (!longest || h.years > longest.years) longest = h;
  const reviews: ReviewStatement[] = [];
  let owner: StrategyFacts['owner'];
  for (const { facts, offset } of chunks) {
    for (const r of facts.reviews) reviews.push({ ...r, span: shift(r.span, offset), vagueSpan: r.vagueSpan && shift(r.vagueSpan, offset) });
    if (!owner && facts.owner) owner = { text: facts.owner.text, span: shift(facts.owner.span, offset), source: 'text', quote: facts.owner.quote };
  }
  const cycle = reviews.find((r) => r.vague === undefined);
  const first = cycle ?? reviews[0];
  return {
    title,
    year,
    period,
    horizonYears: longest && { value: longest.years, span: longest.span, source: longest.source, quote: longest.quote },
    horizons,
    setAside,
    owner,
    review: first && { ...first, cycle: !!cycle, source: 'text' },
    reviews,
  };
}

/**
 * The title: front matter `title`, else the first written `#` heading, else
 * (in a converted document) the short lines it opens with, joined ("The
 * Leeds / Teaching Hospitals / People Priorities / Strategy / 2024-2028").
 */
function titleFact(doc: Doc): StrategyFacts['title'] {
  const fmTitle = doc.frontMatter?.data?.title;
  const first0 = doc.sections[0];
  // Front matter after a comment is read as a setext heading ("layout: page title: Our strategy ..."): take its title.
  const misread = first0 && !first0.heading.recovered && (first0.heading.text.match(/(?:^|\s)[a-z][\w-]*:\s/g)?.length ?? 0) >= 2;
  const h1 = misread ? undefined : doc.sections.find((s) => s.level === 1 && !s.heading.recovered);
  if (h1) return { text: h1.heading.text, span: h1.heading.textSpan, source: 'title', quote: h1.heading.text };
  if (typeof fmTitle === 'string' && fmTitle.trim() && doc.frontMatter) return { text: fmTitle.trim(), span: doc.frontMatter.span, source: 'front matter', quote: fmTitle.trim() };
  if (misread) {
    const t = /(?:^|\s)title:\s*(.+?)(?=\s[a-z][\w-]*:\s|$)/.exec(first0.heading.text);
    if (t) return { text: t[1].trim(), span: first0.heading.textSpan, source: 'front matter', quote: t[1].trim() };
    return undefined;
  }
  const opening = openingLines(doc);
  if (opening) return { ...opening, source: 'title', quote: quoteOf(opening.text) };
  if (first0 && doc.title && doc.title.span.start === first0.heading.span.start && !first0.heading.recovered && first0.heading.span.start <= firstProse(doc)) {
    return { text: first0.heading.text, span: first0.heading.textSpan, source: 'title', quote: first0.heading.text };
  }
  return undefined;
}

function firstProse(doc: Doc): number {
  for (const { chunk, offset } of doc.chunks) {
    const p = Math.min(chunk.paragraphs[0]?.span.start ?? Infinity, chunk.lists[0]?.span.start ?? Infinity, chunk.tables[0]?.span.start ?? Infinity);
    if (p < Infinity) return p + offset;
  }
  return doc.text.length;
}

/**
 * The opening short lines of a converted document, before its first prose or
 * a gap of two blank lines: each a few words with no full stop. Only when the
 * document reads as converted (no Markdown headings) and starts with such lines.
 */
function openingLines(doc: Doc): { text: string; span: Span } | undefined {
  if (!doc.chunks[0]?.chunk.converted) return undefined;
  const text = doc.text;
  let pos = doc.frontMatter ? doc.frontMatter.span.end : 0;
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  let blanks = 0;
  for (let n = 0; n < 40 && pos < text.length; n++) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const lineStart = pos;
    const raw = text.slice(pos, eol);
    pos = eol + 1;
    const comment = raw.includes('<!--');
    const line = withoutComments(raw).replace(/[*_#]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (!line) {
      if (comment) continue;
      if (parts.length && ++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    // A stray letter left by the conversion.
    if (line.length < 2) continue;
    if (countWords(line) > 8 || /[.!?;:,]$/.test(line) || /^(?:table\s+of\s+)?contents$/i.test(line)) break;
    // A heading in capitals after a title in mixed case ("FOREWORD") starts the text.
    if (parts.some((p) => /\p{Ll}/u.test(p)) && /\p{L}{2}/u.test(line) && !/\p{Ll}/u.test(line)) break;
    if (parts.length === 0) start = lineStart + raw.search(/\S/);
    end = lineStart + raw.trimEnd().length;
    parts.push(line);
    if (parts.length >= 8) break;
  }
  if (parts.length === 0) return undefined;
  return { text: parts.join(' '), span: { start, end } };
}

/** The horizons in the title: the heading units inside its span, or the opening lines' text. */
function titleHorizons(doc: Doc, title: NonNullable<StrategyFacts['title']>, chunks: ReadonlyArray<{ facts: ChunkFacts; offset: number }>): Array<Omit<OwnHorizon, 'years' | 'source'> & { years?: number }> {
  const out: Array<Omit<OwnHorizon, 'years' | 'source'> & { years?: number }> = [];
  const t = title.span;
  let inHeadings = false;
  for (const { facts, offset } of chunks) {
    for (const u of facts.headings) {
      const span = shift(u.span, offset);
      if (span.start >= t.start && span.end <= t.end) {
        inHeadings = true;
        for (const h of u.horizons) out.push({ what: h.what, from: h.from, to: h.to, years: h.years, span: shift(h.span, offset), quote: h.quote });
      }
    }
    if (offset > t.end) break;
  }
  if (inHeadings && out.length) return out;
  // A title split over lines: read the joined text, and place each horizon at its own words in the source.
  if (title.text.includes(' ') && out.length === 0) {
    const raw = doc.text.slice(t.start, t.end);
    for (const h of findHorizons(title.text)) {
      const words = title.text.slice(h.index, h.index + h.length);
      const at = raw.indexOf(words);
      const span = at >= 0 ? { start: t.start + at, end: t.start + at + words.length } : t;
      out.push({ what: h.what, from: h.from, to: h.to, years: h.years, span, quote: words });
    }
  }
  return out;
}

/** The document's own year: front matter, then the title, then a line that dates it, then years the text states as past; else today. */
function yearFact(doc: Doc, title: StrategyFacts['title'], chunks: ReadonlyArray<{ facts: ChunkFacts; offset: number }>, thisYear: number): StrategyFacts['year'] {
  const fm = doc.frontMatter?.data;
  for (const key of ['date', 'year', 'published']) {
    const v = fm?.[key];
    const y = v instanceof Date ? v.getUTCFullYear() : typeof v === 'number' ? v : typeof v === 'string' ? Number(/(?:19|20)\d{2}/.exec(v)?.[0]) : NaN;
    if (Number.isInteger(y) && y > 1900 && y < 2200) return { value: y, source: 'front matter', span: doc.frontMatter!.span, quote: String(v instanceof Date ? v.toISOString().slice(0, 10) : v) };
  }
  if (title) {
    const r = findHorizons(title.text).find((h) => h.what === 'range');
    if (r?.from) return { value: r.from, source: 'title', span: title.span, quote: title.quote };
    const lone = /\b((?:19|20)\d{2})\b/.exec(title.text);
    if (lone) return { value: Number(lone[1]), source: 'title', span: title.span, quote: title.quote };
  }
  // The first dated line no later than this year (each chunk keeps only lines earlier than all before them).
  for (const { facts } of chunks) for (const y of facts.dated) if (y <= thisYear) return { value: y, source: 'dated line' };
  // An older strategy that states no date: the latest year it speaks of as past.
  let past = 0;
  for (const { facts } of chunks) if (facts.pastYear && facts.pastYear <= thisYear) past = Math.max(past, facts.pastYear);
  if (past) return { value: past, source: 'text' };
  return { value: thisYear, source: 'today' };
}

/** How a message says where a deadline was measured from. */
export function measuredFrom(year: StrategyFacts['year']): string {
  switch (year.source) {
    case 'today':
      return `from today (${year.value}), as the document states no year of its own`;
    case 'dated line':
      return `from ${year.value}, the year the document is dated`;
    case 'text':
      return `from ${year.value}, the latest year the text speaks of as past`;
    default:
      return `from ${year.value}, the document's own year`;
  }
}

/** `s` with each HTML comment (see `htmlComments`) replaced by a space. */
function withoutComments(s: string): string {
  const cs = htmlComments(s);
  if (!cs.length) return s;
  let out = '';
  let at = 0;
  for (const c of cs) {
    out += s.slice(at, c.index) + ' ';
    at = c.index + c.length;
  }
  return out + s.slice(at);
}
