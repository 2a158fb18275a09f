// A lone CR ends a line in the core itself (issue 17), whoever calls it: the command line
// and the server used to turn lone CRs into LFs before calling the core, and another caller
// that did not got every directive, heading and paragraph break after the first line wrong.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyEdits, buildDoc } from '../../server/src/core/index';
import { lfLines, lineIndex } from '../../server/src/core/lines';

const strategy = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'weak-digital-strategy.md'), 'utf8');
const cr = (t: string) => t.replace(/\r?\n/g, '\r');
const brief = (t: string) =>
  analyze(t, { now: new Date('2025-06-01T00:00:00Z') }).findings.map((f) => ({ ruleId: f.ruleId, span: f.span, message: f.message, fixes: f.fixes.map((x) => x.edits.map((e) => [e.start, e.end])) }));

describe('core: a lone CR ends a line', () => {
  it('reads a lone CR as an LF of the same length, and leaves other texts alone', () => {
    assert.equal(lfLines('a\rb\r\nc\n'), 'a\nb\r\nc\n');
    const t = 'no lone CR\r\n';
    assert.equal(lfLines(t), t);
  });

  it('gives a document whose lines end in lone CRs the findings, at the same offsets, of the same document with LFs', () => {
    const lf = brief(strategy);
    assert.ok(lf.length > 10);
    assert.deepEqual(brief(cr(strategy)), lf);
  });

  it('finds the headings, sections and paragraphs of a CR document', () => {
    const text = '# Digital strategy\r\rWe will replace the booking system.\r\r## Our priorities\r\r- Online forms\r- Shorter waits\r';
    const doc = buildDoc(text);
    assert.deepEqual(
      doc.sections.map((s) => s.heading.text),
      ['Digital strategy', 'Our priorities'],
    );
    assert.equal(doc.listItems.length, 2);
    assert.equal(doc.paragraphs.length, 1);
  });

  it('applies a disable-next-line comment to the line after it when lines end in lone CRs', () => {
    const body = '# Digital strategy\n\n<!-- strategy-lint-disable-next-line words-to-avoid -- a quote -->\nWe will leverage our data.\n\nWe will leverage our staff.\n';
    const lines = (t: string) => {
      const ix = lineIndex(t);
      return analyze(t)
        .findings.filter((f) => f.ruleId === 'words-to-avoid')
        .map((f) => ix.position(f.span.start).line);
    };
    assert.deepEqual(lines(body), [6]);
    assert.deepEqual(lines(cr(body)), [6]);
  });

  it('keeps a fix that starts a line just after a lone CR from joining it into one CRLF', () => {
    // "```" then a lone CR ends the text: a section added after it starts with an LF, which would make CR LF a single line break.
    const text = '# Digital strategy\r\r<div>\r```\r';
    const missing = analyze(text).findings.find((f) => f.ruleId === 'not-doing-section');
    assert.ok(missing?.fixes[0]);
    const fixed = applyEdits(text, missing.fixes[0].edits);
    assert.deepEqual(
      analyze(fixed).findings.filter((f) => f.ruleId === 'not-doing-section'),
      [],
      JSON.stringify(fixed),
    );
  });
});
