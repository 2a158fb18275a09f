// A lone CR ends a line in the language server too (issue 17, item 6):
// directives that name "the next line" find it, and text a fix adds ends its
// lines the way the document does.
import { strict as assert } from 'node:assert';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

const URI = 'file:///tmp/strategy-lint-cr/digital-strategy.md';
const CR = [
  '# Digital strategy 2025 to 2028',
  '',
  '<!-- strategy-lint-disable-next-line words-to-avoid -- we mean it -->',
  'We will leverage the cloud.',
  '',
  'We will leverage our data.',
  '',
  '## Our priorities',
  '',
  '1. Replace the patient administration system by March 2027',
  '',
].join('\r');

describe('language server: a document whose lines end in lone CRs', function () {
  this.timeout(60_000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('reads a disable-next-line comment as covering the next line, and places findings on their lines', async () => {
    client = await TestClient.start({ pull: true, settings: { rules: { 'words-to-avoid': 'warning' } } });
    await client.open(URI, CR);
    const found = (await client.pull(URI)).filter((d) => d.code === 'words-to-avoid').map((d) => d.range.start.line);
    assert.deepEqual(found, [5]);
  });

  it('inserting a missing section adds lines that end in CR, not LF', async () => {
    client = await TestClient.start({ pull: true });
    await client.open(URI, CR);
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const insert = actions.find((a) => a.title.startsWith('Insert section'));
    assert.ok(insert, actions.map((a) => a.title).join('\n'));
    const edits = (insert.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
    const added = edits.map((e) => e.newText).join('');
    assert.match(added, /\r## /, 'the quick fix adds a section');
    assert.ok(!added.includes('\n'), `an LF was added: ${JSON.stringify(added.slice(0, 80))}`);
  });
});
