// unknown-rule: an inline strategy-lint comment names a rule that does not exist.
import { defineRule } from '../rule';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'unknown-rule',
    description: 'An inline strategy-lint comment names a rule that does not exist, so it switches nothing off.',
    defaultSeverity: 'warning',
    fixable: false,
    quality: 'mainstream',
    options: {},
    docs: {
      why: 'A comment that disables a misspelt rule switches nothing off, so the finding it was meant to silence stays, and the comment misleads the next reader.',
      good: 'Every rule id in a `strategy-lint-disable`, `strategy-lint-enable` or `strategy-lint-disable-next-line` comment is one of the ids in the rule list.',
      before: '<!-- strategy-lint-disable time-horizons -->',
      after: '<!-- strategy-lint-disable time-horizon -- the horizon is set by the national plan -->',
      fix: 'Correct the rule id, or remove the comment.',
    },
  },
  check({ directives, isKnownRule, report }) {
    for (const d of directives) {
      d.rules.forEach((id, i) => {
        if (!isKnownRule(id)) report({ span: d.ruleSpans[i], message: `There is no rule "${id}", so this comment switches nothing off.` });
      });
    }
  },
});
