#!/usr/bin/env node
// The strategy-lint language server, the same one the VS Code extension
// starts: `strategy-lint-language-server --stdio` for any other LSP client.
require('../dist/strategy-lint.js').languageServer();
