// outcomes-section: what will be different, measured, and by when (vague pitfall; board question 5).
import { hasDateOrPeriod, hasMeasure, sectionRule } from '../rule-helpers';

const MEASURING = /\b(?:we\s+will\s+(?:measure|track|monitor)\s+(?:our\s+)?(?:progress|success|impact|this)|(?:progress|success|impact)\s+will\s+be\s+measured|measured\s+by|key\s+results|success\s+measures?|we\s+will\s+know\s+we\s+have\s+succeeded)\b/i;

export default sectionRule({
  id: 'outcomes-section',
  kind: 'outcomes',
  description: 'The strategy should set out measurable outcomes: what will be different, by how much and by when.',
  defaultSeverity: 'warning',
  quality: 'realistic',
  question: 'five-year-impact',
  equivalent: {
    // A target statement: a promise or aim that carries both a figure and a date.
    pattern: /\b(?:will|target|aim|by|reach|achieve|fall|rise|cut|increase|reduce|halve|double|measured|measure|track|key\s+results|success\s+measures?)\b/i,
    // A target with a figure and a date, or a statement of how progress will be measured.
    test: (s) => (hasMeasure(s.text) && hasDateOrPeriod(s.text)) || MEASURING.test(s.text),
    min: 3,
    what: 'target statements with a figure and a date, or statements of how progress will be measured',
  },
  docs: {
    why:
      'NHS Providers\' Digital Boards guidance names vague strategies with no tangible, measurable description of what will be different as a pitfall, and asks boards what the impact will be five years on. Without stated outcomes nobody can judge progress.',
    good:
      'A section of outcomes, each saying what will be different and for whom, how it is measured, where it starts, the target and the date, and who owns it. Three or more target statements with a figure and a date elsewhere in the text also count.',
    before: '## Our priorities\n\n1. Roll out electronic prescribing',
    after:
      '## Measurable outcomes\n\n| Outcome | Measure | Baseline | Target | By when | Owner |\n| --- | --- | --- | --- | --- | --- |\n| Fewer prescribing errors | errors per 1,000 doses | 4.1 (2024) | 2.0 | March 2027 | chief pharmacist |',
    fix: 'The quick fix inserts a "Measurable outcomes" table with columns for the outcome, measure, baseline, target, date and owner. Headings such as "Objectives", "Goals", "Targets" or "What success looks like" also count.',
  },
});
