// What a rule is: one module with all its metadata and a `check` function.
// Rules report spans, messages and fixes; the engine stamps the rest.
import type { Directive } from './directives';
import type { Doc } from './model';
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

export type OptionsSchema<O> = { [K in keyof O]: OptionSchema & { default: O[K] } };

export interface RuleMeta<O = Record<string, unknown>> {
  id: string;
  /** One line: what the rule finds. */
  description: string;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** Which of the guidance's qualities and board questions the rule serves (at least one). */
  quality?: Quality;
  question?: BoardQuestion;
  options: OptionsSchema<O>;
  /** Option defaults that differ by profile. */
  profileDefaults?: Partial<Record<Profile, Partial<O>>>;
  docs: RuleDocs;
}

export interface RuleContext<O> {
  doc: Doc;
  text: string;
  options: O;
  profile: Profile;
  vocab: Vocabulary;
  /** "Today", for measuring horizons when the document states no year of its own. */
  now: Date;
  /** The document's inline strategy-lint comments. */
  directives: readonly Directive[];
  /** Whether a rule id is one of ours. */
  isKnownRule(id: string): boolean;
  /** Report a problem. */
  report(r: Report): void;
  /** Record a span of the document that answers the rule's quality or question (for the scorecard). */
  evidence(span: Span, label: string): void;
}

export interface Rule<O = any> {
  meta: RuleMeta<O>;
  check(ctx: RuleContext<O>): void;
}

/** Define a rule with its option types checked against its defaults. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

export type { Fix, Severity };
