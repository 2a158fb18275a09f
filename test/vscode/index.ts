// Entry the extension host calls (extensionTestsPath): runs every
// out/test/vscode/*.test.js with mocha inside the real VS Code, and resolves
// or rejects with the result, which VS Code turns into the exit code.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // The host forwards console output without applying format strings, and
  // console.log cannot be reassigned there: give the reporter a formatting log.
  const log = console.log.bind(console);
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = (...a: unknown[]) => log(format(...a));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.STRATEGY_LINT_VSCODE_GREP;
  if (grep) mocha.grep(grep);
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, f));
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension test${failures > 1 ? 's' : ''} failed`)) : resolve()));
  });
}
