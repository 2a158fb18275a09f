// Which findings a reader sees: strategy issues only or everything, and the
// least severe level shown (as markdownlint, LTeX+ and Vale allow). The
// analysis keeps every finding (the scorecard reads them all); front ends
// filter what they show with `visibleFindings`.
import { ruleCategory } from './rule';
import { ruleById } from './rules/index';
import { SEVERITY_RANK, type Finding, type Severity } from './types';

/** "strategy": sections, horizon and the guidance's pitfalls; "everything": writing findings too. */
export type Show = 'strategy' | 'everything';
export const SHOW_CHOICES: readonly Show[] = ['strategy', 'everything'];

export interface Visibility {
  show: Show;
  minSeverity: Severity;
}

/** Whether a finding is about how the strategy is written rather than what it says. */
export function isWritingFinding(f: Finding): boolean {
  const rule = ruleById(f.ruleId);
  return !!rule && ruleCategory(rule) === 'writing';
}

export function isVisible(f: Finding, v: Visibility): boolean {
  if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[v.minSeverity]) return false;
  return v.show === 'everything' || !isWritingFinding(f);
}

export function visibleFindings(findings: readonly Finding[], v: Visibility): Finding[] {
  return findings.filter((f) => isVisible(f, v));
}
