// Workspace Trust: nothing in a workspace is ever run, and a config file
// cannot make the command line or the language server read files outside it.
// Each "lure" below is a named pipe or a script outside the workspace: reading
// the pipe would block (the test would time out) and running the script would
// leave a marker file behind.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../lsp/client';

const BIN = join(process.cwd(), 'bin', 'strategy-lint.js');
const STRATEGY = '# Digital strategy 2025 to 2028\n\n## Our priorities\n\n1. Replace the patient administration system\n';

describe('Workspace Trust: a config file cannot run code or reach outside the workspace', function () {
  this.timeout(120_000);
  let root: string;
  let workspace: string;
  let marker: string;
  let config: Record<string, unknown>;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sl-trust-'));
    workspace = join(root, 'workspace');
    mkdirSync(workspace);
    const outside = join(root, 'outside');
    mkdirSync(outside);
    marker = join(outside, 'ran');
    const script = join(outside, 'evil.js');
    writeFileSync(script, `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = {};\n`);
    const pipe = join(outside, 'pipe.json');
    execFileSync('mkfifo', [pipe]);
    config = {
      extends: pipe,
      require: script,
      plugins: [script],
      import: script,
      $schema: pipe,
      rules: { 'time-horizon': { severity: 'off', plugin: script } },
      sections: { 'not-doing': ['../outside/pipe.json'] },
    };
    writeFileSync(join(workspace, '.strategy-lint.json'), JSON.stringify(config, null, 2));
    writeFileSync(join(workspace, 'digital-strategy.md'), STRATEGY);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('the command line names each unknown setting, applies the rest, runs nothing and reads nothing outside', () => {
    const r = spawnSync(process.execPath, [BIN, 'digital-strategy.md'], { cwd: workspace, encoding: 'utf8', timeout: 60_000 });
    assert.notEqual(r.signal, 'SIGTERM', 'the command line blocked reading something outside the workspace');
    for (const key of ['extends', 'require', 'plugins', 'import']) assert.match(r.stderr, new RegExp(`unknown setting "${key}"`));
    assert.match(r.stderr, /"rules\.time-horizon\.plugin": rule "time-horizon" has no option "plugin"/);
    assert.match(r.stdout, /digital-strategy\.md:\d+:\d+ \w+ not-doing-section /, 'the strategy was analysed');
    assert.doesNotMatch(r.stdout, /digital-strategy\.md:\d+:\d+ \w+ time-horizon /, 'the valid part of the config (time-horizon off) still applies');
    assert.equal(existsSync(marker), false, 'a script named in the config was run');
  });

  it('the language server reports the config problems, analyses with the rest, runs nothing and reads nothing outside', async () => {
    const client = await TestClient.start({ pull: true, rootUri: pathToFileURL(workspace).href });
    try {
      const uri = pathToFileURL(join(workspace, 'digital-strategy.md')).href;
      await client.open(uri, readFileSync(join(workspace, 'digital-strategy.md'), 'utf8'));
      const codes = (await client.pull(uri)).map((d) => String(d.code));
      assert.ok(!codes.includes('time-horizon'), codes.join(', '));
      assert.ok(codes.includes('not-doing-section'), codes.join(', '));
      assert.equal(existsSync(marker), false, 'a script named in the config was run');
    } finally {
      await client.stop();
    }
  });

  it('the extension declares itself safe for untrusted workspaces', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
  });
});
