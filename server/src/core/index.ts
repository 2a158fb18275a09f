// The analysis core's public face. Pure: no vscode, no fs, no process.
export { analyze, analysisSteps, resolveProfile, type Analysis, type AnalyzeOptions, type Evidence } from './analyze';
export { wordsFor } from './profile-choice';
export * from './config';
export { strategyFacts, type StrategyFacts, type FactEvidence, type FactSource, type OwnHorizon, type SetAside, type ReviewStatement } from './facts';
export { parseDirectives, type Directive } from './directives';
export { applyEdits, chooseFixes, fixAllEdits, insertSectionFix, insertSectionsFix, isSafeFix, sectionSkeleton, FixConflictError } from './fixes';
export { buildDoc, ChunkCache, type Doc, type Section } from './model';
export { PROFILES, type Vocabulary } from './profiles';
export { ruleCategory, type Rule, type RuleCategory, type RuleMeta, type RuleDocs } from './rule';
export { RULES, DOCS_BASE, docsUrl, ruleById } from './rules/index';
export { SECTION_KINDS, SECTION_KIND_INFO, SectionMatcher, normaliseHeading, phraseToRegex, type SectionKind } from './sections';
export * from './types';
export { scorecard, scorecardAnswers, type ScorecardAnswers, scorecardFigureLines, whatGoodLooksLike, QUESTION_LABELS, QUALITY_LABELS, ANSWER_MARK, type Scorecard, type ScoreItem, type Answer, type Readability, type WgllItem } from './scorecard';
export { isVisible, isWritingFinding, visibleFindings, SHOW_CHOICES, type Show, type Visibility } from './visibility';
