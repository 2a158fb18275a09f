// The board pack's model: everything the report shows, worked out from one
// analysis and its scorecard, as plain data with offsets and line numbers.
// Pure (no fs, no editor): the command line renders it to a file, the
// language server sends it to the editor's scorecard panel, and both render
// it with the one renderer in render.ts.
import {
  QUALITY_LABELS,
  RULES,
  SECTION_KIND_INFO,
  SEVERITIES,
  SEVERITY_RANK,
  type Analysis,
  type Answer,
  type BoardQuestion,
  type Finding,
  type Quality,
  type Rule,
  type Scorecard,
  type ScoreItem,
  type SectionKind,
  type Severity,
  type Span,
  type TextEdit,
} from '../core/index';
import { documentSpan } from '../core/rule-helpers';
import { describeProfile, generalise, type Words } from '../core/profile-choice';
import { sectionText } from '../core/sections';
import { strategyFacts } from './facts';
import { lineIndex } from '../core/lines';

/** A place in the document: offsets for the editor, a line for people. */
export interface Place {
  start: number;
  end: number;
  /** 1-based. */
  line: number;
}

/** Words from the document, at their place. */
export interface Quote extends Place {
  text: string;
  /** The heading the words sit under, when the evidence was the section itself. */
  under?: string;
}

export type Verdict = Answer | 'unchecked';

/** The words the report, the panel and the command line use for each answer. */
export const VERDICT_WORDS: Record<Verdict, string> = { yes: 'Answered', partly: 'Partly answered', no: 'Not answered', unchecked: 'Not checked' };
export const VERDICT_MARKS: Record<Verdict, string> = { yes: '✓', partly: '~', no: '✗', unchecked: '–' };
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  yes: 'the strategy answers it and no check finds a problem',
  partly: 'the strategy speaks to it, but a check finds a problem',
  no: 'nothing in the strategy answers it yet',
  unchecked: 'every check for it is switched off',
};

export interface QuickFix {
  title: string;
  edits: TextEdit[];
}

export interface NextStep {
  /** One sentence or two: what to write. */
  text: string;
  ruleId: string;
  at: Place;
  /** The quick fix that takes the step, when there is one. */
  fix?: QuickFix;
}

export interface ReportItem {
  group: 'question' | 'quality';
  id: BoardQuestion | Quality;
  label: string;
  verdict: Verdict;
  /** The sentence that best answers it. */
  evidence?: Quote;
  /** How many other pieces of evidence there are. */
  moreEvidence: number;
  /** The single step that would answer it (none when answered). */
  next?: NextStep;
  /** How many problems the checks found for it. */
  problems: number;
}

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  at: Quote;
  /** Why it matters, in a sentence, from the rule's docs. */
  why: string;
  docsUrl: string;
  fix?: QuickFix;
  /** Other findings of the same rule not listed. */
  more: number;
}

export interface PitfallGroup {
  id: string;
  title: string;
  findings: ReportFinding[];
}

export interface ReportFacts {
  title?: Quote;
  year: { value: number; from: string };
  period?: { from?: number; to?: number; years: number; quote: Quote };
  /** The year five years on from the document's own year: the guidance's longest horizon. */
  fiveYearsOn: number;
  owner?: Quote;
  review?: Quote;
}

export interface SectionReading {
  heading: string;
  at: Place;
  /** SMOG grade. */
  grade: number;
  /** Reading age: the SMOG grade plus five (UK school years start at five). */
  age: number;
  sentences: number;
}

export interface BaselineChange {
  label: string;
  group: 'question' | 'quality';
  before: Verdict;
  after: Verdict;
}

export interface BriefFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The line in its own version of the document. */
  line: number;
}

export interface BaselineDiff {
  /** What the earlier version was, e.g. "HEAD~1" or a file name. */
  label: string;
  questionsBefore: number;
  questionsAfter: number;
  qualitiesBefore: number;
  qualitiesAfter: number;
  changes: BaselineChange[];
  fixed: BriefFinding[];
  added: BriefFinding[];
  totalsBefore: Record<Severity, number>;
}

export interface ReportModel {
  /** The document's name as given. */
  path: string;
  /** YYYY-MM-DD. */
  date: string;
  profile: string;
  /** Which profile, and why ("Read as a general strategy: no NHS terms found. …"). */
  profileLine: string;
  facts: ReportFacts;
  questions: ReportItem[];
  qualities: ReportItem[];
  questionsAnswered: number;
  qualitiesShown: number;
  /** e.g. "2 of 5 board questions answered; 1 of 6 qualities shown". */
  headline: string;
  totals: Record<Severity, number>;
  findingsByQuality: Array<{ quality: Quality; label: string; counts: Record<Severity, number> }>;
  reading: { grade: number; age: number; sentences: number; sections: SectionReading[] };
  wgll: Array<{ id: string; label: string; verdict: Answer; mentions: number; first?: Place }>;
  /** The ten findings most worth fixing first, grouped by the guidance's pitfalls. */
  top: PitfallGroup[];
  baseline?: BaselineDiff;
  /** The editor's document version the model was built from (the panel only). */
  version?: number;
}

export interface ReportInput {
  analysis: Analysis;
  scorecard: Scorecard;
  /** The rules the analysis ran with (those switched on). */
  rules?: readonly Rule[];
  path: string;
  now: Date;
}

const TOP = 10;
const PER_RULE = 2;
const QUOTE_MAX = 220;

/** The pitfalls the guidance names, and the rules that find each; other findings go under the quality they serve. */
export const PITFALLS: ReadonlyArray<{ id: string; title: string; rules: readonly string[] }> = [
  { id: 'too-long-term', title: 'Too long-term and not reviewed often', rules: ['time-horizon', 'review-section', 'review-cadence'] },
  { id: 'vague', title: 'Vague: no measurable picture of what will be different', rules: ['outcomes-section', 'measurable-outcome', 'vague-outcome', 'hollow-commitment', 'placeholder-text'] },
  { id: 'shopping-list', title: 'A shopping list: no priorities, constraints or resources', rules: ['shopping-list', 'priorities-section', 'not-doing-section', 'resources-section'] },
  { id: 'technology-led', title: 'IT-driven: technology before the basics and the people', rules: ['technology-led', 'basics-first'] },
  { id: 'cookie-cutter', title: 'Cookie-cutter: could be any organisation', rules: ['cookie-cutter'] },
  { id: 'funding-led', title: 'Chasing funding rather than need', rules: ['funding-led'] },
];
const QUALITY_PITFALL: Record<Quality, string> = {
  owned: 'Not owned by the whole board',
  integrated: 'Not tied to the organisation and system',
  'user-centred': 'Not rooted in what users need',
  mainstream: 'Hard to digest and remember',
  realistic: 'Not grounded in the current reality',
  focused: 'Not focused',
};

export function zeroCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

/** 1-based line of each offset (LF, CRLF and a lone CR each end a line). */
export function lineOf(text: string): (offset: number) => number {
  const index = lineIndex(text);
  return (offset) => index.position(offset).line;
}

const clip = (s: string, max = QUOTE_MAX) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1).replace(/\s+\S*$/, '') + '…' : t;
};

/** Build the board pack's model of one analysed document. */
export function buildReport(input: ReportInput): ReportModel {
  const { analysis, scorecard: sc, path, now } = input;
  const rules = input.rules ?? RULES;
  const { doc } = analysis;
  const text = doc.text;
  const line = lineOf(text);
  const place = (s: Span): Place => ({ start: s.start, end: s.end, line: line(s.start) });
  const sentences = doc.sentences;

  /** The sentence at a span; for a heading, the first sentence under it, so the quote says something. */
  const quote = (span: Span): Quote => {
    let i = sentenceAt(span.start);
    let under: string | undefined;
    if (i >= 0 && sentences[i].source === 'heading' && sentences[i + 1] && sentences[i + 1].source !== 'heading') {
      under = sentences[i].text;
      i += 1;
    }
    const s = i >= 0 ? sentences[i] : undefined;
    const use = s && s.span.start <= span.start + 2000 && s.span.end >= span.start ? s : undefined;
    const at = use ? use.span : span;
    return { ...place(at), text: clip(use ? use.text : text.slice(span.start, span.end)), ...(use && under ? { under: clip(under, 80) } : {}) };
  };
  function sentenceAt(offset: number): number {
    let lo = 0;
    let hi = sentences.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].span.start <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best >= 0 && sentences[best].span.end < offset && sentences[best + 1]) return best + 1;
    return best === -1 && sentences.length ? 0 : best;
  }
  const literal = (span: Span): Quote => ({ ...place(span), text: clip(text.slice(span.start, span.end)) });

  const findingKey = (f: { ruleId: string; span: Span; message: string }) => `${f.ruleId}\0${f.span.start}\0${f.span.end}\0${f.message}`;
  const byKey = new Map(analysis.findings.map((f) => [findingKey(f), f]));
  const ruleById = new Map(RULES.map((r) => [r.meta.id, r]));
  const fixOf = (f: Finding | undefined): QuickFix | undefined => {
    const fix = f?.fixes.find((x) => x.isPreferred) ?? f?.fixes.find((x) => !x.alternative) ?? f?.fixes[0];
    return fix ? { title: fix.title, edits: fix.edits } : undefined;
  };

  const item = (group: 'question' | 'quality', s: ScoreItem): ReportItem => {
    const verdict: Verdict = s.checked ? s.answer : 'unchecked';
    // Sentences that answer it say more than a section heading or a figure; prefer them.
    const ranked = [...s.evidence].sort((a, b) => evidenceRank(a.label) - evidenceRank(b.label));
    const evidence = ranked[0] ? quote(ranked[0].span) : undefined;
    let next: NextStep | undefined;
    if (verdict === 'partly' || verdict === 'no') {
      const findings = s.problems.map((p) => byKey.get(findingKey(p))).filter((f): f is Finding => !!f);
      const first = findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.fixes.length ? 0 : 1) - (b.fixes.length ? 0 : 1) || a.span.start - b.span.start)[0];
      if (first) next = { text: nextStepText(first, analysis.words), ruleId: first.ruleId, at: place(first.span), fix: fixOf(first) };
    }
    return { group, id: s.id, label: s.label, verdict, evidence, moreEvidence: Math.max(0, s.evidence.length - 1), next, problems: s.problems.length };
  };
  const questions = sc.questions.map((q) => item('question', q));
  const qualities = sc.qualities.map((q) => item('quality', q));
  const questionsAnswered = questions.filter((q) => q.verdict === 'yes').length;
  const qualitiesShown = qualities.filter((q) => q.verdict === 'yes').length;

  const f = strategyFacts(analysis);
  const short = (q: Quote): Quote => ({ ...q, text: clip(q.text, 140) });
  const facts: ReportFacts = {
    title: f.title ? { ...place(f.title.span), text: clip(f.title.value) } : undefined,
    year: f.year,
    fiveYearsOn: f.year.value + 5,
    owner: f.owner ? short(quote(f.owner.span)) : undefined,
    review: f.review ? short(quote(f.review.span)) : undefined,
    period: f.period ? { ...f.period.value, quote: literal(f.period.span) } : undefined,
  };

  // A summary whose every case is also reported one by one (as hints) is counted through its cases, not twice.
  const counted = analysis.findings.filter((x) => !(x.data?.summary && x.data.marked === x.data.count));
  const totals = zeroCounts();
  for (const x of counted) totals[x.severity]++;
  const findingsByQuality = (Object.keys(QUALITY_LABELS) as Quality[]).map((q) => {
    const counts = zeroCounts();
    for (const x of counted) if (ruleById.get(x.ruleId)?.meta.quality === q) counts[x.severity]++;
    return { quality: q, label: QUALITY_LABELS[q], counts };
  });

  const reading = {
    grade: sc.readability.document,
    age: readingAge(sc.readability.document),
    sentences: sc.readability.sentences,
    sections: sc.readability.sections.map((s) => ({ heading: s.heading, at: place(s.span), grade: s.grade, age: readingAge(s.grade), sentences: s.sentences })),
  };
  const wgll = sc.whatGoodLooksLike.map((w) => ({ id: w.id, label: w.label, verdict: w.answer, mentions: w.mentions, first: w.evidence[0] ? place(w.evidence[0]) : undefined }));

  // Most worth fixing first: the worst severity, then what a board question hangs on, then what has a fix.
  const enabled = new Set(rules.map((r) => r.meta.id));
  const worth = (x: Finding) => SEVERITY_RANK[x.severity] * 10 + (ruleById.get(x.ruleId)?.meta.question ? 4 : 0) + (x.fixes.length ? 1 : 0);
  // A rule's summary carries the cases it marks as hints: they are neither listed beside it nor counted again as "more".
  const summarised = new Set(analysis.findings.filter((x) => x.data?.summary).map((x) => x.ruleId));
  const carried = (x: Finding) => !!x.data?.summarised && summarised.has(x.ruleId);
  const candidates = analysis.findings
    .filter((x) => enabled.has(x.ruleId) && ruleById.has(x.ruleId) && !carried(x))
    .map((x, i) => ({ x, i }))
    .sort((a, b) => worth(b.x) - worth(a.x) || a.i - b.i);
  const wholeDoc = documentSpan(doc);
  const perRule = new Map<string, number>();
  const chosen: ReportFinding[] = [];
  for (const { x } of candidates) {
    const n = perRule.get(x.ruleId) ?? 0;
    perRule.set(x.ruleId, n + 1);
    if (n >= PER_RULE || chosen.length >= TOP) continue;
    const meta = ruleById.get(x.ruleId)!.meta;
    // A finding about the whole document sits on the title: quoting the title would say nothing.
    const whole = (x.span.start === wholeDoc.start && x.span.end === wholeDoc.end) || x.span.end - x.span.start > 400;
    chosen.push({ ruleId: x.ruleId, severity: x.severity, message: x.message, at: whole ? { ...place(x.span), text: '' } : literal(x.span), why: firstSentence(analysis.profile === 'nhs' ? meta.docs.why : generalise(meta.docs.why, analysis.words)), docsUrl: x.docsUrl, fix: fixOf(x), more: 0 });
  }
  for (const c of chosen) {
    const listed = chosen.filter((o) => o.ruleId === c.ruleId);
    if (listed[listed.length - 1] === c) c.more = (perRule.get(c.ruleId) ?? 0) - listed.length;
  }
  const top: PitfallGroup[] = [];
  const groupFor = (ruleId: string): { id: string; title: string } => {
    const p = PITFALLS.find((g) => g.rules.includes(ruleId));
    if (p) return p;
    const q = ruleById.get(ruleId)?.meta.quality ?? 'mainstream';
    return { id: `quality-${q}`, title: QUALITY_PITFALL[q] };
  };
  for (const c of chosen) {
    const g = groupFor(c.ruleId);
    let group = top.find((t) => t.id === g.id);
    if (!group) top.push((group = { id: g.id, title: g.title, findings: [] }));
    group.findings.push(c);
  }

  return {
    path,
    date: now.toISOString().slice(0, 10),
    profile: analysis.profile,
    profileLine: describeProfile(analysis.profileChoice),
    facts,
    questions,
    qualities,
    questionsAnswered,
    qualitiesShown,
    headline: `${questionsAnswered} of ${questions.length} board questions answered; ${qualitiesShown} of ${qualities.length} qualities shown`,
    totals,
    findingsByQuality,
    reading,
    wgll,
    top,
  };
}

/** Lower is better evidence: a sentence of the text before a section heading, before a figure. */
function evidenceRank(label: string): number {
  if (/^Section "|^Summary section "/.test(label)) return 1;
  if (/^SMOG|^\d+% of sentences|^Horizon of|^Mentions the/.test(label)) return 2;
  return 0;
}

/** The next step a finding asks for, in the words the report, panel and command line share. */
export function nextStepText(f: Pick<Finding, 'message' | 'data'>, words: Words): string {
  const kind = f.data?.kind as SectionKind | undefined;
  const info = kind && SECTION_KIND_INFO[kind] ? sectionText(kind, words) : undefined;
  if (info && f.data?.placeholder) return `Write the section "${info.title}": it holds only a placeholder. ${info.purpose}`;
  if (info) return `Add a section "${info.title}". ${info.purpose}`;
  return f.message;
}

/** SMOG grades are US school grades; a UK reading age is about five more. */
export function readingAge(grade: number): number {
  return Math.round(grade + 5);
}

function firstSentence(s: string): string {
  const m = /^.*?[.!?](?=\s+[A-Z"“]|$)/s.exec(s);
  return (m ? m[0] : s).trim();
}

// ---- comparing with an earlier version ----

/** What changed between an earlier version's report and this one. */
export function compareReports(before: ReportModel, beforeFindings: readonly BriefFindingWithText[], after: ReportModel, afterFindings: readonly BriefFindingWithText[], label: string): BaselineDiff {
  const changes: BaselineChange[] = [];
  for (const [a, b] of [...zip(before.questions, after.questions), ...zip(before.qualities, after.qualities)]) {
    if (a.verdict !== b.verdict) changes.push({ label: b.label, group: b.group, before: a.verdict, after: b.verdict });
  }
  // A finding is the same one when its rule and message match, or its rule and the words it points at.
  const left = [...beforeFindings];
  const right = [...afterFindings];
  const pair = (same: (x: BriefFindingWithText, y: BriefFindingWithText) => boolean) => {
    for (let i = left.length - 1; i >= 0; i--) {
      const j = right.findIndex((y) => same(left[i], y));
      if (j >= 0) {
        left.splice(i, 1);
        right.splice(j, 1);
      }
    }
  };
  pair((x, y) => x.ruleId === y.ruleId && x.message === y.message && x.text === y.text);
  pair((x, y) => x.ruleId === y.ruleId && x.message === y.message);
  pair((x, y) => x.ruleId === y.ruleId && x.text !== '' && x.text === y.text);
  // The same finding with new figures: a whole-document count that changed, or a sentence edited a little.
  pair((x, y) => x.ruleId === y.ruleId && shape(x.message) === shape(y.message) && ((x.whole && y.whole) || overlap(x.text, y.text) >= 0.6));
  const brief = ({ ruleId, severity, message, line }: BriefFindingWithText): BriefFinding => ({ ruleId, severity, message, line });
  const order = (a: BriefFinding, b: BriefFinding) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.line - b.line;
  return {
    label,
    questionsBefore: before.questionsAnswered,
    questionsAfter: after.questionsAnswered,
    qualitiesBefore: before.qualitiesShown,
    qualitiesAfter: after.qualitiesShown,
    changes,
    fixed: left.map(brief).sort(order),
    added: right.map(brief).sort(order),
    totalsBefore: before.totals,
  };
}

export interface BriefFindingWithText extends BriefFinding {
  /** The words the finding points at, whitespace collapsed. */
  text: string;
  /** A finding about the whole document (it sits on the title or the first line). */
  whole: boolean;
}

/** A message with its figures taken out: "12 sentences (23%)" and "13 sentences (19%)" have the same shape. */
const shape = (m: string) => m.replace(/\d[\d,.]*/g, '#');

/** How far two bits of text share their words (0 to 1). */
function overlap(a: string, b: string): number {
  const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.max(x.size, y.size);
}

/** The findings of an analysis in the form `compareReports` matches them. */
export function briefFindings(analysis: Analysis): BriefFindingWithText[] {
  const line = lineOf(analysis.doc.text);
  const whole = documentSpan(analysis.doc);
  return analysis.findings.map((f) => ({
    whole: (f.span.start === whole.start && f.span.end === whole.end) || f.span.end - f.span.start > 300,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: line(f.span.start),
    text: f.span.end - f.span.start > 300 ? '' : analysis.doc.text.slice(f.span.start, f.span.end).replace(/\s+/g, ' ').trim(),
  }));
}

function zip<T>(a: readonly T[], b: readonly T[]): Array<[T, T]> {
  return a.slice(0, Math.min(a.length, b.length)).map((x, i) => [x, b[i]]);
}

/** The quick fix a panel button names: "question:<id>", "quality:<id>" or "finding:<n>" (in the order the renderer numbers them). */
export function findFix(model: ReportModel, id: string): QuickFix | undefined {
  const [group, key] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  if (group === 'question' || group === 'quality') return [...model.questions, ...model.qualities].find((i) => i.group === group && i.id === key)?.next?.fix;
  if (group === 'finding') return model.top.flatMap((g) => g.findings)[Number(key)]?.fix;
  return undefined;
}

export { SEVERITIES };
