// The LSP features over an analysis, in-process: hover text when findings
// pile up on one spot, and the disable comments' placement.
import { strict as assert } from 'node:assert';
import { analyze, applyEdits, RULES, scorecard, type Rule } from '../../server/src/core/index';
import { defineRule } from '../../server/src/core/rule';
import { positionedText, toDiagnostic } from '../../server/src/lsp/convert';
import { codeActions, disableFileEdits, disableLineEdits, hover, type Analysed } from '../../server/src/lsp/features';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { NOW } from '../helpers';

const onTitle = (n: number): Rule =>
  defineRule<Record<string, never>>({
    meta: { ...RULES.find((r) => r.meta.id === 'not-doing-section')!.meta, id: 'not-doing-section', options: {} },
    check({ doc, report }) {
      for (let i = 0; i < n; i++) report({ span: doc.title!.span, message: `Finding ${i + 1} on the title.` });
    },
  });

function analysed(text: string, rules: readonly Rule[] = RULES): Analysed {
  const analysis = analyze(text, { now: NOW, rules });
  return { uri: 'file:///s.md', version: 1, doc: positionedText('file:///s.md', text), analysis, card: scorecard(analysis, rules) };
}

describe('LSP features', () => {
  it('explains one or two findings in full; of three or more, the first in full and the rest in brief', () => {
    // An NHS text: the NHS examples stand (a general strategy's hover leaves them out, see profile-words.test.ts).
    const text = '# Strategy\n\nOur NHS patients and clinicians.\n';
    const value = (n: number) => (hover(analysed(text, [onTitle(n)]), { line: 0, character: 3 })!.contents as { value: string }).value;
    assert.equal(value(2).match(/What good looks like\./g)!.length, 2);
    assert.match(value(2), /```markdown/);
    const three = value(3);
    assert.equal(three.match(/Why it matters\./g)!.length, 3);
    assert.equal(three.match(/What good looks like\./g)!.length, 1);
    assert.equal(three.match(/\[Read the not-doing-section documentation\]/g)!.length, 3);
  });

  it('puts the finding under the pointer first, and shows each message once (none when the editor shows them)', () => {
    const text = '# We will utilise data: strategy\n\nText.\n';
    const a = analysed(text);
    const at = { line: 0, character: 12 };
    const value = (hover(a, at)!.contents as { value: string }).value;
    const first = value.split('\n---\n')[0];
    assert.match(first, /^\*\*words-to-avoid\*\*/, 'the word under the pointer comes before the title\'s missing sections');
    for (const f of a.analysis.findings.filter((x) => x.span.start <= 12 && 12 <= x.span.end)) assert.equal(value.split(f.message).length - 1, 1, f.message);
    const quiet = (hover(a, at, { withoutMessages: true })!.contents as { value: string }).value;
    for (const f of a.analysis.findings) assert.ok(!quiet.includes(f.message), f.message);
  });

  it('a word to avoid marked as a hint under its summary still explains itself on hover and offers its quick fix', () => {
    const text = '# Strategy\n\nWe will empower staff. Teams will utilise the tool, leverage the portal and tackle lists.\n';
    const a = analysed(text);
    const summary = a.analysis.findings.find((f) => f.ruleId === 'words-to-avoid' && f.data?.summary)!;
    assert.equal(toDiagnostic(a.doc, summary).severity, DiagnosticSeverity.Information);
    const at = text.indexOf('utilise');
    const index = a.analysis.findings.findIndex((f) => f.ruleId === 'words-to-avoid' && f.span.start === at);
    const use = a.analysis.findings[index];
    assert.equal(toDiagnostic(a.doc, use).severity, DiagnosticSeverity.Hint);
    const value = (hover(a, a.doc.positionAt(at + 2))!.contents as { value: string }).value;
    assert.ok(value.includes('"utilise" is on the GOV.UK style guide\'s list of words to avoid'), value);
    const span = { start: at, end: at + 'utilise'.length };
    const actions = codeActions(a, { span, diagnostics: [toDiagnostic(a.doc, use, { version: 1, index })] }, { documentChanges: false });
    const fix = actions.find((x) => x.title === 'Replace "utilise" with "use"');
    assert.ok(fix, actions.map((x) => x.title).join('\n'));
    assert.equal(fix.isPreferred, true);
  });

  it('disables for one line above the line, keeping its indentation', () => {
    const text = '# Strategy 2025 to 2035\n\n- Item\n  continued\n';
    const a = analysed(text, [onTitle(1)]);
    const f = { ...a.analysis.findings[0], span: { start: text.indexOf('continued'), end: text.indexOf('continued') + 9 } };
    assert.equal(applyEdits(text, disableLineEdits(a, f)), '# Strategy 2025 to 2035\n\n- Item\n  <!-- strategy-lint-disable-next-line not-doing-section -- [reason] -->\n  continued\n');
  });

  it('disables around a whole table, since a comment line inside would end it', () => {
    const text = '# Strategy\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\nAfter.\n';
    const a = analysed(text, [onTitle(1)]);
    const f = { ...a.analysis.findings[0], span: { start: text.indexOf('| 1'), end: text.indexOf('| 1') + 3 } };
    assert.equal(
      applyEdits(text, disableLineEdits(a, f)),
      '# Strategy\n\n<!-- strategy-lint-disable not-doing-section -- [reason] -->\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n<!-- strategy-lint-enable not-doing-section -->\n\nAfter.\n',
    );
  });

  it('disables for the file after the front matter, which then suppresses the finding', () => {
    const text = '---\ntitle: Plan\n---\n# Strategy 2025 to 2027\n\nText.\n';
    const a = analysed(text);
    const f = a.analysis.findings.find((x) => x.ruleId === 'not-doing-section')!;
    const fixed = applyEdits(text, disableFileEdits(a, f));
    assert.equal(fixed, '---\ntitle: Plan\n---\n<!-- strategy-lint-disable not-doing-section -- [reason] -->\n\n# Strategy 2025 to 2027\n\nText.\n');
    assert.ok(!analyze(fixed, { now: NOW }).findings.some((x) => x.ruleId === 'not-doing-section'));
  });
});
