// The generated docs, README table, config schema and VS Code settings must
// match the registry: a test fails when a committed copy is stale, and sample
// config files are validated against the generated schema.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { loadConfigText, RULES } from '../../server/src/core/index';
import { configSchema, generatedFiles, SCHEMA_PATH, SETTING_PREFIX, vscodeRuleSettings } from '../../scripts/docs-content';

const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);

describe('generated docs', () => {
  for (const f of generatedFiles(read)) {
    if (f.path === 'package.json') continue;
    it(`${f.path} is up to date (run "npm run docs" if not)`, () => {
      assert.ok(read(f.path) === f.content, `${f.path} is stale: run "npm run docs"`);
    });
  }

  it('docs/rules holds a page for every rule and no others', () => {
    const pages = readdirSync('docs/rules').filter((n) => n.endsWith('.md') && n !== 'README.md').sort();
    assert.deepEqual(pages, RULES.map((r) => `${r.meta.id}.md`).sort());
  });

  it('package.json has a strategyLint.rules.<id> setting for every rule, up to date, and keeps its other settings', () => {
    const pkg = JSON.parse(read('package.json')!);
    const props = pkg.contributes?.configuration?.properties ?? {};
    const ours = Object.fromEntries(Object.entries(props).filter(([k]) => k.startsWith(SETTING_PREFIX)));
    assert.deepEqual(ours, JSON.parse(JSON.stringify(vscodeRuleSettings())), 'package.json rule settings are stale: run "npm run docs"');
    const regenerated = JSON.parse(generatedFiles(read).find((f) => f.path === 'package.json')!.content);
    const others = (p: Record<string, unknown>) => Object.keys(p).filter((k) => !k.startsWith(SETTING_PREFIX));
    assert.deepEqual(others(regenerated.contributes.configuration.properties), others(props));
    assert.deepEqual({ ...regenerated, contributes: undefined }, { ...pkg, contributes: undefined });
  });
});

describe('config schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(read(SCHEMA_PATH) ?? JSON.stringify(configSchema())));

  const valid: Array<[string, string]> = [
    ['.strategy-lint.json', '{ "$schema": "./schemas/strategy-lint.schema.json", "profile": "general", "rules": { "sentence-length": { "severity": "warning", "warnOver": 30 }, "words-to-avoid": { "allow": ["deliver"] }, "passive-voice": "off" } }'],
    ['.strategy-lint.yaml', 'profile: nhs\nacronyms: [PACS, LIMS]\nsections:\n  not-doing:\n    - parked for now\nrules:\n  readability:\n    maxGrade: 12\n  heading-syntax: error\n  placeholder-text: true\nmaxDocumentSize: 500000\n'],
    ['.strategy-lint.json', '{}'],
  ];
  const invalid: Array<[string, string, string]> = [
    ['an unknown rule', '.strategy-lint.json', '{ "rules": { "no-such-rule": "off" } }'],
    ['an option of the wrong type', '.strategy-lint.json', '{ "rules": { "sentence-length": { "warnOver": "thirty" } } }'],
    ['an unknown option', '.strategy-lint.json', '{ "rules": { "readability": { "maxGrad": 12 } } }'],
    ['a bad severity', '.strategy-lint.yaml', 'rules:\n  passive-voice: loud\n'],
    ['an unknown profile', '.strategy-lint.json', '{ "profile": "nhs-england" }'],
    ['an unknown section kind', '.strategy-lint.json', '{ "sections": { "roadmapz": ["x"] } }'],
    ['an unknown top-level setting', '.strategy-lint.json', '{ "rule": {} }'],
  ];
  const parse = (file: string, text: string) => (file.endsWith('.yaml') ? parseYaml(text) : JSON.parse(text));

  for (const [file, text] of valid) {
    it(`accepts a valid sample (${file}: ${text.slice(0, 40).replace(/\n/g, ' ')}…), as the config reader does`, () => {
      assert.ok(validate(parse(file, text)), JSON.stringify(validate.errors));
      assert.deepEqual(loadConfigText(text, file, RULES).problems, []);
    });
  }
  for (const [what, file, text] of invalid) {
    it(`rejects ${what}, as the config reader does`, () => {
      assert.equal(validate(parse(file, text)), false);
      assert.ok(loadConfigText(text, file, RULES).problems.length > 0);
    });
  }
});
