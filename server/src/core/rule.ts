// What a rule is: one module with all its metadata and a `check` function.
// Rules report spans, messages and fixes; the engine stamps the rest.
import type { Directive } from './directives';
import type { StrategyFacts } from './facts';
import type { Chunk, Doc } from './model';
import type { Words } from './profile-choice';
import type { Vocabulary } from './profiles';
import type { BoardQuestion, Fix, OptionSchema, Profile, Quality, Report, Severity, SeveritySetting, Span } from './types';

/** The prose that explains a rule, used for hovers and the generated docs. Plain British English. */
export interface RuleDocs {
  /** Why it matters, in the guidance's terms, naming the source. */
  why: string;
  /** What good looks like. */
  good: string;
  /** A short example that the rule reports ... */
  before: string;
  /** ... and the same example put right. */
  after: string;
  /** How to fix a finding (the quick fix, or what to write). */
  fix: string;
}

/** See `RuleMeta.category`. */
export type RuleCategory = 'strategy' | 'writing';

/** A rule's category, strategy unless it says otherwise. */
export function ruleCategory(rule: { meta: { category?: RuleCategory } }): RuleCategory {
  return rule.meta.category ?? 'strategy';
}

export type OptionsSchema<O> = { [K in keyof O]: OptionSchema & { default: O[K] } };

export interface RuleMeta<O = Record<string, unknown>> {
  id: string;
  /** One line: what the rule finds. */
  description: string;
  defaultSeverity: SeveritySetting;
  /**
   * What the finding is about: the strategy itself (sections, horizon, the
   * guidance's pitfalls), or how it is written (sentence length, plain words).
   * Writing findings are hidden when a reader asks for strategy issues only. Default: strategy.
   */
  category?: RuleCategory;
  fixable: boolean;
  /** Which of the guidance's qualities and board questions the rule serves (at least one). */
  quality?: Quality;
  question?: BoardQuestion;
  options: OptionsSchema<O>;
  /** Option defaults that differ by profile. */
  profileDefaults?: Partial<Record<Profile, Partial<O>>>;
  docs: RuleDocs;
}

/** What a rule's `scan` may depend on besides the chunk: nothing that changes from one keystroke to the next. */
export interface ScanContext<O> {
  options: O;
  profile: Profile;
  vocab: Vocabulary;
}

/** A chunk's scan result in place in the document. */
export interface Scanned<P> {
  value: P;
  /** Where the chunk starts: add it to the chunk-relative spans in `value`. */
  offset: number;
  /** The document index of the chunk's first heading: a `local` section `l` is `headingBase + l`. */
  headingBase: number;
}

export interface RuleContext<O, P = unknown> {
  doc: Doc;
  text: string;
  options: O;
  profile: Profile;
  vocab: Vocabulary;
  /**
   * The words messages use for the organisation, the people it serves and its system, in the
   * document's own terms ("the council", "residents"; "patients" under the NHS profile).
   * Fill a text's `{placeholders}` with `say(text, ctx.words)`. Not in `ScanContext`: they
   * change with the document, so a scan must not build messages from them.
   */
  words: Words;
  /** "Today", for measuring horizons when the document states no year of its own. */
  now: Date;
  /** What the document says about itself: its title, year, period, horizons, owner and review promise (see facts.ts). */
  facts: StrategyFacts;
  /** The document's inline strategy-lint comments. */
  directives: readonly Directive[];
  /** Whether a rule id is one of ours. */
  isKnownRule(id: string): boolean;
  /** Report a problem. */
  report(r: Report): void;
  /** Record a span of the document that answers the rule's quality or question (for the scorecard). */
  evidence(span: Span, label: string): void;
  /**
   * The rule's `scan` of each chunk, in document order (empty for a rule without `scan`).
   * Chunks are scanned on first read, so a `check` that can decide without them costs nothing.
   */
  scanned: ReadonlyArray<Scanned<P>>;
}

export interface Rule<O = any, P = any> {
  meta: RuleMeta<O>;
  /**
   * Optional: the part of the rule's work that depends only on one chunk's
   * text (and the options, profile and vocabulary), such as matching each
   * sentence. The engine keeps the result with the chunk's cached model, so
   * after an edit only the chunks that changed are scanned again; `check`
   * then combines the results from `ctx.scanned`. The result must be plain
   * data with chunk-relative spans and `local` sections, and is shared: never change it.
   */
  scan?(chunk: Chunk, ctx: ScanContext<O>): P;
  check(ctx: RuleContext<O, P>): void;
}

/** Define a rule with its option types checked against its defaults. */
export function defineRule<O, P = never>(rule: Rule<O, P>): Rule<O, P> {
  return rule;
}

export type { Fix, Severity };
