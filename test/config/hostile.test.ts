// Hostile configuration: every bad config gives a clear message naming the
// file and the problem, analysis carries on with defaults, and nothing a
// config file says is ever run as code or compiled as a pattern.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { analyze, defaultConfig, loadConfigText, phraseToRegex, RULES, SectionMatcher } from '../../server/src/core/index';
import { findConfigFile, loadConfigFor, readConfigFile } from '../../server/src/node/config-files';

const DEFAULTS = defaultConfig(RULES);
const STRATEGY = '# Digital strategy 2025 to 2028\n\n## Our priorities\n\n1. Replace the PAS by March 2026\n';

function load(text: string, file = '.strategy-lint.json') {
  return loadConfigText(text, file, RULES);
}

describe('hostile configuration', () => {
  const broken: Array<{ name: string; file: string; text: string; says: RegExp }> = [
    { name: 'invalid JSON', file: '.strategy-lint.json', text: '{ "rules": { "time-horizon": "off" ', says: /^\.strategy-lint\.json: not valid JSON at line 1, column \d+: .+\. Using the default settings\.$/ },
    { name: 'invalid YAML', file: '.strategy-lint.yaml', text: 'rules:\n  time-horizon: [off\n', says: /^\.strategy-lint\.yaml: not valid YAML at line \d+, column \d+: .+\. Using the default settings\.$/ },
    { name: 'a duplicated YAML key', file: '.strategy-lint.yml', text: 'profile: nhs\nprofile: general\n', says: /^\.strategy-lint\.yml: not valid YAML .*Map keys must be unique/ },
    {
      name: 'a YAML alias bomb (billion laughs)',
      file: '.strategy-lint.yaml',
      text: ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefgh'[i]).join(', ')}]`)].join('\n') + '\n',
      says: /^\.strategy-lint\.yaml: Excessive alias count .*\. Using the default settings\.$/,
    },
    { name: 'JSON nested 200,000 deep', file: '.strategy-lint.json', text: '['.repeat(200_000), says: /^\.strategy-lint\.json: (it is nested too deeply to read|not valid JSON.*)\. Using the default settings\.$/ },
    { name: 'YAML nested 100,000 deep', file: '.strategy-lint.yaml', text: '['.repeat(100_000), says: /^\.strategy-lint\.yaml: .+\. Using the default settings\.$/ },
    // Handed to the yaml package, this line exhausts memory and kills the process outright.
    { name: 'a YAML line of 40,000 "- " markers', file: '.strategy-lint.yaml', text: '- '.repeat(40_000), says: /^\.strategy-lint\.yaml: it is nested too deeply to read \(more than 64 levels\)\. Using the default settings\.$/ },
    { name: 'YAML with 20,000 keys', file: '.strategy-lint.yaml', text: Array.from({ length: 20_000 }, (_, i) => `k${i}: x`).join('\n'), says: /^\.strategy-lint\.yaml: it has 20000 keys, more than the 2000 allowed\. Using the default settings\.$/ },
    { name: 'YAML with 10,000 aliases', file: '.strategy-lint.yaml', text: 'a: &a x\nb: [' + Array(10_000).fill('*a').join(', ') + ']', says: /^\.strategy-lint\.yaml: it has 10001 anchors, aliases or tags .*\. Using the default settings\.$/ },
    { name: 'a YAML file over 256 KB', file: '.strategy-lint.yaml', text: '# ' + 'x'.repeat(300_000), says: /^\.strategy-lint\.yaml: YAML here may be at most 262144 characters, and this one is 300002 \(JSON allows more\)\. Using the default settings\.$/ },
    { name: 'a list where an object belongs', file: '.strategy-lint.json', text: '[1, 2, 3]', says: /^\.strategy-lint\.json: "" should be an object of settings, but is a list\. Using the default settings\.$/ },
  ];
  for (const c of broken) {
    it(`${c.name}: one clear message naming the file, and the defaults apply`, () => {
      const { config, problems } = load(c.text, c.file);
      assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
      assert.match(problems[0].message, c.says);
      assert.deepEqual(config, DEFAULTS);
    });
  }

  it('wrong types and unknown keys are each named, and everything valid beside them still applies', () => {
    const { config, problems } = load(
      JSON.stringify({
        profile: 3,
        colour: 'blue',
        maxDocumentSize: 'big',
        acronyms: 'EPR',
        sections: { 'not-doing': 'Parked', nonsense: ['x'] },
        rules: { 'time-horizon': { maxYears: 'ten', requireHorizon: false, regex: '.*' }, 'time-horizons': 'off', 'measurable-outcome': 7 },
      }),
    );
    const messages = problems.map((p) => p.message);
    for (const expected of [
      /"profile" should be one of "auto", "nhs", "general", but is 3/,
      /unknown setting "colour"/,
      /"maxDocumentSize" should be a whole number from 1000 to 100000000, but is "big"/,
      /"acronyms" should be a list of text entries/,
      /"sections\.not-doing" should be a list of text entries/,
      /"sections\.nonsense" is not a section kind/,
      /"rules\.time-horizon\.maxYears" should be a whole number from 1 to 50, but is "ten"\. Using the default \(5\)/,
      /"rules\.time-horizon\.regex": rule "time-horizon" has no option "regex"/,
      /"rules\.time-horizons": there is no rule "time-horizons" \(did you mean "time-horizon"\?\)/,
      /"rules\.measurable-outcome" should be one of "off", /,
    ]) {
      assert.ok(messages.some((m) => expected.test(m)), `no message like ${expected}:\n${messages.join('\n')}`);
    }
    assert.ok(messages.every((m) => m.startsWith('.strategy-lint.json: ')));
    assert.equal(config.rules['time-horizon'].options.requireHorizon, false);
    assert.equal(config.profile, 'auto', 'a wrong profile falls back to choosing it from the document');
    assert.ok(analyze(STRATEGY, { config }).findings.length >= 0);
  });

  it('an enormous word list is accepted up to its limit, and past it is refused with the limit named', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `ACR${i}`);
    const ok = load(JSON.stringify({ acronyms: many }));
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.config.acronyms.length, 10_000);
    analyze(STRATEGY, { config: ok.config });
    const tooMany = load(JSON.stringify({ acronyms: [...many, 'ONE_MORE'] }));
    assert.match(tooMany.problems[0].message, /"acronyms" should be a list of text entries \(at most 10000\)/);
    assert.deepEqual(tooMany.config.acronyms, []);
    const tooLong = load(JSON.stringify({ acronyms: ['x'.repeat(201)] }));
    assert.match(tooLong.problems[0].message, /each under 200 characters/);
  });

  describe('word lists and synonyms are matched literally', () => {
    const CATASTROPHIC = ['(a+)+$', '(a|aa)+$', '(.*a){25}', '^(([a-z])+.)+[A-Z]([a-z])+$', '[', '\\', '(?<x>', 'a{1000000}'];
    const ATTACK = '# ' + 'a'.repeat(48) + '!\n\n' + 'a'.repeat(5000) + '!\n';

    it('section synonyms that look like runaway regular expressions match only their own words', () => {
      const matcher = new SectionMatcher({ 'not-doing': CATASTROPHIC });
      // Were any of these compiled as written, this heading would take longer than the test's lifetime.
      assert.deepEqual(matcher.kindsOf('a'.repeat(48) + '!'), []);
      assert.deepEqual(new SectionMatcher({ 'not-doing': ['(a+)+$'] }).kindsOf('aaa'), []);
      assert.deepEqual(new SectionMatcher({ 'not-doing': ['(a+)+$'] }).kindsOf('(a+)+'), ['not-doing']);
      assert.deepEqual(new SectionMatcher({ 'not-doing': ['Things we park (for now)'] }).kindsOf('Things we park for now'), ['not-doing']);
      assert.equal(phraseToRegex('[').test('anything'), false);
    });

    it('a synonym containing the word "star" is not a wildcard', () => {
      const m = new SectionMatcher({ vision: ['north star'] });
      assert.deepEqual(m.kindsOf('Our north star'), ['vision']);
      assert.deepEqual(m.kindsOf('North pole'), []);
      assert.deepEqual(new SectionMatcher({ vision: ['superstar'] }).kindsOf('Superstars'), []);
      assert.deepEqual(new SectionMatcher({ vision: ['super*'] }).kindsOf('Superstars'), ['vision']);
    });

    it('every rule with a word-list option finishes on pattern-like entries and a text built to trip them', () => {
      const config = defaultConfig(RULES);
      config.sections = { 'not-doing': CATASTROPHIC, priorities: CATASTROPHIC };
      config.acronyms = CATASTROPHIC;
      let lists = 0;
      for (const r of RULES) {
        for (const [name, schema] of Object.entries(r.meta.options as Record<string, { type: string }>)) {
          if (schema.type === 'array') {
            config.rules[r.meta.id].options[name] = CATASTROPHIC;
            lists++;
          }
        }
      }
      const a = analyze(ATTACK, { config, throwOnRuleError: true });
      assert.deepEqual(a.errors, []);
      assert.ok(lists >= 0);
    });
  });

  describe('finding config files on disk', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'sl-config-'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('a symlink loop in the folders above a document ends the walk instead of looping', () => {
      mkdirSync(join(root, 'a'));
      symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
      const deep = join(root, 'a', 'loop', 'loop', 'loop', 'loop');
      writeFileSync(join(root, '.strategy-lint.json'), '{"profile": "general"}');
      assert.equal(findConfigFile(deep, root), join(root, '.strategy-lint.json'));
      assert.equal(loadConfigFor(join(deep, 'strategy.md'), root).config.profile, 'general');
    });

    it('a config "file" that is a folder, a dangling link or a named pipe is passed over, not read', () => {
      writeFileSync(join(root, '.strategy-lint.json'), '{"profile": "general"}');
      const doc = join(root, 'sub');
      mkdirSync(doc);
      mkdirSync(join(doc, '.strategy-lint.json'));
      symlinkSync(join(root, 'missing'), join(doc, '.strategy-lint.jsonc'));
      execFileSync('mkfifo', [join(doc, '.strategy-lint.yaml')]);
      // Reading the pipe would block for ever; the walk must go past it to the real file above.
      assert.equal(findConfigFile(doc, root), join(root, '.strategy-lint.json'));
      assert.equal(loadConfigFor(join(doc, 'strategy.md'), root).config.profile, 'general');
    });

    it('a config file that cannot be read is named with the reason, and the defaults apply', () => {
      const file = join(root, '.strategy-lint.json');
      mkdirSync(file);
      const { config, problems } = readConfigFile(file);
      assert.match(problems[0].message, /\.strategy-lint\.json: cannot be read \(EISDIR\)\. Using the default settings\./);
      assert.deepEqual(config, DEFAULTS);
    });

    it('a config file over a megabyte is refused unread', () => {
      const file = join(root, '.strategy-lint.json');
      writeFileSync(file, `{"acronyms": [${'"A",'.repeat(300_000)}"B"]}`);
      const { problems } = readConfigFile(file);
      assert.match(problems[0].message, /the file is \d+ bytes, more than the 1000000 a config file may be\. Using the default settings\./);
    });
  });
});
