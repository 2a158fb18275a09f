// The scorecard: how far a document answers the board's five questions and
// shows the guidance's six qualities, with the spans that are the evidence.
// Built from an analysis: evidence the rules recorded, and the findings of
// the rules that serve each question or quality.
import type { Analysis } from './analyze';
import type { Rule } from './rule';
import { RULES } from './rules/index';
import { readabilityFigures } from './words/smog';
import { WGLL, type WgllArea } from './words/wgll';
import { BOARD_QUESTIONS, QUALITIES, SEVERITY_RANK, type BoardQuestion, type Quality, type Span } from './types';

export type Answer = 'yes' | 'partly' | 'no';

export interface ScoreItem {
  id: BoardQuestion | Quality;
  /** The question or quality in words. */
  label: string;
  answer: Answer;
  /** Text that answers it. */
  evidence: Array<{ span: Span; label: string; ruleId: string }>;
  /** Findings (warning or worse) of the rules that serve it. */
  problems: Array<{ span: Span; message: string; ruleId: string }>;
  /** False when none of the rules given serves it, so `answer` says nothing. */
  checked: boolean;
}

export interface Scorecard {
  questions: ScoreItem[];
  qualities: ScoreItem[];
  /** e.g. "Board questions 3/5 answered · Focused ✗ · Realistic ✓" */
  summary: string;
  /** SMOG reading grades: a figure, never a verdict on its own. */
  readability: Readability;
  /** NHS England's "What Good Looks Like" measures the text speaks to: information only. */
  whatGoodLooksLike: WgllItem[];
}

export interface Readability {
  /** SMOG grade of the whole document (headings and list items count as sentences). */
  document: number;
  sentences: number;
  /** Top-level sections, with their grades. */
  sections: Array<{ heading: string; span: Span; grade: number; sentences: number }>;
}

export interface WgllItem {
  id: WgllArea;
  label: string;
  answer: Answer;
  /** How many sentences speak to it. */
  mentions: number;
  /** The first few of them. */
  evidence: Span[];
}

export const QUESTION_LABELS: Record<BoardQuestion, string> = {
  'current-services': 'Do we know what digital services we run now and how they perform?',
  'users-and-needs': 'Do we understand our users and their biggest needs?',
  'not-prioritising': 'What are we not prioritising?',
  'system-alignment': "How does the strategy align with our system's strategy?",
  'five-year-impact': 'What will the impact be five years on?',
};

export const QUALITY_LABELS: Record<Quality, string> = {
  owned: 'Owned by the whole board',
  integrated: 'Integrated with the organisation and system',
  'user-centred': 'User-centred',
  mainstream: 'Mainstream: easy to digest and remember',
  realistic: 'Realistic',
  focused: 'Focused: says what it will not do',
};

const TITLE_CASE: Record<Quality, string> = {
  owned: 'Owned',
  integrated: 'Integrated',
  'user-centred': 'User-centred',
  mainstream: 'Mainstream',
  realistic: 'Realistic',
  focused: 'Focused',
};

export const ANSWER_MARK: Record<Answer, string> = { yes: '✓', partly: '~', no: '✗' };

/** Score an analysis. `rules` must be the rules the analysis ran with. */
/** The scorecard's answers alone, without the figures that read every sentence (what an editor shows on each keystroke). */
export type ScorecardAnswers = Pick<Scorecard, 'questions' | 'qualities' | 'summary'>;

export function scorecard(analysis: Analysis, rules: readonly Rule[] = RULES): Scorecard {
  const figures = readabilityFigures(analysis.doc);
  const readability: Readability = {
    document: figures.document.grade,
    sentences: figures.document.sentences,
    sections: figures.sections.map((x) => ({ heading: x.heading, span: analysis.doc.sections[x.section].heading.span, grade: x.grade.grade, sentences: x.grade.sentences })),
  };
  return { ...scorecardAnswers(analysis, rules), readability, whatGoodLooksLike: whatGoodLooksLike(analysis) };
}

export function scorecardAnswers(analysis: Analysis, rules: readonly Rule[] = RULES): ScorecardAnswers {
  const serving = (pick: (r: Rule) => string | undefined, id: string) => new Set(rules.filter((r) => pick(r) === id).map((r) => r.meta.id));
  const score = (id: BoardQuestion | Quality, label: string, ids: Set<string>): ScoreItem => {
    const evidence = analysis.evidence.filter((e) => ids.has(e.ruleId)).map((e) => ({ span: e.span, label: e.label, ruleId: e.ruleId }));
    const problems = analysis.findings
      .filter((f) => ids.has(f.ruleId) && SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning)
      .map((f) => ({ span: f.span, message: f.message, ruleId: f.ruleId }));
    // Answered takes evidence, a sentence of content that answers it, and no problems; problems alongside
    // evidence mean partly. No evidence at all is not answered, whatever was not found wrong (a one-word
    // document, or a skeleton of headings and prompts, answers nothing).
    // (With no rule switched on for it, nothing is checked and the answer says nothing: it stays as it was.)
    const checked = ids.size > 0;
    const answer: Answer = checked && evidence.length === 0 ? 'no' : problems.length === 0 ? 'yes' : evidence.length > 0 ? 'partly' : 'no';
    return { id, label, answer, evidence, problems, checked };
  };
  const questions = BOARD_QUESTIONS.map((q) => score(q, QUESTION_LABELS[q], serving((r) => r.meta.question, q)));
  const qualities = QUALITIES.map((q) => score(q, QUALITY_LABELS[q], serving((r) => r.meta.quality, q)));
  const answered = questions.filter((q) => q.answer === 'yes').length;
  const summary = [`Board questions ${answered}/${questions.length} answered`, ...qualities.map((q) => `${TITLE_CASE[q.id as Quality]} ${ANSWER_MARK[q.answer]}`)].join(' · ');
  return { questions, qualities, summary };
}

/** How far the text speaks to each "What Good Looks Like" measure: two or more sentences is yes, one is partly. */
export function whatGoodLooksLike(analysis: Pick<Analysis, 'doc' | 'profile'>): WgllItem[] {
  // The framework is NHS England's: it says nothing about strategies outside the NHS.
  if (analysis.profile !== 'nhs') return [];
  const units = analysis.doc.sentences.filter((s) => s.source !== 'heading');
  return WGLL.map((w) => {
    const hits = units.filter((s) => w.pattern.test(s.text));
    return { id: w.id, label: w.label, answer: hits.length >= 2 ? 'yes' : hits.length === 1 ? 'partly' : 'no', mentions: hits.length, evidence: hits.slice(0, 3).map((s) => s.span) };
  });
}

/** Plain-text lines for the figures the scorecard carries beyond yes/partly/no, for front ends that print it. */
export function scorecardFigureLines(sc: Scorecard): string[] {
  const r = sc.readability;
  const lines = [`  Reading grade (SMOG): ${r.document} for the document${r.document > 14 ? ', above the 14 at which most readers struggle' : ''}.`];
  const hard = r.sections.filter((x) => x.grade > 14 && x.sentences >= 10);
  if (hard.length) lines.push(`    Hardest sections: ${hard.sort((a, b) => b.grade - a.grade).slice(0, 3).map((x) => `"${x.heading}" ${x.grade}`).join(', ')}.`);
  if (sc.whatGoodLooksLike.length) {
    lines.push(`  NHS England's What Good Looks Like (information only): ${sc.whatGoodLooksLike.map((w) => `${w.label} ${ANSWER_MARK[w.answer]}`).join(' · ')}`);
  }
  return lines;
}
