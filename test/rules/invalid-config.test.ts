// invalid-config: the rule holds the metadata; the front ends turn config
// problems into its findings. Its table is config text in, problems out, in the
// same `line:col severity rule-id message` form the command line prints.
import { strict as assert } from 'node:assert';
import { analyze, loadConfigText, RULES } from '../../server/src/core/index';
import { NOW } from '../helpers';

const RULE = 'invalid-config';

/** Problems in a config file's text as the CLI reports them against that file. */
function problems(text: string, file: string): string[] {
  const severity = RULES.find((r) => r.meta.id === RULE)!.meta.defaultSeverity;
  return loadConfigText(text, file, RULES).problems.map((p) => {
    const before = text.slice(0, p.span?.start ?? 0);
    const line = before.split('\n').length;
    const col = (p.span?.start ?? 0) - (before.lastIndexOf('\n') + 1) + 1;
    return `${line}:${col} ${severity} ${RULE} ${p.message}`;
  });
}

describe(RULE, () => {
  const cases: Array<{ name: string; file: string; text: string; expected: string[] }> = [
    {
      name: 'accepts a valid JSON config',
      file: '.strategy-lint.json',
      text: '{ "profile": "nhs", "rules": { "time-horizon": { "severity": "warning", "maxYears": 3 } } }',
      expected: [],
    },
    {
      name: 'accepts a valid YAML config',
      file: '.strategy-lint.yaml',
      text: 'rules:\n  not-doing-section: error\nsections:\n  not-doing: [parked]\n',
      expected: [],
    },
    {
      name: 'reports an option of the wrong kind at its key',
      file: '.strategy-lint.json',
      text: '{\n  "rules": {\n    "time-horizon": { "maxYears": "ten" }\n  }\n}\n',
      expected: ['3:23 error invalid-config .strategy-lint.json: "rules.time-horizon.maxYears" should be a whole number from 1 to 50, but is "ten". Using the default (5).'],
    },
    {
      name: 'reports JSON that does not parse, with its line and column',
      file: '.strategy-lint.json',
      text: '{\n  "rules": {\n    "time-horizon": "off",,\n  }\n}\n',
      expected: ['3:27 error invalid-config .strategy-lint.json: not valid JSON at line 3, column 27: expected a setting name in double quotes. Using the default settings.'],
    },
    {
      name: 'reports a rule id that does not exist',
      file: 'docs/.strategy-lint.yaml',
      text: 'rules:\n  time-horizons: off\n',
      expected: ['2:3 error invalid-config docs/.strategy-lint.yaml: "rules.time-horizons": there is no rule "time-horizons" (did you mean "time-horizon"?).'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(problems(c.text, c.file), c.expected);
    });
  }

  it('finds nothing in a document itself: config files are checked by the front ends', () => {
    const a = analyze('# Digital strategy\n\n{ "rules": "nonsense" }\n', { now: NOW });
    assert.deepEqual(a.findings.filter((f) => f.ruleId === RULE), []);
  });

  it('has no fix, and correcting the value makes the problem go away', () => {
    assert.equal(RULES.find((r) => r.meta.id === RULE)!.meta.fixable, false);
    assert.deepEqual(problems('{ "rules": { "time-horizon": { "maxYears": 10 } } }', '.strategy-lint.json'), []);
  });
});
