// The kinds of section a strategy should have, recognised by what a heading
// means rather than its exact words, and the skeletons the quick fixes insert.
import { DEFAULT_WORDS, say, type Words } from './profile-choice';
import type { BoardQuestion, Quality } from './types';

export type SectionKind =
  | 'summary'
  | 'vision'
  | 'current-state'
  | 'delivered'
  | 'users'
  | 'alignment'
  | 'outcomes'
  | 'priorities'
  | 'not-doing'
  | 'resources'
  | 'ownership'
  | 'review'
  | 'communication'
  | 'glossary';

export interface SectionKindInfo {
  kind: SectionKind;
  /** The heading a quick fix inserts. */
  title: string;
  /** What the section is for, for hovers. May hold `{placeholders}` for the document's words: read it through `sectionText`. */
  purpose: string;
  quality?: Quality;
  question?: BoardQuestion;
  /**
   * Phrases matched against the normalised heading (lower case, British
   * spelling, numbering removed) as whole words; a trailing `*` on a word
   * matches any ending.
   */
  synonyms: string[];
  /** Insert after the first of these that the document has; else at the end. */
  follows: SectionKind[];
  /** Body lines of the skeleton: prompts a writer replaces. May hold `{placeholders}`: read them through `sectionText`. */
  skeleton: string[];
}

/** A kind's purpose and skeleton in a document's words ("residents", "the council"; "patients" in the NHS). */
export interface SectionText {
  title: string;
  purpose: string;
  skeleton: string[];
}

const texts = new WeakMap<Words, Map<SectionKind, SectionText>>();

/** A section kind's title, purpose and skeleton in the given words (the NHS profile's by default). */
export function sectionText(kind: SectionKind, words: Words = DEFAULT_WORDS.nhs): SectionText {
  let byKind = texts.get(words);
  if (!byKind) texts.set(words, (byKind = new Map()));
  let t = byKind.get(kind);
  if (!t) {
    const info = SECTION_KIND_INFO[kind];
    byKind.set(kind, (t = Object.freeze({ title: info.title, purpose: say(info.purpose, words), skeleton: Object.freeze(info.skeleton.map((l) => say(l, words))) as string[] })));
  }
  return t;
}

export const SECTION_KINDS: readonly SectionKindInfo[] = [
  {
    kind: 'summary',
    title: 'Summary',
    purpose: 'A short summary lets a busy reader take in the whole strategy in a minute.',
    quality: 'mainstream',
    synonyms: ['summary', 'at a glance', 'in brief', 'overview', 'tl dr', 'key points'],
    follows: [],
    skeleton: ['In one paragraph: [what will be different for {people} and staff, by when, and the three things we will do first].'],
  },
  {
    kind: 'vision',
    title: 'Our vision',
    purpose: 'A short, memorable statement of what digital will make possible, tied to what {org} exists to do.',
    synonyms: ['vision', 'mission', 'ambition*', 'purpose', 'why we need', 'why this matters', 'our aim*'],
    follows: ['summary'],
    skeleton: ['[One or two sentences a member of staff could repeat from memory: what digital will make possible for {people} and staff.]'],
  },
  {
    kind: 'current-state',
    title: 'Where we are now',
    purpose: 'Sets out the digital services {org} runs today and how well they perform, so the plan starts from reality.',
    quality: 'realistic',
    question: 'current-services',
    synonyms: [
      'where we are', 'current state', 'current position', 'current situation', 'current landscape', 'current services',
      'current systems', 'current digital', 'our current', 'starting point', 'as is', 'baseline', 'case for change',
      'where we stand', 'today', 'state of play', 'state of our', 'existing services', 'how we perform*', 'digital maturity',
      'the challenge*', 'challenges we face', 'problem statement', 'the problem*', 'our position', 'digital estate',
      'what we have now', 'how things are now', 'current performance', 'current picture', 'assessment of',
    ],
    follows: ['vision', 'summary'],
    skeleton: [
      '| Service or system | Who uses it | How well it performs today (figure and date) |',
      '| --- | --- | --- |',
      '| [for example, {exampleSystem}] | [{exampleStaff}, about N users] | [for example, 97.5% availability in 2024/25] |',
      '',
      '[What works well, what does not, and the evidence for each.]',
    ],
  },
  {
    kind: 'delivered',
    title: 'What we have delivered and learnt',
    purpose: 'Shows what the last strategy achieved and what it taught, which builds trust that this one is achievable.',
    quality: 'realistic',
    synonyms: [
      'what we have delivered', 'we have delivered', 'delivered so far', 'delivered to date', 'already delivered',
      'what we delivered', 'what we have achieved', 'we have achieved', 'what we achieved', 'achievement*', 'what we have done',
      'already done', 'progress so far', 'progress to date', 'progress since', 'so far', 'lesson*', 'learnt', 'learning from',
      'what worked', 'reflection*', 'looking back', 'track record', 'success* to date', 'our journey so far', 'story so far',
      'where we have come from', 'previous strategy', 'last strategy',
    ],
    follows: ['current-state', 'vision', 'summary'],
    skeleton: [
      '- [Something the last strategy delivered, with a figure]: [what we learnt from it]',
      '- [Something that did not work]: [what we will do differently]',
    ],
  },
  {
    kind: 'users',
    title: 'Our users and their needs',
    purpose: 'Grounds the strategy in what {served} and staff need, found through research rather than assumed.',
    quality: 'user-centred',
    question: 'users-and-needs',
    synonyms: [
      'users', 'our user*', 'user need*', 'user research', 'user centred', 'user centered', 'user voice', 'who uses', 'who use', 'service user*', 'patients', 'patient need*', 'patient experience', 'for patients',
      'people who use', 'who we serve', 'citizen*', 'customer*', 'persona*', 'what people need', 'what people told us',
      'told us', 'what we heard', 'needs', 'staff need*', 'staff experience', 'voice of', 'people we serve', 'residents',
      'communities we serve',
    ],
    follows: ['delivered', 'current-state', 'vision', 'summary'],
    skeleton: [
      '| Who | What they need most | How we know (research, feedback, data) |',
      '| --- | --- | --- |',
      '| [{People} who ...] | [their biggest need] | [for example, survey of N people in 2025] |',
      '| [Staff who ...] | [their biggest need] | [source] |',
    ],
  },
  {
    kind: 'alignment',
    title: 'How this supports our organisation and system strategy',
    purpose: 'Shows how digital enables what {org} and its {system} exist to do.',
    quality: 'integrated',
    question: 'system-alignment',
    synonyms: [
      'align*', 'strategic context', 'strategic fit', 'how this fits', 'fit* with', 'where this fits', 'system strategy',
      'system priorities', 'system partners', 'wider system', 'health and care system', 'local system', 'system working',
      'whole system', 'integrated care', 'ics', 'icb', 'icp', 'place based', 'partnership*', 'partners', 'national context',
      'policy context', 'organisational strategy', 'trust strategy', 'corporate strategy', 'business strategy', 'links to',
      'supports our', 'wider strategy', 'strategic priorities', 'context', 'golden thread', 'how digital supports',
    ],
    follows: ['users', 'delivered', 'current-state', 'vision', 'summary'],
    skeleton: [
      '- Our organisation\'s strategy: [the goal this supports, and how digital helps reach it]',
      '- {systemPlans}: [the shared priority this supports]',
    ],
  },
  {
    kind: 'outcomes',
    title: 'Measurable outcomes',
    purpose: 'Says what will be different, for whom, by how much and by when, so progress can be checked.',
    quality: 'realistic',
    question: 'five-year-impact',
    synonyms: [
      'outcome*', 'measure*', 'measuring', 'metric*', 'kpi*', 'key performance', 'target*', 'what will be different',
      'what will change', 'what success looks like', 'success', 'benefit*', 'impact', 'objective*', 'goal*', 'key results',
      'okr*', 'how we will know', 'expected results', 'planned results', 'intended results', 'ambitions',
    ],
    follows: ['alignment', 'users', 'vision', 'summary'],
    skeleton: [
      '| Outcome | Measure | Baseline (date) | Target | By when | Owner |',
      '| --- | --- | --- | --- | --- | --- |',
      '| [what will be different, for whom] | [how it is measured] | [figure now, with date] | [figure] | [month year] | [named executive] |',
    ],
  },
  {
    kind: 'priorities',
    title: 'Our priorities',
    purpose: 'Ranks or phases the work, so the board can see what comes first and what waits.',
    synonyms: [
      'priorit*', 'roadmap', 'road map', 'delivery plan', 'implementation plan', 'implementation', 'plan', 'phase*',
      'phasing', 'sequencing', 'timeline', 'milestone*', 'workstream*', 'work programme', 'programme of work',
      'what we will do', 'mission*', 'theme*', 'our approach', 'next steps', 'actions', 'focus areas', 'areas of focus',
      'year one', 'now next later', 'how we will achieve', 'how we ll achieve', 'how we will get there', 'initiatives',
      'deliverables', 'commitments',
    ],
    follows: ['outcomes', 'alignment', 'users', 'vision'],
    skeleton: [
      '1. Now (this year): [the first priority, and why it comes first]',
      '2. Next (next year): [the second priority]',
      '3. Later: [what waits until the first two are done]',
    ],
  },
  {
    kind: 'not-doing',
    title: 'What we will not do',
    purpose: 'Says what the strategy will not do or will stop, so that everyone knows where effort is not going.',
    quality: 'focused',
    question: 'not-prioritising',
    synonyms: [
      'will not', 'won t', 'wont', 'not do', 'not doing', 'not going to', 'out of scope', 'not in scope', 'outside * scope',
      'outside scope', 'not prioritis*', 'deprioritis*', 'de prioritis*', 'stop doing', 'stopping', 'what we are not',
      'trade off*', 'parked', 'exclusion*', 'non goals', 'not now', 'saying no',
    ],
    follows: ['priorities', 'outcomes'],
    skeleton: [
      '- We will not [a piece of work the board has decided against], because [the reason], until [when we will look again].',
      '- We will stop [something we do now], because [the reason].',
    ],
  },
  {
    kind: 'resources',
    title: 'Resources, constraints and risks',
    purpose: 'Sets out the money, people and time the plan needs, and what could stop it, so its ambition is realistic.',
    quality: 'realistic',
    synonyms: [
      'resourc*', 'funding', 'finance*', 'financial', 'investment*', 'budget*', 'cost*', 'constraint*', 'risk*',
      'dependenc*', 'assumption*', 'capacity', 'affordab*', 'what it will take', 'what we need', 'enablers',
      'barrier*', 'obstacle*', 'blocker*', 'what is stopping us', 'what stops us', 'what could stop us',
    ],
    follows: ['not-doing', 'priorities', 'outcomes'],
    skeleton: [
      '| Need or constraint | What it takes (money, people, time) | Risk if missing | How we manage it |',
      '| --- | --- | --- | --- |',
      '| [for example, {exampleSpecialists}] | [N posts from April 2026] | [what slips] | [mitigation] |',
    ],
  },
  {
    kind: 'ownership',
    title: 'Ownership and governance',
    purpose: 'Names who owns the strategy (the whole board) and how delivery is overseen.',
    quality: 'owned',
    synonyms: [
      'governance', 'ownership', 'owner*', 'accountab*', 'leadership', 'who owns', 'roles and responsibilities',
      'responsibilit*', 'oversight', 'assurance', 'board', 'how we will deliver', 'delivering this strategy',
      'delivering the strategy', 'sponsor*',
    ],
    follows: ['resources', 'not-doing', 'priorities'],
    skeleton: [
      'The [{orgNoun}] board owns this strategy. [Executive name and role] is accountable for its delivery, and the [committee] oversees progress every [period].',
    ],
  },
  {
    kind: 'review',
    title: 'How we will review this strategy',
    purpose: 'Says when and how the strategy is reviewed and refreshed, so it keeps pace with change.',
    quality: 'realistic',
    synonyms: [
      'review*', 'refresh*', 'revisit*', 'monitoring', 'updating this strategy', 'keeping this strategy',
      'evaluation', 'evaluating', 'how we will track', 'tracking progress', 'reporting progress', 'measuring progress',
      'keeping it current', 'keeping it up to date', 'living document',
    ],
    follows: ['ownership', 'resources', 'outcomes'],
    skeleton: [
      'The board will review progress against this strategy every [quarter] and refresh the strategy each [year], next in [month year].',
    ],
  },
  {
    kind: 'communication',
    title: 'How we will communicate and engage',
    purpose: 'Says how the strategy will be shared with staff, partners, {people} and the public, which builds trust and buy-in.',
    quality: 'mainstream',
    synonyms: [
      'communicat*', 'engag*', 'how we will share', 'sharing this strategy', 'telling people', 'involv*', 'co production',
      'coproduction', 'co design', 'consultation', 'get involved', 'have your say', 'spreading the word', 'bringing people with us',
    ],
    follows: ['review', 'ownership'],
    skeleton: [
      '- Staff: [how and when they will hear about it, and how they can contribute]',
      '- Partners: [how]',
      '- {People} and the public: [how]',
    ],
  },
  {
    kind: 'glossary',
    title: 'Glossary',
    purpose: 'Spells out abbreviations and specialist terms in one place.',
    quality: 'mainstream',
    synonyms: ['glossary', 'abbreviation*', 'acronym*', 'definition*', 'terms used', 'jargon buster', 'key terms'],
    follows: [],
    skeleton: ['- [ABC]: [what the abbreviation stands for]'],
  },
];

export const SECTION_KIND_INFO: Readonly<Record<SectionKind, SectionKindInfo>> = Object.fromEntries(
  SECTION_KINDS.map((k) => [k.kind, k]),
) as Record<SectionKind, SectionKindInfo>;

export function isSectionKind(s: string): s is SectionKind {
  return Object.prototype.hasOwnProperty.call(SECTION_KIND_INFO, s);
}

const US_TO_UK: Array<[RegExp, string]> = [
  [/\b(\w{3,})iz(e|es|ed|ing|ation|ations|er|ers)\b/g, '$1is$2'],
  [/\b(\w{3,})yz(e|es|ed|ing)\b/g, '$1ys$2'],
  [/\b(behavi|col|fav|lab|hon|neighb|rum|harb)or(s|ed|ing|al)?\b/g, '$1our$2'],
  [/\bcent(er)(s)?\b/g, 'centre$2'],
  [/\bprogram(s)?\b/g, 'programme$1'],
  [/\bdefense\b/g, 'defence'],
  [/\blearned\b/g, 'learnt'],
];

/** Lower case, British spelling, numbering and punctuation removed: the form synonyms are matched against. */
export function normaliseHeading(text: string): string {
  let t = text.toLowerCase().replace(/[’‘`]/g, "'");
  t = t.replace(/^\s*(?:(?:chapter|section|part|appendix|annex)\s+[0-9a-z]+[.):\-–—]?\s+|[0-9]+(?:\.[0-9]+)*[.):\-–—]?\s+|(?:[ivxlc]+|[a-z])[.)]\s+)/, '');
  for (const [re, to] of US_TO_UK) t = t.replace(re, to);
  t = t.replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ');
  return t.trim().replace(/\s+/g, ' ');
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A synonym as a regular expression over a normalised heading. Only `*` is
 * special (a word on its own, or any ending); every other character is
 * matched literally, so a phrase from a config file cannot be a costly pattern.
 */
export function phraseToRegex(phrase: string): RegExp {
  const body = phrasePattern(phrase);
  // A phrase of punctuation alone would match every heading: make it match none.
  return body === undefined ? /(?!)/ : new RegExp(`(?:^| )${body}(?= |$)`);
}

/** The words of `phraseToRegex`'s pattern, or undefined for a phrase with none. */
function phrasePattern(phrase: string): string | undefined {
  const parts: string[] = [];
  for (const raw of phrase.split(/\s+/)) {
    if (raw === '') continue;
    if (/^\*+$/.test(raw)) {
      parts.push('\\S+');
      continue;
    }
    const wild = raw.endsWith('*');
    const words = normaliseHeading(raw.replace(/\*+$/, ''));
    if (!words) continue;
    parts.push(escapeRegex(words) + (wild ? '\\S*' : ''));
  }
  return parts.length ? parts.join(' ') : undefined;
}

type Table = Array<{ kind: SectionKind; re: RegExp }>;
/** Compiled tables by their extra synonyms, so that a new configuration with the same ones (or none) costs nothing. */
const tables = new Map<string, Table>();

/**
 * One pattern per kind, every synonym an alternative: a heading matches it exactly when it
 * matches one synonym's `phraseToRegex`, with one test per kind rather than one per synonym.
 */
function compileTable(extra: Partial<Record<SectionKind, readonly string[]>>): Table {
  const key = JSON.stringify(SECTION_KINDS.map((k) => extra[k.kind] ?? []));
  let table = tables.get(key);
  if (!table) {
    if (tables.size >= 50) tables.clear();
    table = SECTION_KINDS.map((k) => {
      const bodies = [...k.synonyms, ...(extra[k.kind] ?? [])].map(phrasePattern).filter((b): b is string => b !== undefined);
      return { kind: k.kind, re: bodies.length ? new RegExp(`(?:^| )(?:${bodies.join('|')})(?= |$)`) : /(?!)/ };
    });
    tables.set(key, table);
  }
  return table;
}

/** A compiled synonym table. Build once per configuration; `kindsOf` is called for every heading. */
export class SectionMatcher {
  private readonly table: Table;
  // Headings rarely change between analyses, and matching every synonym is the costliest part of building sections.
  private readonly memo = new Map<string, SectionKind[]>();
  constructor(extra: Partial<Record<SectionKind, readonly string[]>> = {}) {
    this.table = compileTable(extra);
  }
  /** The kinds a heading's text signals, in table order. "What we will not do" is not also "priorities". */
  kindsOf(headingText: string): SectionKind[] {
    let kinds = this.memo.get(headingText);
    if (!kinds) {
      if (this.memo.size > 5000) this.memo.clear();
      this.memo.set(headingText, (kinds = this.match(headingText)));
    }
    return kinds.slice();
  }

  private match(headingText: string): SectionKind[] {
    const t = matchedPart(headingText);
    if (!t) return [];
    const kinds: SectionKind[] = [];
    for (const { kind, re } of this.table) if (re.test(t)) kinds.push(kind);
    if (kinds.includes('not-doing')) return kinds.filter((k) => k !== 'priorities' && k !== 'outcomes' && k !== 'users');
    return kinds;
  }
}

/** How much of a heading (normalised) is matched against the synonyms: real headings are far shorter, and this bounds the work a long one costs. */
export const MAX_HEADING_MATCHED = 200;

function matchedPart(headingText: string): string {
  const cut = headingText.length > MAX_HEADING_MATCHED * 4;
  const t = normaliseHeading(cut ? headingText.slice(0, MAX_HEADING_MATCHED * 4) : headingText);
  // Cut at a word boundary, so a word cut short is not taken for a shorter one.
  return cut || t.length > MAX_HEADING_MATCHED ? t.slice(0, MAX_HEADING_MATCHED + 1).replace(/ ?\S*$/, '') : t;
}
