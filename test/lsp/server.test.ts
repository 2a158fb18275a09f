// Protocol tests: the built server (dist/server.js) spoken to over stdio, as
// an editor would. Fixtures are written to a fresh temporary folder.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { RULES } from '../../server/src/core/index';
import { TestClient } from './client';

const STRATEGY = [
  '# Digital strategy 2025 to 2035',
  '',
  '## Our priorities',
  '',
  '1. Replace the patient administration system',
  '2. Roll out electronic prescribing',
  '',
].join('\n');

/** Settings that switch off every rule but these three, so rules added later leave these tests alone. */
const ONLY = ['not-doing-section', 'time-horizon', 'measurable-outcome'];
const only = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...extra,
  rules: { ...Object.fromEntries(RULES.map((r) => r.meta.id).filter((id) => !ONLY.includes(id) && id !== 'invalid-config').map((id) => [id, 'off'])), ...((extra.rules as object) ?? {}) },
});

const codes = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);

describe('language server (protocol)', function () {
  let dir: string;
  let uri: string;
  let client: TestClient | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-lsp-'));
    uri = pathToFileURL(join(dir, 'digital-strategy.md')).href;
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('declares its capabilities, with pull diagnostics only for a client that supports them', async () => {
    client = await TestClient.start({ pull: true, rootUri: pathToFileURL(dir).href, settings: only() });
    const caps = client.capabilities as Record<string, any>;
    assert.ok(caps.hoverProvider);
    assert.deepEqual(caps.completionProvider.triggerCharacters, ['#']);
    assert.ok(caps.codeActionProvider.codeActionKinds.includes('source.fixAll.strategy-lint'));
    assert.ok(caps.codeLensProvider);
    assert.equal(caps.diagnosticProvider.interFileDependencies, false);
    await client.stop();
    client = await TestClient.start({ pull: false, settings: only() });
    assert.equal((client.capabilities as Record<string, unknown>).diagnosticProvider, undefined);
  });

  it('answers a diagnostic pull with findings carrying rule id, docs link, source and data', async () => {
    client = await TestClient.start({ pull: true, rootUri: pathToFileURL(dir).href, settings: only() });
    await client.open(uri, STRATEGY);
    const ds = await client.pull(uri);
    assert.deepEqual(codes(ds), ['1:1 not-doing-section', '1:20 time-horizon', '5:4 measurable-outcome']);
    const d = ds[0];
    assert.equal(d.source, 'strategy-lint');
    assert.match(d.codeDescription!.href, /not-doing-section\.md$/);
    assert.deepEqual(d.data, { version: 1, index: 0 });
    assert.equal(ds[1].severity, 1);
    assert.equal(client.published.size, 0, 'a pull client got pushed diagnostics too');
  });

  it('pushes diagnostics to a client without pull support, and again after a change', async () => {
    client = await TestClient.start({ pull: false, settings: only({ debounce: 0 }) });
    const first = client.pushed(uri);
    await client.open(uri, STRATEGY);
    const p = await first;
    assert.equal(p.version, 1);
    assert.deepEqual(codes(p.diagnostics), ['1:1 not-doing-section', '1:20 time-horizon', '5:4 measurable-outcome']);
    const second = client.pushed(uri, (x) => x.version === 2);
    await client.change(uri, STRATEGY.replace('2035', '2028'));
    assert.deepEqual(codes((await second).diagnostics), ['1:1 not-doing-section', '5:4 measurable-outcome']);
  });

  it('checks only strategies: by name, by front matter, or when opted in', async () => {
    client = await TestClient.start({ pull: true, rootUri: pathToFileURL(dir).href, settings: only() });
    const notes = pathToFileURL(join(dir, 'meeting-notes.md')).href;
    await client.open(notes, STRATEGY);
    assert.deepEqual(await client.pull(notes), []);
    const typed = pathToFileURL(join(dir, 'plan.md')).href;
    await client.open(typed, '---\ntype: strategy\n---\n' + STRATEGY);
    assert.equal((await client.pull(typed)).length, 3);
    const refreshed = new Promise((r) => client!.events.once('refresh', r));
    const r = await client.conn.sendRequest<{ checked: boolean }>('strategyLint/checkDocument', { uri: notes });
    assert.deepEqual(r, { checked: true });
    await refreshed;
    assert.equal((await client.pull(notes)).length, 3);
  });

  it('explains a finding in full on hover, and what a section is for on its heading', async () => {
    client = await TestClient.start({ pull: true, settings: only() });
    await client.open(uri, STRATEGY);
    const onHorizon = await client.conn.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 25 } });
    const text = (onHorizon.contents as { value: string }).value;
    assert.match(text, /\*\*time-horizon\*\*/);
    assert.match(text, /Why it matters\./);
    assert.match(text, /What good looks like\./);
    assert.match(text, /```markdown\n# Digital strategy 2024 to 2034/);
    assert.match(text, /How to fix\./);
    assert.match(text, /\]\(https:\/\/\S+time-horizon\.md\)/);
    const onHeading = await client.conn.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 6 } });
    const h = (onHeading.contents as { value: string }).value;
    assert.match(h, /\*\*Section: Our priorities\*\*/);
    assert.match(h, /Ranks or phases the work/);
    const onPlain = await client.conn.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 0 } });
    assert.equal(onPlain, null);
  });

  it('offers the fix as a preferred quick fix; applying it gives the expected text and the finding goes', async () => {
    client = await TestClient.start({ pull: true, settings: only() });
    await client.open(uri, STRATEGY);
    const ds = await client.pull(uri);
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: ds[0].range,
      context: { diagnostics: [ds[0]] },
    });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Insert section: What we will not do'), titles.join(', '));
    assert.ok(!titles.includes('Disable not-doing-section for this line'), 'a missing section has no line to disable it for');
    assert.ok(titles.includes('Disable not-doing-section for this file'));
    const insert = actions.find((a) => a.title === 'Insert section: What we will not do')!;
    assert.equal(insert.isPreferred, true);
    assert.equal(insert.kind, 'quickfix');
    assert.deepEqual(insert.diagnostics, [ds[0]]);
    assert.ok(await client.applyEdit(insert.edit!));
    assert.match(client.text(uri), /2\. Roll out electronic prescribing\n\n## What we will not do\n\n- We will not /);
    assert.deepEqual(codes(await client.pull(uri)), ['1:20 time-horizon', '5:4 measurable-outcome']);
  });

  it('gives the VS Code extension one "Turn off" entry, "Insert all missing sections", and a command that shows the new text', async () => {
    client = await TestClient.start({ pull: true, settings: only({ rules: { 'review-section': 'warning' } }), initializationOptions: { commands: true } });
    await client.open(uri, STRATEGY);
    const ds = await client.pull(uri);
    const title = ds.filter((d) => d.range.start.line === 0);
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: title[0].range, context: { diagnostics: title } });
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles.filter((t) => /disable|turn off/i.test(t)), ['Turn off a check here (3 checks)…']);
    const turnOff = actions.find((a) => a.title.startsWith('Turn off'))!;
    const args = turnOff.command!.arguments![0] as { checks: Array<{ ruleId: string; documentLevel: boolean; lineEdit?: unknown }> };
    assert.deepEqual(args.checks.map((c) => [c.ruleId, c.documentLevel, !!c.lineEdit]), [['not-doing-section', true, false], ['review-section', true, false], ['time-horizon', false, true]]);
    const all = actions.find((a) => a.title === 'Insert all 2 missing sections');
    assert.ok(all, titles.join(', '));
    assert.equal(all.command?.command, 'strategyLint.reveal');
    const insert = actions.find((a) => a.title === 'Insert section: What we will not do')!;
    assert.equal(insert.command?.command, 'strategyLint.reveal');
    assert.ok(await client.applyEdit(insert.edit!));
    const range = insert.command!.arguments![1] as { start: { line: number; character: number }; end: { line: number; character: number } };
    const lines = client.text(uri).split('\n');
    assert.equal(lines[range.start.line].slice(range.start.character), '## What we will not do');
    assert.match(lines[range.end.line], /^- We will stop /);
  });

  it('disables a rule for one line with a comment that carries a reason placeholder', async () => {
    client = await TestClient.start({ pull: true, settings: only() });
    await client.open(uri, STRATEGY);
    const ds = await client.pull(uri);
    const target = ds.find((d) => d.code === 'measurable-outcome')!;
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    const disable = actions.find((a) => a.title === 'Disable measurable-outcome for this line')!;
    assert.ok(await client.applyEdit(disable.edit!));
    assert.match(client.text(uri), /\n<!-- strategy-lint-disable-next-line measurable-outcome -- \[reason\] -->\n1\. Replace/);
    assert.deepEqual(codes(await client.pull(uri)), ['1:1 not-doing-section', '1:20 time-horizon', '7:4 measurable-outcome']);
  });

  it('refuses a fix computed for an older version of the document', async () => {
    client = await TestClient.start({ pull: true, settings: only() });
    await client.open(uri, STRATEGY);
    const ds = await client.pull(uri);
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: [ds[0]] } });
    const insert = actions.find((a) => a.title.startsWith('Insert section'))!;
    const dc = insert.edit!.documentChanges![0] as { textDocument: { version: number } };
    assert.equal(dc.textDocument.version, 1);
    await client.change(uri, 'Added line\n' + STRATEGY);
    const before = client.text(uri);
    assert.equal(await client.applyEdit(insert.edit!), false);
    assert.equal(client.text(uri), before);
  });

  it('offers source.fixAll.strategy-lint for fix-on-save, which changes words but never inserts a section', async () => {
    client = await TestClient.start({ pull: true, settings: only({ rules: { 'words-to-avoid': 'info' } }) });
    const text = STRATEGY + '\nWe will utilise the portal in order to book clinics.\n';
    await client.open(uri, text);
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions.map((a) => [a.kind, a.title]), [['source.fixAll.strategy-lint', 'Fix all strategy-lint problems']]);
    assert.ok(await client.applyEdit(actions[0].edit!));
    assert.equal(client.text(uri), STRATEGY + '\nWe will use the portal to book clinics.\n');
    assert.ok(codes(await client.pull(uri)).some((c) => c.endsWith('not-doing-section')), 'the missing section waits for its own quick fix');
  });

  it('matches strategyLint.files inside workspace folders, and follows folders being added', async () => {
    client = await TestClient.start({ pull: true, settings: only({ files: ['plans/**/*.md'] }) });
    const plan = pathToFileURL(join(dir, 'plans', 'next.md')).href;
    await client.open(plan, STRATEGY);
    assert.deepEqual(await client.pull(plan), []);
    const refreshed = new Promise((r) => client!.events.once('refresh', r));
    await client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(dir).href, name: 'd' }], removed: [] } });
    await refreshed;
    assert.equal((await client.pull(plan)).length, 3);
  });

  it('puts the scorecard in a code lens on the title, and returns the whole scorecard on request', async () => {
    client = await TestClient.start({ pull: true, settings: only() });
    await client.open(uri, STRATEGY);
    const lenses = await client.conn.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 0);
    assert.match(lenses[0].command!.title, /^Board questions 3\/5 answered · .*Focused ✗/);
    assert.equal(lenses[0].command!.command, 'strategyLint.showScorecard');
    const card = await client.conn.sendRequest<{ summary: string; entries: Array<{ id: string; answer: string; problems: unknown[] }>; markdown: string }>('strategyLint/scorecard', { uri });
    assert.equal(card.summary, lenses[0].command!.title);
    assert.equal(card.entries.find((e) => e.id === 'not-prioritising')!.answer, 'no');
    assert.match(card.markdown, new RegExp(`\\(${uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#L1\\)`));
  });

  it('gives UTF-16 positions after emoji and keeps CRLF line endings in a fix', async () => {
    client = await TestClient.start({ pull: true, settings: only() });
    const text = STRATEGY.replace('# Digital', '# 🚀 Digital').replace(/\n/g, '\r\n');
    await client.open(uri, text);
    const ds = await client.pull(uri);
    // "# 🚀 Digital strategy " is 22 UTF-16 code units: the rocket is two.
    assert.deepEqual(codes(ds), ['1:1 not-doing-section', '1:23 time-horizon', '5:4 measurable-outcome']);
    assert.deepEqual(ds[1].range.end, { line: 0, character: 34 });
    const actions = await client.conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: ds[0].range, context: { diagnostics: [ds[0]] } });
    assert.ok(await client.applyEdit(actions.find((a) => a.title.startsWith('Insert section'))!.edit!));
    assert.match(client.text(uri), /\r\n## What we will not do\r\n\r\n- We will not /);
    assert.doesNotMatch(client.text(uri), /[^\r]\n/);
  });

  it('completes the headings of missing sections after # at the start of a line, inserting the skeleton', async () => {
    client = await TestClient.start({ pull: true, settings: only() });
    await client.open(uri, STRATEGY + '\n## Wh');
    const items = await client.conn.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 5 } });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('What we will not do'));
    assert.ok(!labels.includes('Our priorities'), 'offered a section the document has');
    const item = items.find((i) => i.label === 'What we will not do')!;
    const te = item.textEdit as { range: { start: { line: number; character: number } }; newText: string };
    assert.deepEqual(te.range.start, { line: 7, character: 0 });
    assert.match(te.newText, /^## What we will not do\n\n- We will not /);
    const mid = await client.conn.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 3 } });
    assert.deepEqual(mid, []);
  });
});

describe('language server (protocol): configuration, debounce and cancellation', function () {
  let dir: string;
  let uri: string;
  let configUri: string;
  let client: TestClient | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-lsp-'));
    uri = pathToFileURL(join(dir, 'digital-strategy.md')).href;
    configUri = pathToFileURL(join(dir, '.strategy-lint.json')).href;
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const watched = (c: TestClient, type: 1 | 2 | 3) => c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type }] });

  it('works over Node IPC, as the VS Code client starts it', async () => {
    client = await TestClient.start({ pull: true, transport: 'ipc', settings: only() });
    await client.open(uri, STRATEGY);
    assert.equal((await client.pull(uri)).length, 3);
  });

  it('watches config files and refreshes pulled diagnostics when one changes', async () => {
    client = await TestClient.start({ pull: true, rootUri: pathToFileURL(dir).href, settings: only() });
    await client.open(uri, STRATEGY);
    assert.ok(codes(await client.pull(uri)).includes('1:20 time-horizon'));
    writeFileSync(join(dir, '.strategy-lint.json'), '{ "rules": { "time-horizon": "off" } }\n');
    const refreshed = new Promise((r) => client!.events.once('refresh', r));
    await watched(client, 1);
    await refreshed;
    assert.deepEqual(codes(await client.pull(uri)), ['1:1 not-doing-section', '5:4 measurable-outcome']);
  });

  it('pushes new diagnostics to a push client when the config file changes', async () => {
    writeFileSync(join(dir, '.strategy-lint.json'), '{ "rules": { "measurable-outcome": "off" } }\n');
    client = await TestClient.start({ pull: false, settings: only() });
    const first = client.pushed(uri);
    await client.open(uri, STRATEGY);
    assert.deepEqual(codes((await first).diagnostics), ['1:1 not-doing-section', '1:20 time-horizon']);
    writeFileSync(join(dir, '.strategy-lint.json'), '{ "rules": { "measurable-outcome": "error", "not-doing-section": "off" } }\n');
    const next = client.pushed(uri, (p) => p.diagnostics.every((d) => d.code !== 'not-doing-section'));
    await watched(client, 2);
    const p = await next;
    assert.deepEqual(codes(p.diagnostics), ['1:20 time-horizon', '5:4 measurable-outcome']);
    assert.equal(p.diagnostics[1].severity, 1);
  });

  it('reports an invalid config file on the file itself and keeps serving with the defaults', async () => {
    writeFileSync(join(dir, '.strategy-lint.json'), '{\n  "rules": {\n    "time-horizon": { "maxYears": "ten" }\n  }\n}\n');
    client = await TestClient.start({ pull: true, rootUri: pathToFileURL(dir).href, settings: only() });
    const onConfig = client.pushed(configUri);
    await client.open(uri, STRATEGY);
    assert.ok(codes(await client.pull(uri)).includes('1:20 time-horizon'), 'the default maxYears no longer applies');
    const c = await onConfig;
    assert.equal(c.diagnostics.length, 1);
    const d = c.diagnostics[0];
    assert.equal(d.code, 'invalid-config');
    assert.equal(d.severity, 1);
    assert.match(d.message, /"rules\.time-horizon\.maxYears" should be/);
    assert.equal(d.range.start.line, 2, 'the diagnostic should sit on the bad key');
    // Broken JSON: still a diagnostic on the file, still serving.
    writeFileSync(join(dir, '.strategy-lint.json'), '{ "rules": { ');
    const broken = client.pushed(configUri, (p) => p.diagnostics.some((x) => /not valid JSON/.test(x.message)));
    await watched(client, 2);
    await client.pull(uri);
    await broken;
    assert.equal((await client.pull(uri)).length, 3);
    // Put right: the config file's diagnostics are cleared.
    writeFileSync(join(dir, '.strategy-lint.json'), '{ "rules": { "time-horizon": { "maxYears": 12 } } }\n');
    const cleared = client.pushed(configUri, (p) => p.diagnostics.length === 0);
    await watched(client, 2);
    await cleared;
    assert.ok(!codes(await client.pull(uri)).includes('1:20 time-horizon'));
  });

  it('lays editor settings over the config file, per document', async () => {
    writeFileSync(join(dir, '.strategy-lint.json'), '{ "rules": { "time-horizon": "off" } }\n');
    client = await TestClient.start({ pull: true, settings: only({ rules: { 'measurable-outcome': 'off', 'not-doing-section': null } }) });
    await client.open(uri, STRATEGY);
    assert.deepEqual(codes(await client.pull(uri)), ['1:1 not-doing-section']);
  });

  it('cancels a pull that is waiting for the debounce, and serves the newest version afterwards', async () => {
    client = await TestClient.start({ pull: true, settings: only({ debounce: 10_000 }) });
    await client.open(uri, STRATEGY);
    assert.equal((await client.pull(uri)).length, 3);
    await client.change(uri, STRATEGY.replace('2035', '2028'));
    const source = new CancellationTokenSource();
    const pending = client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
    // A request someone waits on (hover) analyses at once; the pull then has the newest version.
    await client.change(uri, STRATEGY.replace('2035', '2029'));
    await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.deepEqual(codes(await client.pull(uri)), ['1:1 not-doing-section', '5:4 measurable-outcome']);
  });

  it('keeps serving the newest text when a client sends versions out of order or repeats one', async () => {
    client = await TestClient.start({ pull: true, settings: only() });
    await client.open(uri, STRATEGY.replace('2035', '2028'));
    assert.equal((await client.pull(uri)).length, 2);
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 0 }, contentChanges: [{ text: STRATEGY }] });
    assert.deepEqual(codes(await client.pull(uri)), ['1:1 not-doing-section', '1:20 time-horizon', '5:4 measurable-outcome']);
    // The same version number again, with different text: still the newest text counts.
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 0 }, contentChanges: [{ text: STRATEGY.replace('2035', '2027') }] });
    assert.deepEqual(codes(await client.pull(uri)), ['1:1 not-doing-section', '5:4 measurable-outcome']);
  });

  it('debounces pushes: a burst of edits gives one push, for the newest version', async () => {
    client = await TestClient.start({ pull: false, settings: only({ debounce: 10_000 }) });
    const versions: number[] = [];
    client.events.on('diagnostics', (p: { uri: string; version?: number }) => p.uri === uri && versions.push(p.version!));
    const first = client.pushed(uri);
    await client.open(uri, STRATEGY);
    await first;
    for (const year of ['2029', '2030', '2031', '2036']) await client.change(uri, STRATEGY.replace('2035', year));
    const last = client.pushed(uri, (p) => p.version === 5);
    await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    const p = await last;
    assert.deepEqual(versions, [1, 5]);
    assert.match(p.diagnostics.find((d) => d.code === 'time-horizon')!.message, /11 years/);
  });
});
