// Documents built to hurt: past the size limit, and front matter that would
// exhaust the YAML parser. Analysis answers quickly with a clear finding.
import { strict as assert } from 'node:assert';
import { analyze, buildDoc, defaultConfig, RULES } from '../../server/src/core/index';
import { configWith, lines, NOW } from '../helpers';

describe('hostile documents', () => {
  it('a document over maxDocumentSize gets one finding saying so, and no other rule runs', () => {
    const config = configWith({ maxDocumentSize: 1000 });
    const text = '# Digital strategy 2025 to 2040\n\n' + 'We will leverage AI. '.repeat(60);
    const a = analyze(text, { config, now: NOW });
    assert.deepEqual(lines(text, a.findings), [
      `1:1 warning document-too-large This document is ${text.length.toLocaleString('en-GB')} characters, more than the 1,000 strategy-lint checks (the maxDocumentSize setting), so no other check ran. Split it into smaller files, or raise maxDocumentSize.`,
    ]);
    assert.deepEqual(a.findings[0].span, { start: 0, end: '# Digital strategy 2025 to 2040'.length });
    assert.equal(a.doc.sections.length, 0);
  });

  it('a document at the limit is analysed in full', () => {
    const config = configWith({ maxDocumentSize: 1000 });
    const text = ('# Digital strategy 2025 to 2040\n\n' + 'x'.repeat(1000)).slice(0, 1000);
    const ids = analyze(text, { config, now: NOW }).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('time-horizon') && !ids.includes('document-too-large'), ids.join(', '));
  });

  it('the size finding can be switched off like any rule, leaving no findings at all', () => {
    const config = configWith({ maxDocumentSize: 1000, rules: { 'document-too-large': 'off' } });
    assert.deepEqual(analyze('x'.repeat(1001), { config, now: NOW }).findings, []);
  });

  it('the default limit is two million characters', () => {
    assert.equal(defaultConfig(RULES).maxDocumentSize, 2_000_000);
  });

  it('front matter that would exhaust the YAML parser is refused with a reason, and the rest of the document is read', () => {
    const text = '---\n' + '- '.repeat(40_000) + '\n---\n\n# Strategy\n\n## What we will not do\n\nWe will not build an app.\n';
    const doc = buildDoc(text);
    assert.match(doc.frontMatter?.error ?? '', /front matter not read: it is nested too deeply to read/);
    assert.deepEqual(doc.sections.map((s) => s.heading.text), ['Strategy', 'What we will not do']);
  });

  it('a YAML alias bomb in front matter is refused, not expanded', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefgh'[i]).join(', ')}]`)].join('\n');
    const doc = buildDoc(`---\n${bomb}\n---\n# Strategy\n`);
    assert.equal(doc.frontMatter?.data, null);
    assert.match(doc.frontMatter?.error ?? '', /alias/i);
  });
});
