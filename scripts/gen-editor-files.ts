// Writes the snippets and the grammar injection from client/src/editor-files.ts.
// Run with `npm run editor-files`; test/lsp/editor-files.test.ts checks they are current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { editorFiles } from '../client/src/editor-files';

for (const [path, text] of Object.entries(editorFiles())) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  process.stdout.write(`wrote ${path}\n`);
}
