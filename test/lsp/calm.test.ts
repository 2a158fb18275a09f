// A calm editor: which findings are shown (strategy issues or everything, a
// minimum level), focus mode holding back the sentence being typed, and
// checking on save instead of on every keystroke. Over the protocol, as an
// editor sees it.
import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { openSentence } from '../../server/src/lsp/server';
import { TestClient } from './client';

const TEXT = [
  '# Digital strategy 2025 to 2035',
  '',
  'We will utilise the shared record in order to cut duplicate tests for NHS patients across the county and its hospitals and clinics and surgeries and pharmacies and homes.',
  '',
].join('\n');

const rules = (ds: readonly Diagnostic[]) => [...new Set(ds.map((d) => String(d.code)))].sort();

describe('a calm editor: what is shown, focus mode and when to check', function () {
  let dir: string;
  let uri: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-calm-'));
    uri = pathToFileURL(join(dir, 'digital-strategy.md')).href;
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows writing findings as information or hints by default, and hides them for "strategy issues"', async () => {
    client = await TestClient.start({ pull: true });
    await client.open(uri, TEXT);
    const all = await client.pull(uri);
    const writing = all.filter((d) => ['words-to-avoid', 'sentence-length'].includes(String(d.code)));
    assert.ok(writing.length >= 3, rules(all).join(', '));
    assert.ok(writing.every((d) => d.severity! >= 3), 'writing findings are information (3) or hints (4)');
    assert.equal(all.find((d) => d.code === 'time-horizon')!.severity, 1, 'the horizon is an error');
    client.settings = { show: 'strategy' };
    const refreshed = once(client.events, 'refresh');
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await refreshed;
    const strategy = await client.pull(uri);
    assert.ok(strategy.some((d) => d.code === 'time-horizon'));
    assert.ok(!strategy.some((d) => ['words-to-avoid', 'sentence-length', 'plain-words'].includes(String(d.code))), rules(strategy).join(', '));
  });

  it('hides findings below the minimum level', async () => {
    client = await TestClient.start({ pull: true, settings: { minimumSeverity: 'warning' } });
    await client.open(uri, TEXT);
    const ds = await client.pull(uri);
    assert.ok(ds.length > 0);
    assert.ok(ds.every((d) => d.severity! <= 2), rules(ds).join(', '));
  });

  it('holds back new findings on the sentence being typed until it is finished or the cursor leaves', async () => {
    client = await TestClient.start({ pull: true });
    const base = '# Digital strategy 2025 to 2028\n\nWe review it every year.\n\n';
    await client.open(uri, base);
    const before = await client.pull(uri);
    assert.ok(!before.some((d) => d.code === 'words-to-avoid'));
    const typing = base + 'We will utilise the portal';
    await client.change(uri, typing);
    await client.conn.sendNotification('strategyLint/cursor', { uri, position: { line: 4, character: 26 } });
    const during = await client.pull(uri);
    assert.ok(!during.some((d) => d.code === 'words-to-avoid'), 'nothing new on the unfinished sentence');
    const refreshed = once(client.events, 'refresh');
    await client.conn.sendNotification('strategyLint/cursor', { uri, position: { line: 2, character: 0 } });
    await refreshed;
    const after = await client.pull(uri);
    assert.ok(after.some((d) => d.code === 'words-to-avoid'), 'shown once the cursor leaves the sentence');
    // As in VS Code, the cursor may arrive before the change that moved it.
    await client.change(uri, base + 'We will leverage the portal');
    await client.conn.sendNotification('strategyLint/cursor', { uri, position: { line: 4, character: 27 } });
    assert.ok(!(await client.pull(uri)).some((d) => d.code === 'words-to-avoid' && /leverage/.test(d.message)), 'held while typing');
    await client.conn.sendNotification('strategyLint/cursor', { uri, position: { line: 4, character: 28 } });
    await client.change(uri, base + 'We will leverage the portal.');
    const finished = await client.pull(uri);
    assert.ok(finished.some((d) => d.code === 'words-to-avoid' && /leverage/.test(d.message)), 'shown once the sentence ends');
  });

  it('finds the unfinished sentence around the cursor', () => {
    const t = 'First one. Second is still';
    assert.deepEqual(openSentence(t, t.length), { start: 11, end: t.length });
    assert.equal(openSentence('Done.', 5), undefined);
    assert.equal(openSentence('Done. ', 6), undefined);
  });

  it('checks on save only, when asked to', async () => {
    client = await TestClient.start({ pull: true, settings: { run: 'onSave' } });
    const base = '# Digital strategy 2025 to 2028\n\nWe review it every year.\n';
    await client.open(uri, base);
    assert.ok(!(await client.pull(uri)).some((d) => d.code === 'words-to-avoid'));
    await client.change(uri, base + '\nWe will utilise the portal.\n');
    assert.ok(!(await client.pull(uri)).some((d) => d.code === 'words-to-avoid'), 'not checked while typing');
    const refreshed = once(client.events, 'refresh');
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await refreshed;
    assert.ok((await client.pull(uri)).some((d) => d.code === 'words-to-avoid'), 'checked on save');
  });
});
