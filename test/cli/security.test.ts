// The command line against a hostile or unlucky workspace (issue 17, items 5
// and 6): nothing outside the project is read into output or written, nothing
// from the workspace can forge output, and no run ever loses text.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSafely } from '../../server/src/cli/write';

const BIN = join(process.cwd(), 'bin', 'strategy-lint.js');
const SECRET = 'hunter2-TOPSECRET-value';

function cli(args: string[], cwd: string, input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, timeout: 30_000, env: { ...process.env, ...env } });
  return { code: r.status, signal: r.signal, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}

// A strategy with a formal word that --fix makes plain ("utilise" becomes "use").
const WEAK = '# Digital strategy 2025 to 2028\n\nWe will utilise the new portal.\n\n## Our priorities\n\n1. Replace the patient administration system by March 2027\n';
const FIXED = /We will use the new portal\./;

describe('command line: nothing outside the project is read, written or forged', function () {
  this.timeout(120_000);
  let root: string;
  let project: string;
  let outside: string;
  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'sl-sec-')));
    project = join(root, 'project');
    outside = join(root, 'outside');
    mkdirSync(join(project, '.git'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), `TOKEN=${SECRET}\n`);
    writeFileSync(join(project, 'digital-strategy.md'), WEAK);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  describe('config files', () => {
    for (const target of ['a file outside the project', '/proc/self/environ']) {
      it(`a .strategy-lint.yaml that links to ${target} is refused with a reason, and its contents appear in no output`, () => {
        symlinkSync(target === '/proc/self/environ' ? target : join(outside, 'secret.txt'), join(project, '.strategy-lint.yaml'));
        for (const format of ['text', 'github', 'sarif', 'json']) {
          const r = cli(['-f', format, 'digital-strategy.md'], project, undefined, { CI_SECRET: SECRET });
          assert.equal(r.signal, null);
          assert.ok(!r.stdout.includes(SECRET) && !r.stderr.includes(SECRET), `${format}: the secret was printed:\n${r.stdout}\n${r.stderr}`);
          assert.match(r.stderr, /\.strategy-lint\.yaml: not read: it is a symbolic link to a file outside the project .*Using the default settings\./, format);
          assert.match(r.stdout, /not-doing-section/, `${format}: the strategy was still checked`);
        }
      });
    }

    it('a config file named with --config that is a pipe is refused at once, never read', () => {
      execFileSync('mkfifo', [join(project, 'pipe.json')]);
      const r = cli(['--config', 'pipe.json', 'digital-strategy.md'], project);
      assert.equal(r.signal, null, 'the command line blocked reading a pipe');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /pipe\.json: not read: it is not a regular file/);
    });

    it('a config file inside the project reached through a symlink is still read', () => {
      mkdirSync(join(project, 'config'));
      writeFileSync(join(project, 'config', 'lint.json'), JSON.stringify({ rules: { 'not-doing-section': 'off' } }));
      symlinkSync(join(project, 'config', 'lint.json'), join(project, '.strategy-lint.json'));
      const r = cli(['digital-strategy.md'], project);
      assert.equal(r.stderr.includes('not read'), false, r.stderr);
      assert.doesNotMatch(r.stdout, /not-doing-section/);
    });
  });

  describe('folders, globs and --fix', () => {
    it('--fix on a folder never writes through a symlink to a file outside it, says why and exits 2', () => {
      mkdirSync(join(project, 'docs'));
      writeFileSync(join(outside, 'bashrc'), 'export PATH=$PATH:~/bin\n');
      symlinkSync(join(outside, 'bashrc'), join(project, 'docs', 'strategy.md'));
      writeFileSync(join(project, 'docs', 'plan-strategy.md'), WEAK);
      const r = cli(['--fix', 'docs/'], project);
      assert.equal(readFileSync(join(outside, 'bashrc'), 'utf8'), 'export PATH=$PATH:~/bin\n', 'the file outside was written');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /docs\/strategy\.md: skipped: it is a symbolic link to a file outside "docs\/"/);
      assert.match(readFileSync(join(project, 'docs', 'plan-strategy.md'), 'utf8'), FIXED, 'the ordinary file was still fixed');
    });

    it('a folder or glob is not followed through a symlinked folder that leads outside it', () => {
      mkdirSync(join(project, 'docs'));
      mkdirSync(join(outside, 'private'));
      writeFileSync(join(outside, 'private', 'notes-strategy.md'), `# Digital strategy 2025 to 2035\n\n${SECRET} leverage\n`);
      symlinkSync(join(outside, 'private'), join(project, 'docs', 'linked'));
      writeFileSync(join(project, 'docs', 'plan.md'), WEAK);
      for (const arg of ['docs', 'docs/**/*.md']) {
        const r = cli([arg], project);
        assert.doesNotMatch(r.stdout, /notes-strategy/, `${arg}: a file outside was checked`);
        assert.match(r.stdout, /docs\/plan\.md:/);
        assert.match(r.stderr, /docs\/linked: skipped: it is a symbolic link to a folder outside/, arg);
        assert.equal(r.code, 2, arg);
      }
    });

    it('a file named on the command line that links outside the project is not fixed through the link', () => {
      writeFileSync(join(outside, 'bashrc'), 'export X=1\n');
      symlinkSync(join(outside, 'bashrc'), join(project, 'linked-strategy.md'));
      const r = cli(['--fix', 'linked-strategy.md'], project);
      assert.equal(readFileSync(join(outside, 'bashrc'), 'utf8'), 'export X=1\n');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /linked-strategy\.md: skipped: it is a symbolic link to a file outside the project/);
    });

    it('a symlink to a file inside the same folder is still fixed, and stays a link', () => {
      writeFileSync(join(project, 'real-strategy.md'), WEAK);
      symlinkSync('real-strategy.md', join(project, 'alias.md'));
      const r = cli(['--fix', 'alias.md'], project);
      assert.notEqual(r.code, 2, r.stderr);
      assert.match(readFileSync(join(project, 'real-strategy.md'), 'utf8'), FIXED);
    });

    it('a hard-linked file is not split by --fix: it is left as it was, with a reason, exit 2', () => {
      linkSync(join(project, 'digital-strategy.md'), join(outside, 'other-name.md'));
      const r = cli(['--fix', 'digital-strategy.md'], project);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /digital-strategy\.md: it has 2 hard links, and writing the fixes would split them; the file was left as it was\./);
      assert.equal(readFileSync(join(outside, 'other-name.md'), 'utf8'), WEAK);
      assert.equal(statSync(join(project, 'digital-strategy.md')).nlink, 2);
    });
  });

  describe('escaping', () => {
    const KEY = 'x\n::warning file=forged.md,line=1::forged annotation\n::add-mask::';
    it('a config key with newlines never starts a line with "::" on stdout or stderr, in any format', () => {
      writeFileSync(join(project, '.strategy-lint.json'), JSON.stringify({ [KEY]: 1, rules: { [KEY]: 'off' } }));
      for (const format of ['text', 'github', 'sarif', 'json']) {
        const r = cli(['-f', format, 'digital-strategy.md'], project);
        const forged = [...r.stdout.split('\n'), ...r.stderr.split('\n')].filter((l) => l.startsWith('::') && !/^::(?:error|warning|notice) file=(?:\.strategy-lint\.json|digital-strategy\.md),/.test(l));
        assert.deepEqual(forged, [], format);
        assert.match(r.stderr, /unknown setting "x\\n::warning file=forged\.md,line=1::forge…"/, format);
      }
    });

    it('a file name with a newline cannot forge a workflow command in the text or github output', () => {
      const name = 'evil\n::error file=x.md::forged.md';
      writeFileSync(join(project, name), WEAK);
      for (const format of ['text', 'github']) {
        const r = cli(['-f', format, '.'], project);
        const forged = [...r.stdout.split('\n'), ...r.stderr.split('\n')].filter((l) => l.startsWith('::error file=x.md'));
        assert.deepEqual(forged, [], format);
        assert.match(r.stdout, format === 'text' ? /^evil\\n::error file=x\.md::forged\.md:1:1 /m : /^::\w+ file=evil%0A%3A%3Aerror file=x\.md%3A%3Aforged\.md,line=1,/m, format);
      }
    });
  });
});

describe('command line: never lose text', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'sl-text-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--fix - prints the text unchanged when there is nothing to fix, so a filter never empties the document', () => {
    const text = readFileSync(join(process.cwd(), 'examples', 'good-digital-strategy.md'), 'utf8');
    const r = cli(['--fix', '-'], dir, text);
    assert.equal(r.stdout, text);
  });

  it('a save landing between the check and the rename is kept: --fix refuses and the new text stays', () => {
    const file = join(dir, 'strategy.md');
    writeFileSync(file, WEAK);
    const bytes = readFileSync(file);
    const st = statSync(file);
    assert.throws(
      () =>
        writeFileSafely(file, Buffer.from(WEAK.replace('utilise', 'use')), {
          mtimeMs: st.mtimeMs,
          size: st.size,
          bytes,
          beforeRename: () => writeFileSync(file, WEAK.replace('2027', '2028')),
        }),
      /the file changed while it was being fixed/,
    );
    assert.equal(readFileSync(file, 'utf8'), WEAK.replace('2027', '2028'), 'the save was lost');
    assert.deepEqual(readdirSync(dir), ['strategy.md'], 'the temporary file was left behind');
  });

  it('keeps Windows-1252 (Latin-1) text through --fix, on standard input and in a file', () => {
    const latin = Buffer.concat([Buffer.from(WEAK, 'latin1'), Buffer.from('\nCaf\xe9 na\xefve \x93quoted\x94 \x80100\n', 'latin1')]);
    const piped = cli(['--fix', '-'], dir, latin);
    assert.ok(!piped.bytes.includes(Buffer.from('\ufffd')), 'U+FFFD in the output');
    assert.ok(piped.bytes.includes(Buffer.from('Caf\xe9 na\xefve \x93quoted\x94 \x80100', 'latin1')), piped.stderr);
    assert.match(piped.bytes.toString('latin1'), FIXED);
    const file = join(dir, 'latin-strategy.md');
    writeFileSync(file, latin);
    const r = cli(['--fix', 'latin-strategy.md'], dir);
    assert.notEqual(r.code, 2, r.stderr);
    const out = readFileSync(file);
    assert.ok(out.includes(Buffer.from('Caf\xe9 na\xefve \x93quoted\x94 \x80100', 'latin1')));
    assert.match(out.toString('latin1'), FIXED);
    assert.ok(!out.includes(Buffer.from('\ufffd')));
  });

  it('a CR-only file keeps CR line endings through --fix, and its findings are on their own lines', () => {
    const cr = '# Digital strategy 2025 to 2028\r\rWe will utilise the new portal.\r\r## Our priorities\r\r1. Replace the patient administration system by March 2027\r';
    writeFileSync(join(dir, 'cr-strategy.md'), cr);
    const check = cli(['cr-strategy.md'], dir);
    assert.match(check.stdout, /^cr-strategy\.md:3:9 \w+ words-to-avoid "utilise"/m, check.stdout);
    const piped = cli(['--fix', '-'], dir, cr);
    assert.match(piped.stdout, FIXED);
    assert.ok(!piped.stdout.includes('\n'), 'an LF was written into a CR-only text');
    const r = cli(['--fix', 'cr-strategy.md'], dir);
    const out = readFileSync(join(dir, 'cr-strategy.md'), 'utf8');
    assert.match(out, FIXED, r.stderr);
    assert.ok(!out.includes('\n'), 'an LF was written into a CR-only file');
  });
});
