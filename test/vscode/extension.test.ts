// The extension in a real VS Code extension host: what an author sees and
// does, asserted through the vscode API. Every wait is on an event
// (onDidChangeDiagnostics, a command's result), never a sleep.
// Run by `npm run test:editors` (scripts/editors/run-vscode-tests.mjs).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { docsUrl, ruleById } from '../../server/src/core/rules/index';
import {
  EXTENSION_ID,
  childProcesses,
  diagnosticsWhere,
  hasRule,
  lacksRule,
  open,
  ours,
  outputChannelText,
  ruleOf,
  within,
  workspaceUri,
} from './helpers';

const STRATEGY = 'digital-strategy.md';

function find(ds: vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const d = ds.find((x) => ruleOf(x) === rule);
  assert.ok(d, `no ${rule} diagnostic`);
  return d;
}

async function replaceLine(editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  const ok = await editor.edit((e) => e.replace(editor.document.lineAt(line).range, text));
  assert.ok(ok, 'the edit was applied');
}

async function codeLensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10)) ?? [];
  return lenses.map((l) => l.command?.title ?? '');
}

describe('Strategy Lint in VS Code', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  describe('activation', () => {
    it('stays quiet for an ordinary README', async () => {
      const editor = await open('README.md');
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is installed`);
      await ext.activate();
      // The code lens round trip means the server has seen the README.
      assert.deepEqual(await codeLensTitles(editor.document.uri), []);
      assert.deepEqual(ours(editor.document.uri), []);
    });

    it('checks a file whose name says it is a strategy', async () => {
      const editor = await open(STRATEGY);
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is active');
      await diagnosticsWhere(editor.document.uri, hasRule('time-horizon'), 'diagnostics on the strategy');
    });
  });

  describe('diagnostics, hover and quick fix', () => {
    it('shows the expected findings, with rule ids, severities and docs links', async () => {
      const { document } = await open(STRATEGY);
      const ds = await diagnosticsWhere(document.uri, (x) => hasRule('time-horizon')(x) && hasRule('not-doing-section')(x) && hasRule('measurable-outcome')(x), 'the three expected findings');
      const horizon = find(ds, 'time-horizon');
      assert.equal(horizon.severity, vscode.DiagnosticSeverity.Error);
      assert.deepEqual([horizon.range.start.line, horizon.range.start.character], [0, 19]);
      assert.match(horizon.message, /This horizon is 7 years, more than the 5 years/);
      const notDoing = find(ds, 'not-doing-section');
      assert.equal(notDoing.severity, vscode.DiagnosticSeverity.Warning);
      assert.deepEqual([notDoing.range.start.line, notDoing.range.start.character], [0, 0]);
      const outcome = ds.find((d) => ruleOf(d) === 'measurable-outcome' && d.range.start.line === 8);
      assert.ok(outcome, 'the vague outcome on line 9 is reported');
      for (const d of ds) {
        assert.ok(typeof d.code === 'object' && d.code.target, `${ruleOf(d)} has a docs link`);
        assert.equal(d.code.target.toString(), vscode.Uri.parse(docsUrl(ruleOf(d))).toString());
      }
    });

    it('explains a finding on hover: why it matters, what good looks like, how to fix, and the docs', async () => {
      const { document } = await open(STRATEGY);
      // The vague outcome on line 9 has a finding of its own, so its hover is the full explanation.
      await diagnosticsWhere(document.uri, (ds) => ds.some((d) => ruleOf(d) === 'measurable-outcome' && d.range.start.line === 8), 'the measurable-outcome finding');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(8, 6));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      const docs = ruleById('measurable-outcome')!.meta.docs;
      assert.match(text, /measurable-outcome/);
      // VS Code shows the diagnostic's message beside the hover, so the hover leaves it out and each message appears once.
      assert.doesNotMatch(text, /This outcome has no measure and no date/);
      assert.ok(vscode.languages.getDiagnostics(document.uri).some((d) => /This outcome has no measure and no date/.test(d.message)));
      assert.ok(text.includes(docs.why.slice(0, 60)), `the hover gives why it matters, from the rule docs:\n${text}`);
      assert.ok(text.includes(docs.good.slice(0, 60)), 'the hover says what good looks like');
      assert.ok(text.includes(docs.fix.slice(0, 40)), 'the hover says how to fix it');
      assert.ok(text.includes(docsUrl('measurable-outcome')), 'the hover links to the docs');
    });

    it('the "Insert section" quick fix inserts the skeleton and the finding goes away', async () => {
      const { document } = await open(STRATEGY);
      const notDoing = find(await diagnosticsWhere(document.uri, hasRule('not-doing-section'), 'the not-doing-section finding'), 'not-doing-section');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, notDoing.range, vscode.CodeActionKind.QuickFix.value);
      const insert = actions.find((a) => a.title === 'Insert section: What we will not do');
      assert.ok(insert?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(insert.isPreferred, 'it is the preferred fix');
      assert.ok(await vscode.workspace.applyEdit(insert.edit));
      await diagnosticsWhere(document.uri, lacksRule('not-doing-section'), 'not-doing-section to go');
      assert.match(document.getText(), /- Reduce the time nurses spend .*\n\n## What we will not do\n\n- We will not \[.*\n- We will stop \[.*\n\n## Governance\n/);
    });
  });

  describe('scorecard', () => {
    it('shows the scorecard in the code lens on the title', async () => {
      const { document } = await open(STRATEGY);
      await diagnosticsWhere(document.uri, (ds) => ds.length > 0, 'diagnostics');
      const titles = await codeLensTitles(document.uri);
      assert.ok(titles.some((t) => /^Board questions \d\/5 answered/.test(t)), `code lenses: ${JSON.stringify(titles)}`);
    });
  });

  describe('opting in', () => {
    it('"Check this document" opts an ordinary Markdown file in', async () => {
      const editor = await open('notes/plan.md');
      assert.deepEqual(await codeLensTitles(editor.document.uri), [], 'not checked before opting in');
      assert.deepEqual(ours(editor.document.uri), []);
      await vscode.commands.executeCommand('strategyLint.checkDocument');
      await diagnosticsWhere(editor.document.uri, hasRule('measurable-outcome'), 'findings once opted in');
    });
  });

  describe('fix all on save', () => {
    const editorSettings = () => vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    before(async () => {
      await editorSettings().update('codeActionsOnSave', { 'source.fixAll.strategy-lint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    });
    after(async () => {
      await editorSettings().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    });

    it('source.fixAll.strategy-lint makes the word-level fixes when the file is saved, and leaves sections and lists alone', async () => {
      const editor = await open('save-strategy.md');
      const original = editor.document.getText();
      await diagnosticsWhere(editor.document.uri, (ds) => hasRule('not-doing-section')(ds) && hasRule('measurable-outcome')(ds), 'fixable findings');
      // A real edit, so the save is a real one.
      await replaceLine(editor, 9, 'The board reviews progress every quarter and publishes it.');
      await vscode.commands.executeCommand('workbench.action.files.save');
      const saved = readFileSync(editor.document.uri.fsPath, 'utf8');
      assert.match(saved, /\nWe will use the portal to book clinics\.\n/, 'the words were fixed');
      const shape = (t: string) => t.split('\n').filter((l) => /^(#|- |\|)/.test(l));
      assert.deepEqual(shape(saved), shape(original), 'headings and list items are as they were');
      assert.match(saved, /publishes it\./, 'the edit was kept');
      assert.equal(editor.document.isDirty, false);
      await diagnosticsWhere(editor.document.uri, hasRule('not-doing-section'), 'not-doing-section waits for its own quick fix');
    });
  });

  describe('snippets', () => {
    it('the strategy skeleton snippet expands into every section', async () => {
      const uri = workspaceUri('new-strategy.md');
      await vscode.workspace.fs.writeFile(uri, new Uint8Array());
      const editor = await vscode.window.showTextDocument(uri);
      // The document reaches this host after the command returns: wait for the change itself.
      const changed = new Promise<void>((resolve) => {
        const sub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === editor.document && e.document.getText().length > 0) {
            sub.dispose();
            resolve();
          }
        });
      });
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Strategy skeleton' });
      await within('the snippet to reach the document', changed);
      const text = editor.document.getText();
      for (const heading of ['## Summary', '## Where we are now', '## What we will not do', '## How we will review this strategy']) {
        assert.ok(text.includes(`\n${heading}\n`), `${heading} in:\n${text}`);
      }
      assert.match(text, /^# Digital strategy 2025 to 2028\n/);
    });
  });

  describe('severity from settings and from the config file', () => {
    const rules = () => vscode.workspace.getConfiguration('strategyLint.rules');
    const severity = (rule: string, want: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === rule && d.severity === want);

    it('re-lints when a rule\'s severity changes in the settings', async () => {
      const { document } = await open('severity-strategy.md');
      await diagnosticsWhere(document.uri, severity('time-horizon', vscode.DiagnosticSeverity.Error), 'time-horizon as an error');
      await rules().update('time-horizon', 'warning', vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(document.uri, severity('time-horizon', vscode.DiagnosticSeverity.Warning), 'time-horizon as a warning after the setting changed');
      await rules().update('time-horizon', 'off', vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(document.uri, lacksRule('time-horizon'), 'time-horizon to go when turned off');
      await rules().update('time-horizon', undefined, vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(document.uri, severity('time-horizon', vscode.DiagnosticSeverity.Error), 'time-horizon back as an error');
    });

    it('re-lints when the config file changes', async () => {
      const { document } = await open('severity-strategy.md');
      await diagnosticsWhere(document.uri, severity('time-horizon', vscode.DiagnosticSeverity.Error), 'time-horizon as an error');
      const config = workspaceUri('.strategy-lint.json');
      await vscode.workspace.fs.writeFile(config, Buffer.from('{ "rules": { "time-horizon": "info" } }\n'));
      await diagnosticsWhere(document.uri, severity('time-horizon', vscode.DiagnosticSeverity.Information), 'time-horizon as information after the config file changed');
      await vscode.workspace.fs.writeFile(config, Buffer.from('{ "rules": { "time-horizon": { "maxYears": 10 } } }\n'));
      await diagnosticsWhere(document.uri, lacksRule('time-horizon'), 'time-horizon to go with maxYears 10');
      await vscode.workspace.fs.delete(config);
      await diagnosticsWhere(document.uri, severity('time-horizon', vscode.DiagnosticSeverity.Error), 'time-horizon back as an error once the file is gone');
    });
  });

  describe('a server that dies', () => {
    it('is restarted, and the output channel says so', async () => {
      const editor = await open(STRATEGY);
      await diagnosticsWhere(editor.document.uri, (ds) => ds.length > 0, 'diagnostics from the first server');
      const before = childProcesses('dist/server.js');
      assert.equal(before.length, 1, `one server process (found ${before.length})`);
      process.kill(before[0], 'SIGKILL');
      // A change only a live server can report: a ten-year horizon.
      await replaceLine(editor, 0, '# Digital strategy 2025 to 2035');
      await diagnosticsWhere(editor.document.uri, (ds) => ds.some((d) => /This horizon is 10 years/.test(d.message)), 'findings from the restarted server');
      const after = childProcesses('dist/server.js');
      assert.equal(after.length, 1);
      assert.notEqual(after[0], before[0], 'a new server process');
      assert.match(outputChannelText(), /stopped unexpectedly; restarting/);
    });
  });
});
