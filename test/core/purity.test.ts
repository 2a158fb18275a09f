// The analysis core must stay pure: no editor, file system or process access.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORE = join(process.cwd(), 'server', 'src', 'core');

describe('analysis core purity', () => {
  const files = readdirSync(CORE, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));

  it('has source files to check', () => {
    assert.ok(files.length > 5, `found only ${files.length} files under ${CORE}`);
  });

  for (const f of files) {
    it(`${f} imports nothing from vscode, fs or process`, () => {
      const src = readFileSync(join(CORE, f), 'utf8');
      const imports = [...src.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const banned = imports.filter((m) => /^(?:node:)?(?:fs|fs\/promises|process|child_process|worker_threads|os)$/.test(m) || /^vscode/.test(m));
      assert.deepEqual(banned, [], `${f} imports ${banned.join(', ')}`);
      assert.doesNotMatch(src.replace(/\/\/.*$/gm, ''), /\bprocess\.(?:env|cwd|argv|exit|stdout|stderr)\b/, `${f} reads the process`);
    });
  }
});
