// Helpers shared by rules: section checks, measures and dates of outcomes, and
// locating a finding for the whole document.
import { sectionsOfKind, type Chunk, type Doc, type Section } from './model';
import { HOLLOW } from './lexicon';
import { fillSectionFix, insertSectionFix } from './fixes';
import { SECTION_KIND_INFO, sectionText, type SectionKind } from './sections';
import { countWords, sentenceSpan, type Sentence } from './text';
import type { Rule, RuleDocs, RuleContext, Scanned } from './rule';
import type { BoardQuestion, Quality, SeveritySetting, Span } from './types';
import type { StrategyFacts } from './facts';
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
  /**
   * What the document's facts (facts.ts) say instead of a section: statements that answer it
   * (its evidence), or `'reported'` when another rule already reports the gap (one problem, one finding).
   */
  fromFacts?: (facts: StrategyFacts) => Array<{ span: Span; label: string }> | 'reported' | undefined;
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
      return chunk.sentences.filter((s) => (s.source === 'paragraph' || s.source === 'item') && !s.prompt && pattern.test(s.text) && (!test || test(s))).map((s) => ({ span: s.span, text: s.text }));
    },
    check(ctx: RuleContext<SectionRuleOptions, Statement[]>) {
      const { doc, options: o } = ctx;
      const found = sectionsOfKind(doc, spec.kind, o.minWords);
      if (found.length) {
        // The evidence is what the section says, not its heading: a section of prompts (the skeleton a quick
        // fix inserted, left unfilled) is not reported again, but answers nothing on the scorecard.
        for (const s of found) {
          const first = firstContent(doc, s);
          if (first) ctx.evidence(first.span, `Section "${s.heading.text}": ${first.text.length > 60 ? first.text.slice(0, 59) + '…' : first.text}`);
        }
        return;
      }
      const said = spec.fromFacts?.(ctx.facts);
      if (said === 'reported') return;
      if (said && said.length) {
        for (const e of said) ctx.evidence(e.span, e.label);
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
          message: `The section "${empty.heading.text}" holds only a placeholder, so it counts as missing. ${sectionText(spec.kind, ctx.words).purpose}`,
          fixes: [fillSectionFix(doc, empty, spec.kind, ctx.words)],
          data: { kind: spec.kind, placeholder: true },
        });
        return;
      }
      ctx.report({
        span: documentSpan(doc),
        message: `No "${info.title}" section. ${sectionText(spec.kind, ctx.words).purpose}`,
        fixes: [insertSectionFix(doc, spec.kind, ctx.words)],
        data: { kind: spec.kind, missing: true },
      });
    },
  };
}

/** The first sentence of real content (not a heading, a table's header row or an unfilled prompt) in a section, read from the chunks. */
export function firstContent(doc: Doc, section: Section): { span: Span; text: string } | undefined {
  const from = section.heading.span.end;
  const to = section.span.end;
  for (const { chunk, offset } of doc.chunks) {
    if (offset + chunk.text.length <= from) continue;
    if (offset >= to) break;
    // A table's header row is labels, not content.
    const headers = chunk.tables.map((t) => t.rowSpans[0]).filter(Boolean);
    for (const s of chunk.sentences) {
      const start = s.span.start + offset;
      if (start < from || s.source === 'heading' || s.prompt || s.words === 0) continue;
      if (s.source === 'cell' && headers.some((h) => s.span.start >= h.start && s.span.end <= h.end)) continue;
      if (start >= to) return undefined;
      return { span: { start, end: s.span.end + offset }, text: s.text };
    }
  }
  return undefined;
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
  reportSummarised(ctx, pending, { limit, summary, summarySeverity });
}

/**
 * How many findings of one writing rule a document carries one by one before
 * a summary says it better. Three marks of one kind read as three things to
 * fix; past that the habit is the problem, and one finding that names it
 * (with counts) tells the writer more than a flood of underlines. The house
 * standard: when unsure, say less, one finding per problem.
 */
export const FEW = 3;

export interface SummaryOptions {
  /** Most cases to mark one by one (the worst by weight) once summarised. */
  limit: number;
  /** The summary's message, given how many cases there are. */
  summary: (count: number) => string;
  summarySeverity?: import('./types').Severity;
  /** Summarise past this many cases (default: `limit`). */
  over?: number;
  /**
   * The severity of the marked cases once there is a summary. `hint` keeps
   * each case in place with its quick fixes (so the Quick Fix menu and "fix
   * all" work per case) while the summary is the one finding a reader sees.
   * Default: each case keeps its own severity.
   */
  marked?: import('./types').Severity;
}

/**
 * Report each pending finding, or, past `over` of them, one summary for the
 * document (data `summary`, `count`, and `marked`: how many cases are also
 * reported one by one) plus the `limit` worst cases, at `marked` severity when given.
 */
export function reportSummarised(ctx: Pick<RuleContext<unknown>, 'report' | 'doc'>, pending: Pending[], o: SummaryOptions): void {
  const over = o.over ?? o.limit;
  if (pending.length <= over) {
    for (const p of pending) ctx.report(p);
    return;
  }
  const worst = [...pending].sort((a, b) => b.weight - a.weight || a.span.start - b.span.start).slice(0, o.limit);
  worst.sort((a, b) => a.span.start - b.span.start);
  ctx.report({
    span: documentSpan(ctx.doc),
    message: o.summary(pending.length),
    severity: o.summarySeverity,
    data: { summary: true, count: pending.length, marked: worst.length },
  });
  for (const p of worst) ctx.report(o.marked ? { ...p, severity: o.marked, data: { ...p.data, summarised: true } } : p);
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
