// dist/server.js: the language server the VS Code extension starts (over
// Node IPC) and the protocol tests speak to.
import { languageServer } from './main';

languageServer();
