// The rule registry: every rule, in the order they run and are documented.
// To add a rule, import it here (see "How to add a rule" in the README).
import type { Rule } from '../rule';
import measurableOutcome from './measurable-outcome';
import notDoingSection from './not-doing-section';
import timeHorizon from './time-horizon';
import invalidConfig from './invalid-config';
import unknownRule from './unknown-rule';
// Readability and hygiene (issue 3, part B).
import wordsToAvoid from './words-to-avoid';
import plainWords from './plain-words';
import sentenceLength from './sentence-length';
import paragraphLength from './paragraph-length';
import readability from './readability';
import undefinedAcronym from './undefined-acronym';
import passiveVoice from './passive-voice';
import documentLength from './document-length';
import headingSyntax from './heading-syntax';
import placeholderText from './placeholder-text';

export const RULES: readonly Rule[] = [
  notDoingSection,
  timeHorizon,
  measurableOutcome,
  // Readability ("mainstream") and hygiene, after the section and content checks.
  wordsToAvoid,
  plainWords,
  sentenceLength,
  paragraphLength,
  readability,
  undefinedAcronym,
  passiveVoice,
  documentLength,
  headingSyntax,
  placeholderText,
  unknownRule,
  invalidConfig,
];

/** Where each rule's documentation lives. */
export const DOCS_BASE = 'https://github.com/strategy-lint/strategy-lint/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
