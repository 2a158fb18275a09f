// The rule registry: every rule, in the order they run and are documented.
// To add a rule, import it here (see "How to add a rule" in the README).
import type { Rule } from '../rule';
import currentStateSection from './current-state-section';
import deliveredAndLearntSection from './delivered-and-learnt-section';
import userNeedsSection from './user-needs-section';
import alignmentSection from './alignment-section';
import outcomesSection from './outcomes-section';
import prioritiesSection from './priorities-section';
import resourcesSection from './resources-section';
import ownershipSection from './ownership-section';
import reviewSection from './review-section';
import communicationSection from './communication-section';
import measurableOutcome from './measurable-outcome';
import reviewCadence from './review-cadence';
import vagueOutcome from './vague-outcome';
import shoppingList from './shopping-list';
import technologyLed from './technology-led';
import basicsFirst from './basics-first';
import cookieCutter from './cookie-cutter';
import delegatedOwnership from './delegated-ownership';
import fundingLed from './funding-led';
import hollowCommitment from './hollow-commitment';
import notDoingSection from './not-doing-section';
import timeHorizon from './time-horizon';
import invalidConfig from './invalid-config';
import documentTooLarge from './document-too-large';
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
  // Sections, in the order a strategy usually has them.
  currentStateSection,
  deliveredAndLearntSection,
  userNeedsSection,
  alignmentSection,
  outcomesSection,
  prioritiesSection,
  notDoingSection,
  resourcesSection,
  ownershipSection,
  reviewSection,
  communicationSection,
  // Content.
  timeHorizon,
  reviewCadence,
  measurableOutcome,
  vagueOutcome,
  shoppingList,
  technologyLed,
  basicsFirst,
  cookieCutter,
  delegatedOwnership,
  fundingLed,
  hollowCommitment,
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
  documentTooLarge,
];

/** Where each rule's documentation lives. */
export const DOCS_BASE = 'https://github.com/strategy-lint/strategy-lint/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
