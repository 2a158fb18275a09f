// The snippets and the TextMate grammar injection, generated from the
// section table (server/src/core/sections.ts) so they never drift from what
// the server checks. `npm run editor-files` writes them; a test checks the
// committed copies are current. No vscode import: it runs under Node.
import { NEUTRAL_WORDS, type Words } from '../../server/src/core/profile-choice';
import { SECTION_KINDS, sectionText } from '../../server/src/core/sections';

type Snippet = { prefix: string | string[]; description: string; body: string[] };

/** Escape text for a snippet body, where `$`, `}` and `\` are special. */
function esc(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

/** A section's heading and skeleton, with each `[prompt]` as a tab stop that keeps its brackets, so placeholder-text flags any left unfilled. */
function sectionBody(kind: ReturnType<typeof sectionText>, level: string, counter: { n: number }): string[] {
  const heading = `${level} ${esc(kind.title)}`;
  const body = kind.skeleton.map((line) =>
    line.split(/(\[[^\]\n]+\])/).map((part) => (/^\[[^\]\n]+\]$/.test(part) ? `\${${++counter.n}:${esc(part)}}` : esc(part))).join(''),
  );
  return [heading, '', ...body];
}

/**
 * The snippets, in the given words. The editor's snippet file is written before any document
 * is read, so it uses words that suit any strategy; the language server offers them in the
 * document's own words (residents, the council; patients in the NHS).
 */
export function snippets(words: Words = NEUTRAL_WORDS): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  const counter = { n: 3 };
  const whole: string[] = ['# ${1:Digital strategy} ${2:2025} to ${3:2028}', ''];
  for (const k of SECTION_KINDS) whole.push(...sectionBody(sectionText(k.kind, words), '##', counter), '');
  whole.push('$0');
  out['Strategy skeleton'] = {
    prefix: ['strategy', 'strategy-skeleton'],
    description: "A whole digital strategy: every section NHS Providers' Digital Boards guidance looks for, with prompts to replace.",
    body: whole,
  };
  for (const k of SECTION_KINDS) {
    const t = sectionText(k.kind, words);
    out[`Section: ${k.title}`] = {
      prefix: `section-${k.kind}`,
      description: t.purpose,
      body: [...sectionBody(t, '##', { n: 0 }), '$0'],
    };
  }
  const outcomes = sectionText('outcomes', words).skeleton;
  out['Measurable outcomes table'] = {
    prefix: ['outcomes-table', 'measurable-outcomes-table'],
    description: 'A table of outcomes, each with a measure, a baseline, a target, a date and an owner.',
    body: [...outcomes.slice(0, 2).map(esc), '| ${1:[what will be different, for whom]} | ${2:[how it is measured]} | ${3:[figure now, with date]} | ${4:[figure]} | ${5:[month year]} | ${6:[named executive]} |', '$0'],
  };
  out['Disable a strategy-lint rule'] = {
    prefix: 'strategy-lint-disable',
    description: 'Switch a rule off from here (to the end, or to a matching enable comment), saying why.',
    body: ['<!-- strategy-lint-disable ${1:rule-id} -- ${2:reason} -->'],
  };
  out['Enable a strategy-lint rule'] = {
    prefix: 'strategy-lint-enable',
    description: 'Switch a rule back on after a disable comment.',
    body: ['<!-- strategy-lint-enable ${1:rule-id} -->'],
  };
  out['Disable a strategy-lint rule for the next line'] = {
    prefix: 'strategy-lint-disable-next-line',
    description: 'Switch a rule off for the next line only, saying why.',
    body: ['<!-- strategy-lint-disable-next-line ${1:rule-id} -- ${2:reason} -->'],
  };
  return out;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|Q[1-4])';
const YEAR = '(?:19|20)\\d{2}(?:\\/\\d{2})?';
const AMOUNT = '[£$€]?\\d(?:[\\d,.]*\\d)?(?:\\s?(?:%|per\\s?cent|[km]\\b|bn\\b))?';
const WHEN = `(?:by|before|in)\\s+(?:(?:the\\s+)?end\\s+of\\s+)?(?:${MONTH}\\s+)?${YEAR}`;

/** Most years a horizon may span before time-horizon reports it (its default `maxYears`). */
const MAX_HORIZON_YEARS = 5;

/**
 * Year ranges of at most MAX_HORIZON_YEARS, spelt out year by year (a regular
 * expression cannot subtract), so only a horizon the guidance accepts gets the
 * horizon colour; a longer one is coloured as a problem, like its error.
 */
function shortHorizon(): string {
  const groups: string[] = [];
  for (let y = 2000; y <= 2099; y++) {
    const ends = Array.from({ length: MAX_HORIZON_YEARS + 1 }, (_, i) => y + i).filter((e) => e <= 2099);
    const full = ends.map(String).join('|');
    const two = ends.map((e) => String(e).slice(2)).join('|');
    groups.push(`${y}(?:\\/\\d{2})?(?:\\s*(?:-|–|—|to)\\s*(?:${full})(?:\\/\\d{2})?|\\s*[-–]\\s*(?:${two})(?![\\d\\/]))`);
  }
  return `\\b(?:${groups.join('|')})\\b`;
}

/**
 * The grammar's patterns, as Oniguruma sources that are also valid
 * JavaScript (no inline flags, so case is spelt out), tested in both senses.
 */
export const GRAMMAR_PATTERNS = {
  /** "from 62% to 80% by March 2027", "95% by 2026", "within 18 weeks by end of 2026". */
  target: [
    `\\b[Ff]rom\\s+(?:about\\s+|around\\s+)?${AMOUNT}\\s+to\\s+${AMOUNT}(?:\\s+${WHEN})?`,
    `[£$€]?\\b\\d(?:[\\d,.]*\\d)?\\s?(?:%|per\\s?cent|days?|weeks?|hours?|minutes?)\\s+${WHEN}\\b`,
  ],
  /** "2025 to 2028", "2024-2029", "2024/25 to 2027/28", "2025–28": at most five years. */
  horizon: [shortHorizon()],
  /** "2024 to 2034": any other year range, longer than the guidance's five years. */
  longHorizon: [`\\b${YEAR}(?:\\s*(?:-|–|—|to)\\s*${YEAR}|\\s*[-–]\\s*\\d{2}(?![\\d\\/]))\\b`],
  /** "We will not build our own app." up to the end of the sentence. */
  notDoing: [`\\b[Ww]e\\s+(?:will\\s+not|won['’]t|will\\s+no\\s+longer|will\\s+stop|are\\s+not\\s+going\\s+to|have\\s+decided\\s+not\\s+to)\\b[^.!?\\n]*[.!?]?`],
} as const;

export const GRAMMAR_SCOPES: Record<keyof typeof GRAMMAR_PATTERNS, string> = {
  target: 'constant.numeric.target.strategy-lint',
  horizon: 'constant.numeric.horizon.strategy-lint',
  longHorizon: 'invalid.illegal.long-horizon.strategy-lint',
  notDoing: 'keyword.other.not-doing.strategy-lint',
};

export function injectionGrammar(): Record<string, unknown> {
  return {
    $comment: 'Generated by npm run editor-files from client/src/editor-files.ts. Do not edit.',
    scopeName: 'strategy-lint.injection',
    injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -comment -meta.embedded',
    patterns: (Object.keys(GRAMMAR_PATTERNS) as Array<keyof typeof GRAMMAR_PATTERNS>).flatMap((k) =>
      GRAMMAR_PATTERNS[k].map((match) => ({ match, name: GRAMMAR_SCOPES[k] })),
    ),
  };
}

/** The generated files, by path from the repository root. */
export function editorFiles(): Record<string, string> {
  return {
    'snippets/markdown.json': JSON.stringify(snippets(), null, 2) + '\n',
    'syntaxes/strategy-lint.injection.json': JSON.stringify(injectionGrammar(), null, 2) + '\n',
  };
}
