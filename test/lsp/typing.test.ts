// The server under fast typing in a long document, with every rule on: pushes
// come in version order (never an older result after a newer one), and the
// last push is for the last version, with the findings a fresh analysis gives.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/core/index';
import { generateStrategy } from '../../bench/generate';
import { TestClient } from './client';

describe('language server (protocol): typing in a long document', function () {
  let dir: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-typing-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes versions in order, ending with the last one and its fresh findings', async () => {
    const uri = pathToFileURL(join(dir, 'long-strategy.md')).href;
    client = await TestClient.start({ pull: false, settings: { debounce: 0 } });
    const versions: number[] = [];
    client.events.on('diagnostics', (p: { uri: string; version?: number }) => p.uri === uri && versions.push(p.version!));
    let text = generateStrategy(10000, 5);
    const opened = client.pushed(uri);
    await client.open(uri, text);
    await opened;
    // Edits sent without waiting, faster than the server can analyse a 10,000-word text.
    let version = 1;
    const at = text.indexOf('## Outcomes');
    for (const piece of ['Ten-year plan to 2040. ', 'We will not build an app. ', 'TBC. ', 'AI and blockchain. ', '2035']) {
      text = text.slice(0, at) + piece + text.slice(at);
      version = await client.change(uri, text);
    }
    const last = await client.pushed(uri, (p) => p.version === version, true);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `pushes out of order: ${versions.join(', ')}`);
    assert.equal(new Set(versions).size, versions.length, `a version was pushed twice: ${versions.join(', ')}`);
    const fresh = analyze(text).findings.map((f) => `${f.ruleId} ${f.message}`);
    assert.deepEqual(last.diagnostics.map((d) => `${d.code} ${d.message}`), fresh);
  });
});
