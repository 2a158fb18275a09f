// The server stays responsive while a hostile document is analysed (issue 17): the analysis
// runs in its own thread, so requests on another open document, edits to the hostile one and
// hovers on it are answered while its check runs, not after it; a check past the time limit is
// stopped and reported. Asserted by the order of events; the latency is in `npm run bench`.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateStrategy } from '../../bench/generate';
import { appendixTable, longTable } from '../fuzz/extreme';
import { TestClient } from './client';

describe('language server (protocol): responsive while a hostile document is analysed', function () {
  this.timeout(120_000);
  let dir: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-responsive-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers hovers and code actions on another document, and takes edits to the hostile one, before its analysis ends', async () => {
    const other = pathToFileURL(join(dir, 'strategy.md')).href;
    const hostile = pathToFileURL(join(dir, 'datasets-strategy.md')).href;
    // The 20,000-row table (763 KB) is past the default size limit, which the settings raise.
    client = await TestClient.start({ pull: false, settings: { debounce: 0, maxDocumentSize: 2_000_000 } });
    const ordinary = generateStrategy(2000, 7);
    const first = client.pushed(other);
    await client.open(other, ordinary);
    const { diagnostics } = await first;
    assert.ok(diagnostics.length > 0);

    const events: string[] = [];
    let text = appendixTable(20_000);
    const done = client.pushed(hostile, (p) => p.version === 3).then(() => events.push('hostile analysed'));
    await client.open(hostile, text);
    // Typing in the hostile document while it is analysed: each edit overtakes the run before it.
    for (const word of ['Open ', 'data ']) {
      text = text.replace('# Digital strategy', `# ${word}Digital strategy`);
      await client.change(hostile, text);
    }
    const d = diagnostics[0];
    const hover = client.conn.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: d.range.start }).then((h) => {
      events.push('hover answered');
      return h as { contents: { value: string } } | null;
    });
    const actions = client.conn
      .sendRequest('textDocument/codeAction', { textDocument: { uri: other }, range: d.range, context: { diagnostics: [d] } })
      .then((a) => {
        events.push('code actions answered');
        return a as unknown[];
      });
    const [h, a] = await Promise.all([hover, actions]);
    // Then hover after hover, each sent when the last is answered, until the hostile analysis ends:
    // several are answered while it runs (how many depends on the machine's load; the latency is in bench).
    let answered = 0;
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: d.range.start });
      if (!finished) answered++;
    }
    assert.ok(answered >= 3, `only ${answered} hovers answered while the hostile document was analysed`);
    assert.ok(h && h.contents.value.length > 0, 'the hover has content');
    assert.ok(a.length > 0, 'code actions are offered');
    assert.equal(events[events.length - 1], 'hostile analysed', events.join(', '));
    const last = client.published.get(hostile)!;
    assert.equal(last.version, 3);
  });

  it('answers a hover on the hostile document after an edit from its last results, before the check of the edit ends', async () => {
    const hostile = pathToFileURL(join(dir, 'datasets-strategy.md')).href;
    // 40,000 rows: a check of a second or more, so the document counts as slow (one of 400 ms or more).
    // At 1.2 MB it is past the default size limit, which the settings raise.
    client = await TestClient.start({ pull: false, settings: { debounce: 0, maxDocumentSize: 2_000_000 } });
    let text = appendixTable(40_000);
    const first = client.pushed(hostile, (p) => p.version === 1);
    await client.open(hostile, text);
    const { diagnostics } = await first;
    // A finding before the table, which an edit in the table leaves where it is.
    const d = diagnostics.find((x) => x.range.start.line < 8);
    assert.ok(d, 'a finding before the table');
    const events: string[] = [];
    const second = client.pushed(hostile, (p) => p.version === 2).then(() => events.push('edit checked'));
    // A cell in the middle of the table: its chunk is parsed again, the rest comes from the cache.
    text = text.replace('| Dataset 20000 |', '| Dataset twenty thousand |');
    await client.change(hostile, text);
    const h = (await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: hostile }, position: d.range.start })) as { contents: { value: string }; range: { start: { line: number } } } | null;
    events.push('hover answered');
    const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: hostile }, range: d.range, context: { diagnostics: [d] } })) as Array<{ edit?: { documentChanges?: Array<{ textDocument: { version: number } }> } }>;
    events.push('code actions answered');
    await second;
    assert.deepEqual(events, ['hover answered', 'code actions answered', 'edit checked']);
    assert.ok(h && h.contents.value.includes(String(d.code)), 'the hover explains the finding');
    assert.equal(h.range.start.line, d.range.start.line);
    assert.ok(actions.length > 0, 'code actions are offered');
    // Any edit they offer is for the text as it is now.
    for (const a of actions) for (const c of a.edit?.documentChanges ?? []) assert.equal(c.textDocument.version, 2);
  });

  it('stops a check that runs past the time limit, reports the document as too complex to check, and goes on checking others', async () => {
    const hostile = pathToFileURL(join(dir, 'datasets-strategy.md')).href;
    const other = pathToFileURL(join(dir, 'strategy.md')).href;
    // A limit of half a second (the default is 5 s): a table of 60,000 rows (1.9 MB, under a size limit
    // the settings raise) takes longer, a short strategy far less.
    client = await TestClient.start({ pull: false, settings: { debounce: 0, maxDocumentSize: 2_000_000 }, initializationOptions: { analysisTimeLimit: 500 } });
    const stopped = client.pushed(hostile);
    await client.open(hostile, '# Digital strategy\n\n' + longTable(60_000));
    const { diagnostics } = await stopped;
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].code, 'document-too-large');
    assert.match(diagnostics[0].message, /too complex to check/);
    assert.ok(client.logs.some((l) => /started again/.test(l)), client.logs.join('\n'));
    const checked = client.pushed(other);
    await client.open(other, '# Digital strategy\n\nWe will leverage synergies going forward.\n');
    const ok = await checked;
    assert.ok(ok.diagnostics.some((x) => x.code === 'words-to-avoid'), JSON.stringify(ok.diagnostics));
  });
});
