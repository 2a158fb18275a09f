// invalid-config findings come from the front ends, which read config files;
// the core supplies the problems. These cases pin down what a user sees.
import { strict as assert } from 'node:assert';
import { loadConfigText, RULES } from '../../server/src/core/index';

describe('invalid-config', () => {
  const cases: Array<{ name: string; file: string; text: string; expected: string[] }> = [
    { name: 'accepts a valid JSON config', file: '.strategy-lint.json', text: '{ "profile": "general", "rules": { "sentence-length": { "warnOver": 30 } } }', expected: [] },
    { name: 'accepts a valid YAML config', file: '.strategy-lint.yaml', text: 'profile: nhs\nacronyms: [PACS]\nrules:\n  passive-voice: off\n', expected: [] },
    {
      name: 'names the file, the key and what was expected for a wrong option value',
      file: '.strategy-lint.json',
      text: '{ "rules": { "sentence-length": { "warnOver": "thirty" } } }',
      expected: ['.strategy-lint.json: "rules.sentence-length.warnOver" should be a whole number from 5 to 200, but is "thirty". Using the default (25).'],
    },
    {
      name: 'suggests the nearest rule id for a misspelt one',
      file: '.strategy-lint.json',
      text: '{ "rules": { "words-to-avoidd": "off" } }',
      expected: ['.strategy-lint.json: "rules.words-to-avoidd": there is no rule "words-to-avoidd" (did you mean "words-to-avoid"?).'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(loadConfigText(c.text, c.file, RULES).problems.map((p) => p.message), c.expected);
    });
  }

  it('reports JSON that does not parse with its line and column, and falls back to the defaults', () => {
    const r = loadConfigText('{\n  "profile": "general",,\n}', '.strategy-lint.json', RULES);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /^\.strategy-lint\.json: not valid JSON at line 2, column \d+: .*Using the default settings\.$/);
    assert.equal(r.config.profile, 'nhs');
  });
});
