// Failures the fuzzer found, each kept as a named case so it stays fixed.
// Every case also goes through all the fuzz properties.
import { strict as assert } from 'node:assert';
import { analyze, applyEdits, buildDoc } from '../../server/src/core/index';
import { splitChunks } from '../../server/src/core/parse';
import { sentenceSpan } from '../../server/src/core/text';
import { applyFix, lines, lint } from '../helpers';
import { checkCache, checkChunks, checkDocument, newCounts } from './properties';

function allProperties(text: string): void {
  checkDocument(text, newCounts());
}

describe('fuzz regressions', () => {
  it('a section inserted after an unclosed code fence closes the fence first, so it is a real section', () => {
    const text = '# Strategy\n\n```\nsome code';
    const [f] = lint(text, 'not-doing-section').findings;
    const fixed = applyFix(text, f);
    assert.match(fixed, /some code\n```\n\n## What we will not do\n/);
    assert.deepEqual(lint(fixed, 'not-doing-section').findings, []);
    allProperties('```');
  });

  it('a section inserted after an unclosed HTML comment closes the comment first', () => {
    const text = '# Strategy\n\n<!--\nnotes';
    const fixed = applyFix(text, lint(text, 'not-doing-section').findings[0]);
    assert.match(fixed, /notes\n-->\n\n## What we will not do\n/);
    assert.deepEqual(lint(fixed, 'not-doing-section').findings, []);
  });

  it('an indented line that merely starts with "<" does not stop an unclosed comment below it from being closed', () => {
    const text = '# Strategy\n\n <.\n<!--\nwe';
    const fixed = applyFix(text, lint(text, 'not-doing-section').findings[0]);
    assert.match(fixed, /we\n-->\n\n## What we will not do\n/);
    allProperties('    \r <.\n<!--\nwe');
  });

  it('a fence inside an HTML block is HTML, so nothing is closed before an inserted section', () => {
    const text = '# Strategy\n\n<div>\n```\n';
    const fixed = applyFix(text, lint(text, 'not-doing-section').findings[0]);
    assert.doesNotMatch(fixed, /```\n```/);
    assert.deepEqual(lint(fixed, 'not-doing-section').findings, []);
    allProperties('<div>\r\0\r\n```\r');
  });

  it('an unclosed comment indented by one space outside any list is closed before an inserted section', () => {
    const text = '# Strategy\n\n <!-- notes\nwe';
    const fixed = applyFix(text, lint(text, 'not-doing-section').findings[0]);
    assert.match(fixed, /we\n-->\n\n## What we will not do\n/);
    assert.deepEqual(lint(fixed, 'not-doing-section').findings, []);
    allProperties('\r <!-- we\nwe');
    allProperties('* \r <!-- we\nwe');
  });

  it('an indented comment that may sit in a list item is left alone', () => {
    const text = '# Strategy\n\n- item\n\n  <!-- notes\nwe';
    const fixed = applyFix(text, lint(text, 'not-doing-section').findings[0]);
    assert.doesNotMatch(fixed, /-->/);
  });

  it('old Mac line endings (a lone CR) end lines when looking for an unclosed comment', () => {
    allProperties('---\rtitle: Digital strategy\r[ref]: http://x.test\r<!--\rwe');
  });

  it('the outcomes table replacing a list keeps a blank line from the list before it', () => {
    const text = '# Strategy\n\n## Outcomes\n\n- we\n1. improve the care we give\n';
    const f = lint(text, 'measurable-outcome').findings.find((x) => x.fixes.length)!;
    const fixed = applyFix(text, f);
    assert.match(fixed, /- we\n\n\| Outcome \| Metric/);
    assert.deepEqual(lines(fixed, lint(fixed, 'measurable-outcome').findings).filter((l) => l.includes('improve the care')), []);
    allProperties('---\ntitle: Digital strategy\n# we. outcomes we.\nwe.\n- we\n1. we we we we');
  });

  it('offsets in a document that starts with a byte order mark point at the right characters', () => {
    const text = '\ufeff# Strategy 2025 to 2040\n';
    const f = analyze(text, { now: new Date('2025-06-01') }).findings.find((x) => x.ruleId === 'time-horizon')!;
    assert.equal(text.slice(f.span.start, f.span.end), '2025 to 2040');
    const doc = buildDoc('\ufeff> we\n# we.');
    assert.equal(doc.text.slice(doc.sections[0].heading.span.start, doc.sections[0].heading.span.end), '# we.');
    checkChunks('\ufeff> we\n# we.');
  });

  it('a byte order mark before a code fence or front matter does not let the chunker cut inside them', () => {
    checkChunks('\ufeff```\n# we. we.');
    checkChunks('\ufeff---\n# we\n---');
  });

  it('an unclosed front matter fence at the start does not turn every later list into a paragraph', () => {
    const text = '---\ntitle: Digital strategy\n\n# Strategy\n\n## Outcomes\n\n- Improve patient experience of booking\n';
    assert.equal(buildDoc(text).listItems.length, 1);
    checkChunks(text);
    assert.equal(applyEdits(text, []), text);
  });

  it('a fence or comment left open inside a list item stops the chunker cutting, as the heading after it closes the item', () => {
    const text = '## Priorities\n\n1. Replace the PAS\n2. ```Roll out e-prescribing\n\n## What we will not do\n\nWe will not build an app.\n';
    assert.deepEqual(splitChunks(text), [0]);
    checkChunks(text);
    checkChunks('- <!-- notes\n\n## Next\n');
    checkChunks('- a\n  - ```\n\n## Next\n');
    // An autolink in a list item is not HTML, so cutting goes on.
    assert.deepEqual(splitChunks('## A\n\n- <https://example.org>\n\n## B\n'), [0, 31]);
  });

  it('a line holding only a byte order mark or a no-break space is not blank, so the chunker does not cut the paragraph there', () => {
    checkChunks('we\n\ufeff\nwe');
    checkChunks('we\n\u00a0\nwe');
    checkChunks('```\nx\n```\u00a0\n# not a heading\n```\n# A\n');
  });

  it('thousands of quote or list markers on one line do not overflow the stack: past 32 levels the rest reads as text', () => {
    for (const marker of ['> ', '>', '- ', '1. ']) {
      const text = `# Strategy\n\n${marker.repeat(5000)}We will not build an app.\n`;
      const a = analyze(text, { now: new Date('2025-06-01'), throwOnRuleError: true });
      assert.equal(a.errors.length, 0);
      allProperties(text);
    }
  });

  it('text that GFM turns into a link after a "[" (left without positions) keeps its place, however the text is cut', () => {
    const text = 'we [ http://x.test/a?b=c\nsynergy we';
    const doc = buildDoc(text);
    const words = doc.sentences.flatMap((s) => [...s.text.matchAll(/synergy|http\S+/g)].map((m) => text.slice(sentenceSpan(s, m.index, m.index + m[0].length).start, sentenceSpan(s, m.index, m.index + m[0].length).end)));
    assert.deepEqual(words, ['http://x.test/a?b=c', 'synergy']);
    checkCache('---\ntitle: Digital strategy\n---\n' + text, '---\n\ntitle: Digital strategy\n---\n' + text);
  });
});
