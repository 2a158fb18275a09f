// Configuration: finding the file, checking it, and what each setting does.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, loadConfigText, RULES } from '../../server/src/core/index';
import { findConfigFile, loadConfigFor } from '../../server/src/node/config-files';
import { configWith, lines, NOW } from '../helpers';

// Settings tests run the first three rules (and unknown-rule) only, so rules added later do not change them.
const UNDER_TEST = ['not-doing-section', 'time-horizon', 'measurable-outcome', 'unknown-rule', 'invalid-config'];
function only(input: Record<string, any>): Record<string, unknown> {
  const off = Object.fromEntries(RULES.filter((r) => !UNDER_TEST.includes(r.meta.id)).map((r) => [r.meta.id, 'off']));
  return { ...input, rules: { ...off, ...(input.rules ?? {}) } };
}

const NO_HORIZON = '# Digital strategy 2024 to 2034\n\n## Our priorities\n\n1. Replace the patient administration system\n';

describe('config file discovery', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'strategy-lint-config-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const doc = (...parts: string[]) => {
    const dir = join(root, ...parts);
    mkdirSync(dir, { recursive: true });
    return join(dir, 'strategy.md');
  };

  it('finds a .strategy-lint.json several folders up', () => {
    writeFileSync(join(root, '.strategy-lint.json'), '{ "rules": { "time-horizon": "off" } }');
    const loaded = loadConfigFor(doc('a', 'b', 'c'));
    assert.equal(loaded.file, join(root, '.strategy-lint.json'));
    assert.equal(loaded.config.rules['time-horizon'].severity, 'off');
    assert.deepEqual(loaded.problems, []);
  });

  it('reads JSONC with comments and trailing commas', () => {
    writeFileSync(join(root, '.strategy-lint.jsonc'), '{\n  // our board asked for three years\n  "rules": { "time-horizon": { "maxYears": 3, }, },\n}\n');
    const loaded = loadConfigFor(doc('docs'));
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.config.rules['time-horizon'].options, { maxYears: 3 });
  });

  it('reads YAML', () => {
    writeFileSync(join(root, '.strategy-lint.yaml'), 'profile: general\nrules:\n  not-doing-section: error\n  measurable-outcome:\n    severity: info\n    limit: 5\n');
    const loaded = loadConfigFor(doc('docs'));
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.config.profile, 'general');
    assert.equal(loaded.config.rules['not-doing-section'].severity, 'error');
    assert.deepEqual(loaded.config.rules['measurable-outcome'], { severity: 'info', options: { limit: 5 } });
  });

  it('uses the nearest config file, not one further up', () => {
    writeFileSync(join(root, '.strategy-lint.json'), '{ "rules": { "time-horizon": "off" } }');
    mkdirSync(join(root, 'team'), { recursive: true });
    writeFileSync(join(root, 'team', '.strategy-lint.yaml'), 'rules:\n  time-horizon: info\n');
    const loaded = loadConfigFor(doc('team', 'drafts'));
    assert.equal(loaded.file, join(root, 'team', '.strategy-lint.yaml'));
    assert.equal(loaded.config.rules['time-horizon'].severity, 'info');
  });

  it('prefers .json, then .jsonc, then .yaml in the same folder', () => {
    writeFileSync(join(root, '.strategy-lint.yaml'), 'rules: {}\n');
    writeFileSync(join(root, '.strategy-lint.jsonc'), '{}');
    assert.equal(findConfigFile(root), join(root, '.strategy-lint.jsonc'));
    writeFileSync(join(root, '.strategy-lint.json'), '{}');
    assert.equal(findConfigFile(root), join(root, '.strategy-lint.json'));
  });

  it('stops at the given folder', () => {
    writeFileSync(join(root, '.strategy-lint.json'), '{}');
    mkdirSync(join(root, 'ws', 'docs'), { recursive: true });
    assert.equal(findConfigFile(join(root, 'ws', 'docs'), join(root, 'ws')), undefined);
  });

  it('gives the defaults when there is no config file', () => {
    const loaded = loadConfigFor(doc('x'));
    assert.equal(loaded.config.rules['time-horizon'].severity, 'error');
    assert.deepEqual(loaded.problems, []);
  });

  it('reports a broken file by name, line and column, and goes on with the defaults', () => {
    const file = join(root, '.strategy-lint.json');
    writeFileSync(file, '{\n  "rules": { "time-horizon": "off" \n');
    const loaded = loadConfigFor(doc('docs'));
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0].message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON at line 3, column 1: .*Using the default settings\\.$`));
    assert.equal(loaded.config.rules['time-horizon'].severity, 'error');
  });

  it('reports broken YAML by name, line and column', () => {
    writeFileSync(join(root, '.strategy-lint.yaml'), 'rules:\n  time-horizon: [off\n');
    const loaded = loadConfigFor(doc('docs'));
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0].message, /\.strategy-lint\.yaml: not valid YAML at line \d+, column \d+: .*Using the default settings\.$/);
  });
});

describe('config validation', () => {
  const check = (text: string, file = '.strategy-lint.json') => loadConfigText(text, file, RULES);

  it('names the file, the key and what was expected for a bad option, and keeps the default', () => {
    const { config, problems } = check('{ "rules": { "time-horizon": { "maxYears": "ten" } } }');
    assert.deepEqual(
      problems.map((p) => [p.key, p.message]),
      [['rules.time-horizon.maxYears', '.strategy-lint.json: "rules.time-horizon.maxYears" should be a whole number from 1 to 50, but is "ten". Using the default (5).']],
    );
    assert.deepEqual(config.rules['time-horizon'].options, {});
  });

  it('points at the bad key in the config text', () => {
    const text = '{ "rules": { "time-horizon": { "maxYears": "ten" } } }';
    const [p] = check(text).problems;
    assert.equal(text.slice(p.span!.start, p.span!.end), '"maxYears": "ten"');
  });

  it('reports a bad severity string', () => {
    const { config, problems } = check('{ "rules": { "time-horizon": "loud" } }');
    assert.deepEqual(problems.map((p) => p.message), [
      '.strategy-lint.json: "rules.time-horizon" should be one of "off", "hint", "info", "warning", "error", or an object with "severity" and options, but is "loud". Using the default.',
    ]);
    assert.equal(config.rules['time-horizon'].severity, 'error');
  });

  it('reports an unknown rule id, suggesting the nearest', () => {
    const { problems } = check('{ "rules": { "time-horizons": "off" } }');
    assert.deepEqual(problems.map((p) => p.message), ['.strategy-lint.json: "rules.time-horizons": there is no rule "time-horizons" (did you mean "time-horizon"?).']);
  });

  it('reports an option a rule does not have, listing those it has', () => {
    const { problems } = check('{ "rules": { "time-horizon": { "years": 3 } } }');
    assert.deepEqual(problems.map((p) => p.message), [
      '.strategy-lint.json: "rules.time-horizon.years": rule "time-horizon" has no option "years"; its options are "maxYears", "requireHorizon".',
    ]);
  });

  it('reports unknown top-level settings and bad section kinds', () => {
    const { problems } = check('profile: nhs\nrule: {}\nsections:\n  nonsense: ["x"]\n', 'team/.strategy-lint.yaml');
    assert.deepEqual(problems.map((p) => p.key), ['rule', 'sections.nonsense']);
    assert.ok(problems.every((p) => p.message.startsWith('team/.strategy-lint.yaml: ')));
  });

  it('applies what is valid even when other settings are invalid', () => {
    const { config, problems } = check('{ "rules": { "time-horizon": { "maxYears": 0, "requireHorizon": false }, "not-doing-section": "off" } }');
    assert.equal(problems.length, 1);
    assert.equal(config.rules['time-horizon'].options.requireHorizon, false);
    assert.equal(config.rules['not-doing-section'].severity, 'off');
    const a = analyze('# Digital strategy 2024 to 2034\n', { config, now: NOW });
    // maxYears fell back to 5, so the 10-year horizon is still reported; not-doing-section is off.
    assert.deepEqual(a.findings.filter((f) => UNDER_TEST.includes(f.ruleId)).map((f) => f.ruleId), ['time-horizon']);
  });
});

describe('config settings', () => {
  const run = (text: string, input: Record<string, unknown>) => {
    const a = analyze(text, { config: configWith(only(input)), now: NOW });
    return lines(text, a.findings);
  };

  it('changes a rule\'s severity with a string', () => {
    const out = run(NO_HORIZON, { rules: { 'time-horizon': 'info', 'not-doing-section': 'off', 'measurable-outcome': 'off' } });
    assert.deepEqual(out.map((l) => l.split(' ').slice(0, 3).join(' ')), ['1:20 info time-horizon']);
  });

  it('changes severity and options together with an object', () => {
    const text = '# Digital strategy 2025 to 2029\n\nWe will review it every year.\n';
    const out = run(text, { rules: { 'time-horizon': { severity: 'warning', maxYears: 3 }, 'not-doing-section': 'off' } });
    assert.deepEqual(out.map((l) => l.split(' ').slice(0, 3).join(' ')), ['1:20 warning time-horizon']);
  });

  it('never raises a rule\'s own lesser finding above the configured severity', () => {
    const text = '# Strategy 2025 to 2028\n\nWe review it every year.\n\n## Outcomes\n\n- Raise NHS App use from 40% to 75% by March 2027\n';
    const out = run(text, { rules: { 'not-doing-section': 'off', 'measurable-outcome': 'info' } });
    assert.deepEqual(out.map((l) => l.split(' ').slice(0, 3).join(' ')), ['7:3 hint measurable-outcome']);
  });

  it('extends the section synonyms', () => {
    const text = '# Digital strategy 2025 to 2028\n\nWe review it every year.\n\n## Things that can wait\n\nA new intranet and our own patient app.\n';
    assert.deepEqual(run(text, {}).map((l) => l.split(' ')[2]), ['not-doing-section']);
    assert.deepEqual(run(text, { sections: { 'not-doing': ['things that can wait'] } }), []);
  });

  it('accepts synonyms in American spelling and matches them against either', () => {
    const text = '# Digital strategy 2025 to 2028\n\nWe review it every year.\n\n## Things we deprioritised\n\nA new intranet and our own patient app.\n';
    assert.deepEqual(run(text, { sections: { 'not-doing': ['things we deprioritized'] } }), []);
  });
});

describe('inline comments', () => {
  const run = (text: string) => lines(text, analyze(text, { config: configWith(only({})), now: NOW }).findings).map((l) => l.split(' ').slice(0, 3).join(' '));
  const OUTCOMES = '## Outcomes\n\n- Improve patient access to records\n- Improve staff access to training\n';

  it('disables named rules from the comment on, and enable switches them back', () => {
    const text =
      '# Strategy 2025 to 2028\n\nWe review it every year.\n\n## Out of scope\n\nOur own app, a new intranet.\n\n' +
      OUTCOMES.replace('## Outcomes\n\n', '## Outcomes\n\n<!-- strategy-lint-disable measurable-outcome -- agreed at board, March 2025 -->\n\n') +
      '\n<!-- strategy-lint-enable measurable-outcome -->\n\n- Improve discharge letters for patients\n';
    assert.deepEqual(run(text), ['18:3 warning measurable-outcome']);
  });

  it('disable with no rule ids switches every rule off until enable', () => {
    const text = '# Strategy 2025 to 2028\n\nWe review it every year.\n\n## Out of scope\n\nOur own app, a new intranet.\n\n<!-- strategy-lint-disable -->\n\n' + OUTCOMES + '\n<!-- strategy-lint-enable -->\n';
    assert.deepEqual(run(text), []);
  });

  it('disable-next-line covers only the next line', () => {
    const text =
      '# Strategy 2025 to 2028\n\nWe review it every year.\n\n## Out of scope\n\nOur own app, a new intranet.\n\n## Outcomes\n\n<!-- strategy-lint-disable-next-line measurable-outcome -- a label, not an outcome -->\n- Improve patient access to records\n- Improve staff access to training\n';
    assert.deepEqual(run(text), ['13:3 warning measurable-outcome']);
  });

  it('a disable before the first heading covers the whole document, title included', () => {
    const text = '<!-- strategy-lint-disable time-horizon not-doing-section -- a draft -->\n\n# Digital strategy 2024 to 2034\n\nText.\n';
    assert.deepEqual(run(text), []);
  });

  it('a disable after the title does not cover findings on the title', () => {
    const text = '# Digital strategy 2024 to 2034\n\n<!-- strategy-lint-disable time-horizon -->\n\n## Out of scope\n\nOur own app, a new intranet.\n';
    assert.deepEqual(run(text), ['1:20 error time-horizon']);
  });

  it('a misspelt id switches nothing off and is itself a finding', () => {
    const text = '<!-- strategy-lint-disable time-horizons -->\n\n# Digital strategy 2024 to 2034\n\n## Out of scope\n\nOur own app, a new intranet.\n';
    assert.deepEqual(run(text), ['1:28 warning unknown-rule', '3:20 error time-horizon']);
  });
});
