// Setting names that are also names of every JavaScript object's built-in
// properties get the same clear "unknown" message as any other, and a config
// within every limit cannot make each heading cost seconds (issue 17, item 5).
import { strict as assert } from 'node:assert';
import { loadConfigText, MAX_SECTION_PHRASES_IN_ALL, quote, RULES, SectionMatcher } from '../../server/src/core/index';
import { normaliseSettings } from '../../server/src/lsp/settings';
import { resolveConfig } from '../../server/src/core/index';

const BUILT_IN_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('setting names like __proto__, constructor and toString', () => {
  for (const name of BUILT_IN_NAMES) {
    it(`"${name}" as a rule option, a rule and a top-level setting is named as unknown (JSON and YAML)`, () => {
      const json = `{ "${name}": 1, "rules": { "${name}": "off", "time-horizon": { "${name}": 3 } } }`;
      const yaml = `${name}: 1\nrules:\n  ${name}: "off"\n  time-horizon:\n    ${name}: 3\n`;
      for (const [text, file] of [
        [json, '.strategy-lint.json'],
        [yaml, '.strategy-lint.yaml'],
      ]) {
        const { problems, config } = loadConfigText(text, file, RULES);
        const messages = problems.map((p) => p.message);
        assert.ok(messages.includes(`${file}: unknown setting "${name}"; expected one of "profile", "rules", "sections", "acronyms", "maxDocumentSize", "show", "minSeverity".`), messages.join('\n'));
        assert.ok(messages.some((m) => m.startsWith(`${file}: "rules.${name}": there is no rule "${name}"`)), messages.join('\n'));
        assert.ok(messages.some((m) => m.startsWith(`${file}: "rules.time-horizon.${name}": rule "time-horizon" has no option "${name}"; its options are `)), messages.join('\n'));
        assert.equal(Object.hasOwn(config.rules['time-horizon'].options, name), false);
      }
    });
  }

  it('editor settings keep "__proto__" as a rule name, so it is reported like any other unknown rule', () => {
    const settings = normaliseSettings(JSON.parse('{ "rules": { "__proto__": "off", "time-horizon": "off" } }'));
    assert.deepEqual(Object.keys(settings.rules), ['__proto__', 'time-horizon']);
    const { problems } = resolveConfig({ rules: settings.rules }, 'the strategyLint editor settings', RULES);
    assert.deepEqual(
      problems.map((p) => p.message),
      ['the strategyLint editor settings: "rules.__proto__": there is no rule "__proto__".'],
    );
  });
});

describe('values quoted in messages', () => {
  it('are short, on one line, and show invisible characters as escapes', () => {
    assert.equal(quote('a\nb\r\u2028\u202e\u0085'), '"a\\nb\\r\\u2028\\u202e\\u0085"');
    assert.equal(quote('x'.repeat(100)), `"${'x'.repeat(40)}…"`);
    assert.equal(quote("x".repeat(10_000_000)).length, 43);
  });

  it('a value that is a whole file appears only as a 40-character excerpt', () => {
    const secret = 'TOKEN=' + 'abcdefghij'.repeat(20);
    const { problems } = loadConfigText(secret, '.strategy-lint.yaml', RULES);
    assert.equal(problems.length, 1);
    assert.ok(!problems[0].message.includes(secret.slice(0, 60)), problems[0].message);
  });
});

describe('extra heading phrases are bounded', () => {
  const kinds = ['summary', 'vision', 'current-state', 'delivered', 'users', 'alignment', 'outcomes', 'priorities', 'not-doing', 'resources', 'ownership', 'review', 'communication', 'glossary'];

  it(`no more than ${MAX_SECTION_PHRASES_IN_ALL} in all are used, and the rest are named as not used`, () => {
    const sections = Object.fromEntries(kinds.map((k) => [k, Array.from({ length: 100 }, (_, i) => `${k} phrase ${i}`)]));
    const { config, problems } = resolveConfig({ sections }, 'c.json', RULES);
    const used = Object.values(config.sections).reduce((n, l) => n + (l?.length ?? 0), 0);
    assert.equal(used, MAX_SECTION_PHRASES_IN_ALL);
    assert.match(problems[0].message, /^c\.json: "sections\.(\w|-)+": more than 200 extra heading phrases in all, the most "sections" may add \(each is tried on every heading\); the rest are not used\.$/);
  });

  it('more than 100 for one kind is refused, as the schema says', () => {
    const { config, problems } = resolveConfig({ sections: { vision: Array.from({ length: 101 }, (_, i) => `v${i}`) } }, 'c.json', RULES);
    assert.equal(config.sections.vision, undefined);
    assert.match(problems[0].message, /"sections\.vision" should be a list of text entries \(at most 100\)/);
  });

  it('a phrase with more than two lone "*" words, or only "*" words, is not used, with a reason', () => {
    const { config, problems } = resolveConfig({ sections: { vision: ['* * * q', '* *', 'our * north * star', 'north * star'] } }, 'c.json', RULES);
    assert.deepEqual(config.sections.vision, ['our * north * star', 'north * star']);
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'c.json: the heading phrase "* * * q" in "sections.vision" is not used: a phrase may have at most 12 words, at most 2 of them a lone "*", and at least one real word.',
        'c.json: the heading phrase "* *" in "sections.vision" is not used: a phrase may have at most 12 words, at most 2 of them a lone "*", and at least one real word.',
      ],
    );
  });

  it('only the first 200 characters of a heading are matched, so a long heading costs no more than a short one', () => {
    const m = new SectionMatcher({ 'not-doing': ['* * zebra'] });
    const filler = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
    assert.deepEqual(m.kindsOf(`${filler} zebra`), ['not-doing']);
    const long = Array.from({ length: 5_000 }, (_, i) => `word${i}`).join(' ');
    assert.deepEqual(m.kindsOf(`${long} zebra`), []);
    assert.deepEqual(m.kindsOf(`Things we will not do ${long}`), ['not-doing']);
  });
});
