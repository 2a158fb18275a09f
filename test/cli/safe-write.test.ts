// --fix never damages a file: it keeps the encoding, byte order mark, line
// endings, mode and links, and when anything fails it leaves the original
// exactly as it was and exits 2 with a message saying why.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin', 'strategy-lint.js');
// Root ignores file permissions, so permission tests run the CLI as "nobody" when the tests run as root.
const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

function fix(file: string, opts: { unprivileged?: boolean } = {}) {
  const drop = opts.unprivileged && AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
  const r = spawnSync(process.execPath, [BIN, '--fix', file], { encoding: 'utf8', timeout: 60_000, ...drop });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A strategy with a word --fix replaces ("utilise" becomes "use").
const WEAK = ['# Digital strategy 2025 to 2028', '', '## Our priorities', '', '1. Replace the patient administration system by March 2027', '', 'We will utilise the new system.', ''];

describe('--fix never damages a file', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sl-write-'));
    chmodSync(dir, 0o755);
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });
  const leftovers = () => readdirSync(dir).filter((f) => f.includes('.strategy-lint-'));

  it('keeps a UTF-8 byte order mark and CRLF line endings', () => {
    const file = join(dir, 'crlf.md');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WEAK.join('\r\n'), 'utf8')]));
    const r = fix(file);
    const out = readFileSync(file);
    assert.deepEqual([...out.subarray(0, 3)], [0xef, 0xbb, 0xbf], r.stderr);
    const text = out.subarray(3).toString('utf8');
    assert.match(text, /We will use the new system\./);
    assert.ok(!/[^\r]\n/.test(text), 'a bare LF was written into a CRLF file');
    assert.ok(!text.startsWith('\ufeff'), 'the byte order mark was doubled');
  });

  it('keeps a UTF-16 file (as Word saves "Unicode text") in UTF-16 with its byte order mark', () => {
    const file = join(dir, 'word.md');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WEAK.join('\r\n') + '— “quoted” 😀\r\n', 'utf16le')]));
    const r = fix(file);
    const out = readFileSync(file);
    assert.deepEqual([...out.subarray(0, 2)], [0xff, 0xfe], r.stderr);
    const text = out.subarray(2).toString('utf16le');
    assert.match(text, /We will use the new system\./);
    assert.match(text, /— “quoted” 😀/);
  });

  it('keeps the file mode, and a symlink stays a link to the fixed file', () => {
    const real = join(dir, 'real.md');
    writeFileSync(real, WEAK.join('\n'));
    chmodSync(real, 0o640);
    const link = join(dir, 'link.md');
    symlinkSync(real, link);
    fix(link);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readlinkSync(link), real);
    assert.match(readFileSync(real, 'utf8'), /We will use the new system\./);
    assert.equal(statSync(real).mode & 0o777, 0o640);
  });

  it('refuses a UTF-16 file with a broken character, leaving every byte as it was', () => {
    const file = join(dir, 'broken16.md');
    // A high surrogate with no low one after it: not valid UTF-16, so writing it back would change it.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WEAK.join('\n'), 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    writeFileSync(file, bytes);
    const r = fix(file);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot write .*broken16\.md: it is not valid UTF-16LE, .*; the file was left as it was\./);
    assert.deepEqual(readFileSync(file), bytes);
  });

  it('leaves a read-only file untouched and exits 2', () => {
    const file = join(dir, 'ro.md');
    writeFileSync(file, WEAK.join('\n'));
    chmodSync(file, 0o444);
    const r = fix(file);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot write .*ro\.md: the file is read-only; the file was left as it was\./);
    assert.equal(readFileSync(file, 'utf8'), WEAK.join('\n'));
    assert.deepEqual(leftovers(), []);
  });

  it('leaves the file untouched when its folder cannot take the temporary file (as on a full disk), and exits 2', () => {
    const sub = join(dir, 'locked');
    mkdirSync(sub);
    const file = join(sub, 'strategy.md');
    writeFileSync(file, WEAK.join('\n'));
    chmodSync(file, 0o666);
    chmodSync(sub, 0o555);
    const r = fix(file, { unprivileged: true });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /cannot write .*strategy\.md: .*EACCES.*; the file was left as it was\./);
    assert.equal(readFileSync(file, 'utf8'), WEAK.join('\n'));
    assert.deepEqual(readdirSync(sub), ['strategy.md']);
  });
});
