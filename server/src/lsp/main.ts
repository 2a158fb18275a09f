// Starting the language server from a command line. The transport comes from
// the arguments: --stdio, --node-ipc, --socket=N or --pipe=NAME. start.ts
// runs it as dist/server.js (what the VS Code extension starts over Node
// IPC); the `strategy-lint-language-server` command runs it from the
// package's bundle. Over stdio, frames pass through a guard that skips
// malformed ones and refuses oversized ones (framing.ts).
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { FrameGuard } from './framing';
import { startServer } from './server';
import { VERSION } from '../version';

const USAGE = `Usage: strategy-lint-language-server --stdio

The strategy-lint language server: start it from your editor's LSP client.
Transports: --stdio, --node-ipc, --socket=<port> or --pipe=<name>.
Set-up for Neovim, Emacs, Helix, Zed and Sublime Text:
https://github.com/strategy-lint/strategy-lint/blob/main/docs/editors.md
`;

function connect(args: string[]): Connection {
  if (!args.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const guard = new FrameGuard();
  process.stdin.pipe(guard);
  const connection = createConnection(ProposedFeatures.all, guard, process.stdout);
  guard.log = (m) => connection.console.error(m);
  // Standard output carries the protocol: anything printed goes to standard error instead.
  console.log = console.info = console.debug = (...a: unknown[]) => console.error(...a);
  return connection;
}

export function languageServer(args: string[] = process.argv.slice(2)): void {
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(VERSION + '\n');
  } else if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
  } else if (!args.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))) {
    process.stderr.write(`strategy-lint-language-server: no transport given.\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    const connection = connect(args);
    process.on('uncaughtException', (e) => connection.console.error(`strategy-lint server: ${e.stack ?? e.message}`));
    startServer(connection);
  }
}
