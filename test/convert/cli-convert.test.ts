// Word and PDF files on the command line, spawned as a user would run it:
// `convert`, direct checks with findings by page or paragraph, and a clear
// message with exit code 2 for every kind of file that cannot be read.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { makeDocx, makePdf, STRATEGY, toMarkdown, zipBomb } from './make-docs';

const BIN = join(process.cwd(), 'bin', 'strategy-lint.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('Word and PDF files on the command line', () => {
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-convert-'));
    writeFileSync(join(dir, 'strategy.docx'), await makeDocx(STRATEGY));
    writeFileSync(join(dir, 'strategy.pdf'), await makePdf(STRATEGY));
    writeFileSync(join(dir, 'strategy.md'), toMarkdown(STRATEGY));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('convert writes the Markdown to standard output, or to the file -o names', () => {
    const out = cli(['convert', 'strategy.docx'], dir);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(out.stdout, toMarkdown(STRATEGY));
    const file = cli(['convert', 'strategy.pdf', '-o', 'from-pdf.md'], dir);
    assert.equal(file.code, 0, file.stderr);
    assert.equal(file.stdout, '');
    assert.equal(readFileSync(join(dir, 'from-pdf.md'), 'utf8'), toMarkdown(STRATEGY));
    assert.match(file.stderr, /strategy\.pdf: left out the contents \(page 1\)/);
  });

  it('checks a .docx or .pdf directly, naming the file and the paragraph or page of each finding', () => {
    const md = cli(['strategy.md'], dir);
    const pdf = cli(['strategy.pdf'], dir);
    const docx = cli(['strategy.docx'], dir);
    assert.equal(pdf.code, md.code);
    assert.equal(docx.code, md.code);
    const rest = (s: string) =>
      s
        .trim()
        .split('\n')
        .map((l) => l.replace(/^strategy\.md:\d+:\d+ |^strategy\.(pdf|docx) \((page|paragraph) \d+\) /, ''))
        .sort();
    assert.deepEqual(rest(pdf.stdout), rest(md.stdout));
    assert.deepEqual(rest(docx.stdout), rest(md.stdout));
    assert.match(pdf.stdout, /^strategy\.pdf \(page 2\) \w+ [\w-]+ /m);
    assert.match(docx.stdout, /^strategy\.docx \(paragraph \d+\) \w+ [\w-]+ /m);
  });

  it('keeps the original path in JSON and SARIF, with the page', () => {
    const json = JSON.parse(cli(['-f', 'json', 'strategy.pdf'], dir).stdout);
    assert.equal(json.files[0].path, 'strategy.pdf');
    assert.equal(json.files[0].convertedFrom, 'pdf');
    assert.ok(json.files[0].findings.length > 0);
    for (const f of json.files[0].findings) assert.equal(typeof f.page, 'number');
    const sarif: any = JSON.parse(cli(['-f', 'sarif', 'strategy.docx'], dir).stdout);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(process.cwd(), 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')));
    assert.ok(validate(sarif as object), ajv.errorsText(validate.errors));
    assert.equal(sarif.runs[0].artifacts[0].location.uri, 'strategy.docx');
    const result = sarif.runs[0].results[0];
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'strategy.docx');
    assert.equal(result.locations[0].physicalLocation.region, undefined, 'lines of the converted text mean nothing in the .docx');
    assert.equal(typeof result.properties.paragraph, 'number');
    assert.match(result.message.text, /\(paragraph \d+\)$/);
  });

  it('refuses --fix on a Word or PDF file, saying how to get Markdown to fix', () => {
    const before = readFileSync(join(dir, 'strategy.pdf'));
    const r = cli(['--fix', 'strategy.pdf'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--fix changes Markdown files only, and strategy\.pdf is a Word or PDF file; convert it first with "strategy-lint convert strategy\.pdf -o strategy\.md"/);
    assert.deepEqual(readFileSync(join(dir, 'strategy.pdf')), before);
  });

  it('finds Word and PDF files in folders and globs only with --word-and-pdf', () => {
    const sub = join(dir, 'papers');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'board.pdf'), readFileSync(join(dir, 'strategy.pdf')));
    writeFileSync(join(sub, 'notes.md'), '# Notes\n\nNothing here.\n');
    const plain = cli(['-f', 'json', 'papers'], dir);
    assert.deepEqual(JSON.parse(plain.stdout).files.map((f: { path: string }) => f.path), [join('papers', 'notes.md')]);
    const asked = cli(['-f', 'json', '--word-and-pdf', 'papers'], dir);
    assert.deepEqual(JSON.parse(asked.stdout).files.map((f: { path: string }) => f.path), [join('papers', 'board.pdf'), join('papers', 'notes.md')]);
    const glob = cli(['papers/*.pdf'], dir);
    assert.equal(glob.code, 2);
    assert.match(glob.stderr, /no files match "papers\/\*\.pdf" \(Word and PDF files are checked in globs only with --word-and-pdf\)/);
  });

  describe('files that cannot be read: exit 2 and a clear message', () => {
    const cases: [string, string, () => Promise<Buffer> | Buffer, RegExp, string[]?][] = [
      ['an encrypted PDF', 'locked.pdf', () => makePdf(STRATEGY, { userPassword: 'secret' }), /locked\.pdf is protected by a password, so its text cannot be read/],
      ['a corrupt PDF', 'broken.pdf', () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x41)]), /broken\.pdf is not a readable PDF/],
      ['a file called .pdf that is not one', 'renamed.pdf', () => Buffer.from('just some text\n'), /renamed\.pdf is not a readable PDF/],
      ['a scanned PDF with no text layer', 'scan.pdf', () => makePdf(STRATEGY, { noText: true }), /scan\.pdf: this looks like a scanned document; it has no text to check/],
      ['a legacy Word 97-2003 .doc', 'old.doc', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]), /old\.doc is an old Word 97-2003 document \(\.doc\).*save it as a Word Document \(\.docx\)/],
      ['a damaged .docx', 'damaged.docx', () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 7)]), /damaged\.docx is damaged \(it is not a complete zip file\)/],
      ['a zip bomb dressed as a .docx', 'bomb.docx', () => zipBomb(80 * 1024 * 1024), /bomb\.docx unpacks to more than 64 MB .* it may be a zip bomb/],
      ['a file over --max-file-size', 'big.docx', () => makeDocx(STRATEGY), /big\.docx is \d+ KB, over the limit of \d+ KB \(set --max-file-size/, ['--max-file-size', '0.001']],
    ];
    for (const [what, name, make, message, extra] of cases) {
      it(what, async () => {
        writeFileSync(join(dir, name), await make());
        for (const args of [[...(extra ?? []), name], ['convert', ...(extra ?? []), name]]) {
          const r = cli(args, dir);
          assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
          assert.match(r.stderr, message);
          assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/);
        }
      });
    }
  });
});
