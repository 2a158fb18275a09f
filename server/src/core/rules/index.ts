// The rule registry: every rule, in the order they run and are documented.
// To add a rule, import it here (see "How to add a rule" in the README).
import type { Rule } from '../rule';
import measurableOutcome from './measurable-outcome';
import notDoingSection from './not-doing-section';
import timeHorizon from './time-horizon';
import invalidConfig from './invalid-config';
import documentTooLarge from './document-too-large';
import unknownRule from './unknown-rule';

export const RULES: readonly Rule[] = [notDoingSection, timeHorizon, measurableOutcome, unknownRule, invalidConfig, documentTooLarge];

/** Where each rule's documentation lives. */
export const DOCS_BASE = 'https://github.com/strategy-lint/strategy-lint/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
