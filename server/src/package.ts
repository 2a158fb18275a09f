// dist/strategy-lint.js, the npm package's one bundle: the command line and
// the language server share their analysis core, so it ships once. The
// package's bin/ scripts call these.
export { main as cli } from './cli/main';
export { languageServer } from './lsp/main';
