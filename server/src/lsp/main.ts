// The language server's entry point (bundled to dist/server.js). The
// transport comes from the command line: --stdio, --node-ipc or --socket=N.
// Over stdio, frames pass through a guard that skips malformed ones and
// refuses oversized ones (framing.ts).
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { FrameGuard } from './framing';
import { startServer } from './server';

let connection: Connection;
if (process.argv.includes('--stdio')) {
  const guard = new FrameGuard();
  process.stdin.pipe(guard);
  connection = createConnection(ProposedFeatures.all, guard, process.stdout);
  guard.log = (m) => connection.console.error(m);
  // Standard output carries the protocol: anything printed goes to standard error instead.
  console.log = console.info = console.debug = (...args: unknown[]) => console.error(...args);
} else {
  connection = createConnection(ProposedFeatures.all);
}
process.on('uncaughtException', (e) => connection.console.error(`strategy-lint server: ${e.stack ?? e.message}`));
startServer(connection);
