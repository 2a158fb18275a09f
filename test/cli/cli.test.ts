// The command line end to end: `node bin/strategy-lint.js` spawned in a
// temporary folder, as a user or a CI job would run it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/core/index';

const ROOT = process.cwd();
const BIN = join(ROOT, 'bin', 'strategy-lint.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, input?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout: 15000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD = '# Digital strategy 2025 to 2028\n\nWe will review this strategy every year.\n\n## Our priorities\n\n1. Replace the patient administration system by March 2027, cutting re-keyed orders from 40% to 10% (owner: chief operating officer)\n\n## What we will not do\n\n- We will not build our own patient app.\n';
const WEAK = '# Digital strategy 2024 to 2034\n\n## Our priorities\n\n1. Replace the patient administration system\n\n## Governance\n\nThe board owns this strategy.\n';
const WORDY = WEAK + '\nThe board will utilise the monthly report in order to track progress.\n';
const NOT_DOING = 'No "What we will not do" section. Says what the strategy will not do or will stop, so that everyone knows where effort is not going.';
const TEN_YEARS = 'This horizon is 10 years, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.';
const VAGUE = 'This outcome has no measure and no date, so nobody can tell whether it has been achieved. Say what will change, by how much and by when.';

// These tests are about the command line, not the rule catalogue: each temporary
// folder's config switches off every rule but the first three and the two config rules,
// so that rules added later do not change what the command prints here.
const UNDER_TEST = ['not-doing-section', 'time-horizon', 'measurable-outcome', 'unknown-rule', 'invalid-config'];
function configJson(rules: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): string {
  const off = Object.fromEntries(RULES.filter((r) => !UNDER_TEST.includes(r.meta.id)).map((r) => [r.meta.id, 'off']));
  return JSON.stringify({ ...extra, rules: { ...off, ...rules } }, null, 2);
}

const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function assertValidSarif(text: string): any {
  const log = JSON.parse(text);
  const ok = validateSarif(log);
  assert.ok(ok, `SARIF does not match the 2.1.0 schema:\n${ajv.errorsText(validateSarif.errors, { separator: '\n' })}`);
  return log;
}

describe('command line', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-cli-'));
    writeFileSync(join(dir, '.strategy-lint.json'), configJson());
    writeFileSync(join(dir, 'good.md'), GOOD);
    writeFileSync(join(dir, 'weak.md'), WEAK);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stops quietly when the reader closes the pipe early (strategy-lint … | head)', () => {
    const big = join(dir, 'long-strategy.md');
    writeFileSync(big, WEAK + '\nWe will leverage the portal to drive change going forward.\n'.repeat(3000));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --format json long-strategy.md | head -c 100 > /dev/null`], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.doesNotMatch(r.stderr, /EPIPE|Unhandled|node:events/, r.stderr);
  });

  describe('text format and exit codes', () => {
    it('prints nothing and exits 0 for a strategy with no findings', () => {
      const r = cli(['good.md'], dir);
      assert.equal(r.stdout, '');
      assert.equal(r.code, 0);
    });

    it('prints path:line:col severity rule-id message and exits 1 for findings', () => {
      const r = cli(['weak.md'], dir);
      assert.equal(
        r.stdout,
        [`weak.md:1:1 warning not-doing-section ${NOT_DOING}`, `weak.md:1:20 error time-horizon ${TEN_YEARS}`, `weak.md:5:4 warning measurable-outcome ${VAGUE}`, ''].join('\n'),
      );
      // Which profile the file was read with, and why, then the summary.
      assert.equal(r.stderr, 'weak.md: Read as a general strategy: it uses NHS terms only in passing (patients ×1). Set `profile` in the config or front matter to change it.\n3 findings in 1 file(s): 1 error, 2 warning\n');
      assert.equal(r.code, 1);
    });

    it('exits 0 when every finding is below --max-severity', () => {
      writeFileSync(join(dir, 'warn.md'), WEAK.replace('2024 to 2034', '2025 to 2028\n\nWe review it every year.'));
      assert.equal(cli(['--max-severity', 'error', 'warn.md'], dir).code, 0);
      assert.equal(cli(['warn.md'], dir).code, 1);
    });

    it('exits 1 for a hint when --max-severity is hint', () => {
      writeFileSync(join(dir, 'hint.md'), GOOD.replace(' (owner: chief operating officer)', ''));
      const r = cli(['--max-severity', 'hint', 'hint.md'], dir);
      assert.match(r.stdout, /^hint\.md:7:4 hint measurable-outcome /);
      assert.equal(r.code, 1);
      assert.equal(cli(['hint.md'], dir).code, 0);
    });

    const usageCases: Array<[string, string[], RegExp]> = [
      ['no files', [], /^strategy-lint: no files given\nRun "strategy-lint --help" for usage\.\n$/],
      ['a missing file', ['missing.md'], /^strategy-lint: no such file or folder: "missing\.md"\n/],
      ['an unknown option', ['--colour', 'good.md'], /^strategy-lint: Unknown option '--colour'/],
      ['an unknown format', ['--format', 'xml', 'good.md'], /^strategy-lint: unknown format "xml"; expected text, json, sarif, github or html\n/],
      ['an unknown severity', ['--max-severity', 'loud', 'good.md'], /^strategy-lint: unknown severity "loud"; expected error, warning, info or hint\n/],
      ['an unknown profile', ['--profile', 'nhsx', 'good.md'], /^strategy-lint: unknown profile "nhsx"; expected auto, nhs or general\n/],
      ['a glob that matches nothing', ['drafts/*.md'], /^strategy-lint: no files match "drafts\/\*\.md"\n/],
      ['a config file that cannot be read', ['--config', 'nope.json', 'good.md'], /^strategy-lint: nope\.json: cannot be read \(ENOENT\)/],
    ];
    for (const [what, args, stderr] of usageCases) {
      it(`exits 2 with a clear message for ${what}`, () => {
        const r = cli(args, dir);
        assert.equal(r.code, 2);
        assert.match(r.stderr, stderr);
        assert.equal(r.stdout, '');
      });
    }

    it('prints help and the version, exiting 0', () => {
      const help = cli(['--help'], dir);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: strategy-lint \[options\]/);
      const version = cli(['--version'], dir);
      assert.equal(version.code, 0);
      assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    });

    it('gives 1-based lines and UTF-16 columns after emoji, tabs and CRLF', () => {
      writeFileSync(join(dir, 'emoji.md'), '---\r\ntitle: x\r\n---\r\n# 🚀\tDigital strategy 2024 to 2034\r\n\r\nWe review it every year.\r\n\r\n## Out of scope\r\n\r\nOur own app.\r\n');
      const r = cli(['emoji.md'], dir);
      // '# ' (2) + rocket (2 UTF-16 units) + tab (1) + 'Digital strategy ' (17) = 22 units before the range.
      assert.equal(r.stdout, `emoji.md:4:23 error time-horizon ${TEN_YEARS}\n`);
    });
  });

  describe('inputs', () => {
    beforeEach(() => {
      mkdirSync(join(dir, 'docs', 'board'), { recursive: true });
      mkdirSync(join(dir, 'docs', 'node_modules', 'pkg'), { recursive: true });
      writeFileSync(join(dir, 'docs', 'a.md'), WEAK);
      writeFileSync(join(dir, 'docs', 'board', 'b.markdown'), GOOD.replace('2025 to 2028', '2025 to 2032'));
      writeFileSync(join(dir, 'docs', 'notes.txt'), WEAK);
      writeFileSync(join(dir, 'docs', 'node_modules', 'pkg', 'README.md'), WEAK);
    });

    it('searches a folder for Markdown, skipping node_modules, in a stable order', () => {
      const r = cli(['docs'], dir);
      const files = [...new Set(r.stdout.trim().split('\n').map((l) => l.split(':')[0]))];
      assert.deepEqual(files, [join('docs', 'a.md'), join('docs', 'board', 'b.markdown')]);
      assert.equal(r.code, 1);
    });

    it('expands globs and reports each file once', () => {
      const r = cli(['docs/**/*.md', 'docs/a.md'], dir);
      const files = [...new Set(r.stdout.trim().split('\n').map((l) => l.split(':')[0]))];
      assert.deepEqual(files, [join('docs', 'a.md')]);
    });

    it('reads standard input for "-", under --stdin-filename', () => {
      const r = cli(['--stdin-filename', 'board/strategy.md', '-'], dir, WEAK);
      assert.match(r.stdout, /^board\/strategy\.md:1:20 error time-horizon /m);
      assert.equal(r.code, 1);
      const plain = cli(['-'], dir, GOOD);
      assert.equal(plain.stdout, '');
      assert.equal(plain.code, 0);
    });

    it('finds the config file for standard input from the working folder', () => {
      writeFileSync(join(dir, '.strategy-lint.json'), configJson({ 'time-horizon': 'off' }));
      const r = cli(['-'], dir, WEAK);
      assert.doesNotMatch(r.stdout, /time-horizon/);
      assert.match(r.stdout, /<stdin>:1:1 warning not-doing-section /);
    });
  });

  describe('configuration', () => {
    it('uses the nearest config file for each document', () => {
      mkdirSync(join(dir, 'team'));
      writeFileSync(join(dir, 'team', '.strategy-lint.yaml'), 'rules:\n  time-horizon: info\n');
      writeFileSync(join(dir, 'team', 'weak.md'), WEAK);
      const r = cli(['weak.md', join('team', 'weak.md')], dir);
      assert.match(r.stdout, /^weak\.md:1:20 error time-horizon /m);
      assert.match(r.stdout, /^team\/weak\.md:1:20 info time-horizon /m);
    });

    it('reports an invalid setting against the config file, naming the key, and goes on with the default', () => {
      writeFileSync(join(dir, '.strategy-lint.json'), '{\n  "rules": { "time-horizon": { "maxYears": "ten" } }\n}\n');
      const r = cli(['weak.md'], dir);
      const message = `${join(dir, '.strategy-lint.json')}: "rules.time-horizon.maxYears" should be a whole number from 1 to 50, but is "ten". Using the default (5).`;
      assert.equal(r.stdout.split('\n')[0], `.strategy-lint.json:2:32 error invalid-config ${message}`);
      assert.match(r.stdout, /^weak\.md:1:20 error time-horizon This horizon is 10 years, more than the 5 years/m);
      assert.match(r.stderr, new RegExp(`^strategy-lint: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      assert.equal(r.code, 1);
    });

    it('uses --config instead of searching, and --profile', () => {
      writeFileSync(join(dir, 'ci.jsonc'), '// the CI settings\n' + configJson({ 'not-doing-section': 'off', 'measurable-outcome': 'off' }));
      const r = cli(['--config', 'ci.jsonc', '--profile', 'general', 'weak.md'], dir);
      assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.split(' ')[2]), ['time-horizon']);
    });
  });

  describe('formats', () => {
    it('json: findings with positions, spans, docs links and fixes, plus a scorecard', () => {
      const r = cli(['--format', 'json', 'weak.md', 'good.md'], dir);
      assert.equal(r.code, 1);
      const out = JSON.parse(r.stdout);
      assert.equal(out.version, 1);
      assert.deepEqual(out.files.map((f: any) => [f.path, f.findings.length]), [['weak.md', 3], ['good.md', 0]]);
      const [notDoing] = out.files[0].findings;
      assert.deepEqual(
        { ruleId: notDoing.ruleId, severity: notDoing.severity, line: notDoing.line, column: notDoing.column, endLine: notDoing.endLine, endColumn: notDoing.endColumn },
        { ruleId: 'not-doing-section', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 32 },
      );
      assert.match(notDoing.docsUrl, /\/docs\/rules\/not-doing-section\.md$/);
      assert.equal(notDoing.fixes[0].title, 'Insert section: What we will not do');
      assert.ok(out.files[0].scorecard.summary.startsWith('Board questions'));
    });

    it('github: workflow annotations with file, position and title, escaping what needs it', () => {
      writeFileSync(join(dir, 'a,b.md'), WEAK);
      const r = cli(['--format', 'github', 'a,b.md'], dir);
      assert.equal(r.code, 1);
      assert.deepEqual(r.stdout.trim().split('\n'), [
        `::warning file=a%2Cb.md,line=1,col=1,endLine=1,endColumn=32,title=strategy-lint not-doing-section::${NOT_DOING}`,
        `::error file=a%2Cb.md,line=1,col=20,endLine=1,endColumn=32,title=strategy-lint time-horizon::${TEN_YEARS}`,
        `::warning file=a%2Cb.md,line=5,col=4,endLine=5,endColumn=45,title=strategy-lint measurable-outcome::${VAGUE}`,
      ]);
    });

    it('sarif: valid against the SARIF 2.1.0 schema, with rule metadata, help links, levels and fixes', () => {
      const r = cli(['--format', 'sarif', 'weak.md', 'good.md'], dir);
      assert.equal(r.code, 1);
      const log = assertValidSarif(r.stdout);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'strategy-lint');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const rules = run.tool.driver.rules;
      const th = rules.find((x: any) => x.id === 'time-horizon');
      assert.match(th.helpUri, /^https:\/\/.*time-horizon\.md$/);
      assert.equal(th.defaultConfiguration.level, 'error');
      assert.deepEqual(run.artifacts.map((a: any) => a.location.uri), ['weak.md', 'good.md']);
      assert.deepEqual(
        run.results.map((x: any) => [x.ruleId, x.level, rules[x.ruleIndex].id, x.locations[0].physicalLocation.region.startLine, x.locations[0].physicalLocation.region.startColumn]),
        [
          ['not-doing-section', 'warning', 'not-doing-section', 1, 1],
          ['time-horizon', 'error', 'time-horizon', 1, 20],
          ['measurable-outcome', 'warning', 'measurable-outcome', 5, 4],
        ],
      );
      const fix = run.results[0].fixes[0];
      assert.equal(fix.description.text, 'Insert section: What we will not do');
      assert.match(fix.artifactChanges[0].replacements[0].insertedContent.text, /## What we will not do/);
    });

    it('sarif: valid with no findings, a config problem, odd file names and standard input', () => {
      mkdirSync(join(dir, 'board papers'));
      writeFileSync(join(dir, 'board papers', 'strategy #2 (draft).md'), '# Strategie numérique 🏥 2024 to 2034\r\n');
      assertValidSarif(cli(['--format', 'sarif', 'good.md'], dir).stdout);
      writeFileSync(join(dir, '.strategy-lint.json'), configJson({ nope: 'off' }));
      const r = cli(['--format', 'sarif', 'board papers', '-'], dir, WEAK);
      const log = assertValidSarif(r.stdout);
      assert.deepEqual(log.runs[0].artifacts.map((a: any) => a.location.uri), ['.strategy-lint.json', 'board%20papers/strategy%20%232%20(draft).md', '%3Cstdin%3E']);
      assert.equal(log.runs[0].results[0].ruleId, 'invalid-config');
    });
  });

  describe('--fix', () => {
    // A folder whose config also switches on words-to-avoid, which has the word-level fixes.
    let fixing: string;
    before(() => {
      fixing = join(dir, 'fixing');
      mkdirSync(fixing, { recursive: true });
      writeFileSync(join(fixing, '.strategy-lint.json'), configJson({ 'words-to-avoid': 'info' }));
    });

    it('makes only word-level fixes: missing sections and tables are left for the writer to choose', () => {
      writeFileSync(join(fixing, 'wordy.md'), WORDY);
      const first = cli(['--fix', 'wordy.md'], fixing);
      const fixed = readFileSync(join(fixing, 'wordy.md'), 'utf8');
      assert.equal(fixed, WORDY.replace('will utilise the monthly report in order to track', 'will use the monthly report to track'));
      assert.match(first.stdout, /not-doing-section/, 'the missing section is still reported, for an explicit quick fix');
      assert.match(first.stdout, /time-horizon/, 'what cannot be fixed is still reported');
      assert.equal(first.code, 1);
      const second = cli(['--fix', 'wordy.md'], fixing);
      assert.equal(second.code, 1);
      assert.equal(readFileSync(join(fixing, 'wordy.md'), 'utf8'), fixed, 'a second run changes nothing');
    });

    it('leaves a file with nothing to fix untouched', () => {
      const before = readFileSync(join(dir, 'good.md'), 'utf8');
      const r = cli(['--fix', 'good.md'], dir);
      assert.equal(r.code, 0);
      assert.equal(readFileSync(join(dir, 'good.md'), 'utf8'), before);
    });

    it('keeps CRLF line endings and a byte order mark', () => {
      writeFileSync(join(fixing, 'crlf.md'), '\uFEFF' + WORDY.replace(/\n/g, '\r\n'));
      cli(['--fix', 'crlf.md'], fixing);
      const fixed = readFileSync(join(fixing, 'crlf.md'), 'utf8');
      assert.ok(fixed.startsWith('\uFEFF# Digital strategy'));
      assert.match(fixed, /\r\nThe board will use the monthly report to track progress\.\r\n/);
      assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was written');
    });

    it('writes fixed standard input to standard output and the report to standard error', () => {
      const r = cli(['--fix', '-'], fixing, WORDY);
      assert.match(r.stdout, /^# Digital strategy 2024 to 2034\n[\s\S]*will use the monthly report to track/);
      assert.match(r.stderr, /<stdin>:1:20 error time-horizon /);
    });
  });

  describe('--scorecard', () => {
    it('prints how the strategy answers the board\'s questions, with the lines that answer or fail them', () => {
      const r = cli(['--scorecard', 'weak.md'], dir);
      assert.match(r.stdout, /\nScorecard for weak\.md\n/);
      assert.match(r.stdout, /✗ What are we not prioritising\? \(not answered, line 1\)\n {8}Next step: Add a section "What we will not do"\. .*\(quick fix: Insert section: What we will not do\)\n/);
      assert.match(r.stdout, /✗ Focused: says what it will not do \(not answered, line 1\)/);
      assert.match(r.stdout, /✓ Answered {3}~ Partly answered {3}✗ Not answered/);
      const good = cli(['--scorecard', 'good.md'], dir);
      // The line of the sentence that answers it, not its heading (line 9).
      assert.match(good.stdout, /✓ What are we not prioritising\? \(answered, line 11\)\n {8}Evidence: "We will not build our own patient app\."\n/);
      assert.equal(good.code, 0);
    });
  });
});
