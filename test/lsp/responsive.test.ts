// The server stays responsive while a hostile document is analysed (issue 17): requests on
// another open document, and typing in the hostile one, are answered between the slices of
// its analysis, not after it. Asserted by the order of events; the latency is in `npm run bench`.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateStrategy } from '../../bench/generate';
import { appendixTable } from '../fuzz/extreme';
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
    client = await TestClient.start({ pull: false, settings: { debounce: 0 } });
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
});
