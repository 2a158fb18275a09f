// invalid-config: a problem in a .strategy-lint.json/.jsonc/.yaml file. The
// front ends read config files, so they report these; the rule holds the
// metadata (severity, docs) and has nothing to check in the document itself.
import { defineRule } from '../rule';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'invalid-config',
    description: 'A strategy-lint config file cannot be read, or has a setting with the wrong name or value.',
    defaultSeverity: 'error',
    fixable: false,
    quality: 'mainstream',
    options: {},
    docs: {
      why: 'When a config file is broken, strategy-lint falls back to its defaults for whatever it cannot use, so the checks may not be the ones your team agreed.',
      good: 'A config file that parses, uses only known settings and rule ids, and gives each option a value of the expected kind.',
      before: '{ "rules": { "time-horizon": { "maxYears": "ten" } } }',
      after: '{ "rules": { "time-horizon": { "maxYears": 10 } } }',
      fix: 'Follow the message: it names the file, the setting and what was expected. In VS Code the config file gets completion and checking from the JSON schema.',
    },
  },
  check() {
    // Reported by the CLI and the language server, which read config files.
  },
});
