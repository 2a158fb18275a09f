// The protocol layer never goes deaf (issue 17, item 7), and nothing from the
// workspace stalls the server (item 5): the real server spawned over stdio and
// sent bad frames as raw bytes, then a valid request that must be answered.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader } from 'vscode-languageserver/node';
import { TestClient } from './client';

interface Message {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

class Raw {
  readonly events = new EventEmitter();
  readonly logs: string[] = [];
  private nextId = 1;
  constructor(readonly proc: ChildProcess) {
    new StreamMessageReader(proc.stdout!).listen((m) => {
      const msg = m as Message;
      if (msg.method && msg.id !== undefined) this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => ({})) : null });
      else if (msg.method === 'window/logMessage') {
        this.logs.push(msg.params.message);
        this.events.emit('log');
      } else if (msg.id !== undefined) this.events.emit(`response:${msg.id}`, msg);
    });
    proc.stderr!.resume();
  }
  static async start(): Promise<Raw> {
    const r = new Raw(spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
    await r.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    r.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    return r;
  }
  bytes(b: string | Buffer): void {
    this.proc.stdin!.write(b);
  }
  send(obj: unknown): void {
    const body = Buffer.from(JSON.stringify(obj), 'utf8');
    this.bytes(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }
  async request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    const answered = once(this.events, `response:${id}`);
    this.send({ jsonrpc: '2.0', id, method, params });
    return (await answered)[0] as Message;
  }
  async logged(re: RegExp): Promise<string> {
    for (;;) {
      const found = this.logs.find((l) => re.test(l));
      if (found) return found;
      await once(this.events, 'log');
    }
  }
  rssMb(): number {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'))![1]) / 1024;
  }
  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = once(this.proc, 'exit');
    this.proc.kill();
    await exited;
  }
}

const body = (obj: unknown) => JSON.stringify(obj);

describe('language server: bad frames on standard input', function () {
  this.timeout(120_000);
  let server: Raw;
  beforeEach(async () => {
    server = await Raw.start();
  });
  afterEach(() => server.stop());

  const frames: Array<[string, (b: string) => string]> = [
    ['a header with no Content-Length', (b) => `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${b}`],
    ['a negative Content-Length', (b) => `Content-Length: -5\r\n\r\n${b}`],
    ['a Content-Length that is not a number', (b) => `Content-Length: lots\r\n\r\n${b}`],
    ['a Content-Length shorter than the body', (b) => `Content-Length: 10\r\n\r\n${b}`],
    ['bytes that are no frame at all', (b) => `hello there ${b}\r\n`],
  ];
  for (const [name, frame] of frames) {
    it(`after ${name}, answers the next valid request and logs why it skipped`, async () => {
      server.bytes(frame(body({ jsonrpc: '2.0', id: 999, method: 'shutdown' })));
      const r = await server.request('strategyLint/noSuchThing', {});
      assert.equal(r.error?.code, -32601, JSON.stringify(r));
      await server.logged(/strategy-lint server: (skipped|a message header gave Content-Length)/);
      assert.equal(server.proc.exitCode, null);
    });
  }

  it('refuses a 2 GB Content-Length with a log message instead of buffering it, then answers again', async () => {
    server.bytes('Content-Length: 2000000000\r\n\r\n');
    const junk = Buffer.alloc(1024 * 1024, 'x');
    for (let i = 0; i < 300; i++) if (!server.proc.stdin!.write(junk)) await once(server.proc.stdin!, 'drain');
    const said = await server.logged(/a message of 2000000000 bytes was refused unread: the most the server takes is \d+ bytes/);
    assert.ok(said);
    const r = await server.request('strategyLint/noSuchThing', {});
    assert.equal(r.error?.code, -32601);
    const rss = server.rssMb();
    assert.ok(rss < 250, `the server holds ${rss.toFixed(0)} MB after 300 MB of one refused frame`);
  });
});

describe('language server: a workspace glob that would backtrack', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sl-glob-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('matches strategyLint.files "**a**a…**b" without stalling, and answers the next request', async () => {
    const folder = join(dir, 'a'.repeat(60));
    mkdirSync(folder);
    const client = await TestClient.start({ pull: false, rootUri: pathToFileURL(dir).href, settings: { files: ['**a'.repeat(30) + '**b'] } });
    try {
      const uri = pathToFileURL(join(folder, 'a'.repeat(100) + '.md')).href;
      await client.open(uri, '# Digital strategy 2025 to 2035\n');
      const p = await client.pushed(uri, () => true, true);
      assert.deepEqual(p.diagnostics, [], 'the file does not match the glob, so it is not checked');
      const other = pathToFileURL(join(dir, 'digital-strategy.md')).href;
      await client.open(other, '# Digital strategy 2025 to 2035\n');
      const hover = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 2 } });
      assert.equal(hover, null);
    } finally {
      await client.stop();
    }
    assert.ok(existsSync(dir));
  });
});
