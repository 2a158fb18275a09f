// The language server's entry point (bundled to dist/server.js). The
// transport comes from the command line: --stdio, --node-ipc or --socket=N.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`strategy-lint server: ${e.stack ?? e.message}`));
startServer(connection);
