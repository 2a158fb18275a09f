// Structure recovered from converted text (structure.ts): bold and plain lines
// read as headings, "##01" lines, page numbers, running headers and contents
// pages left out of the prose, and sentences broken over lines joined up.
import { strict as assert } from 'node:assert';
import { buildDoc } from '../../server/src/core/model';
import { lines, lint } from '../helpers';

// A made-up council strategy as a PDF conversion leaves it: no Markdown headings.
const CONVERTED = [
  '**Riverside Council**',
  '**Digital Strategy**',
  '2025-2028',
  '**WHAT WE WILL NOT DO**',
  'We will not build our own',
  'payments platform, because the national one',
  'meets the need.',
  'We will not replace the library system this year.',
  'We will stop printing the annual report.',
  '4',
  'Digital Strategy',
  'Governance',
  'The Resident Services Committee owns this plan and reviews progress every quarter.',
].join('\n\n') + '\n';

const headings = (text: string) => buildDoc(text).sections.map((s) => `${s.level} ${s.heading.text} [${s.kinds.join(',')}]`);
const units = (text: string) => buildDoc(text).sentences.map((s) => s.text);

describe('structure recovered from converted text', () => {
  it('reads standalone bold lines and short plain lines before prose as headings, where the document has no Markdown headings', () => {
    assert.deepEqual(headings(CONVERTED), ['4 Riverside Council []', '4 Digital Strategy []', '4 WHAT WE WILL NOT DO [not-doing]', '5 Governance [ownership]']);
    assert.deepEqual(lint(CONVERTED, 'not-doing-section').findings, []);
    assert.deepEqual(lint(CONVERTED, 'ownership-section').findings, []);
  });

  it('leaves bold lines as emphasis beside real Markdown headings', () => {
    const text = '# Our strategy\n\n## Priorities\n\n**How we will do this**\n\nWe will publish the roadmap.\n\n## Review\n\nEvery year.\n';
    assert.deepEqual(headings(text), ['1 Our strategy []', '2 Priorities [priorities]', '2 Review [review]']);
  });

  it('reads a long "####Action" line, a sentence written as a heading, as a heading too', () => {
    const title = 'Action 7: Every library branch will move its booking onto the shared county system by March 2027, with the mobile libraries and the school library service following by March 2028';
    const text = `# Our strategy\n\n####${title}\n\nThe digital team will:\n\n- help each branch to move its bookings\n- run the old system until the last branch has moved\n`;
    assert.ok(title.length > 150);
    assert.deepEqual(headings(text), ['1 Our strategy []', `4 ${title} []`]);
    assert.deepEqual(lint(text, 'measurable-outcome').findings, []);
  });

  it('reads a "##03 Title" line, with no space after the hashes, as a heading at its level', () => {
    const text = '# Our strategy\n\n##03 What we will not do\nWe will not build an app.\n\n## Other\n\nText.\n';
    assert.deepEqual(headings(text), ['1 Our strategy []', '2 03 What we will not do [not-doing]', '2 Other []']);
    assert.deepEqual(units(text).slice(0, 3), ['Our strategy', '03 What we will not do', 'We will not build an app.']);
  });

  it('counts a statement at any heading level ("### We will not replace the national systems")', () => {
    const text = '# Plan 2025 to 2027\n\n## Choices\n\n### We will not replace the national systems\n\nThey meet our needs, and we will use them as they are.\n';
    assert.deepEqual(lint(text, 'not-doing-section').findings, []);
  });

  it('joins a sentence broken over lines, and leaves page numbers and running headers out of the prose', () => {
    const u = units(CONVERTED);
    assert.ok(u.includes('We will not build our own payments platform, because the national one meets the need.'), u.join(' | '));
    assert.ok(!u.includes('4'));
    assert.ok(!u.some((s) => s === 'Digital Strategy' && u.indexOf(s) > 3), 'the running header after the page number is left out');
  });

  it('leaves a contents page out of the prose', () => {
    const text = 'Contents\n\nWhat we will not do 4\n\nOur users 6\n\nHow we will review this plan ........ 9\n\nThis plan sets out what the council will change for residents by 2027.\n';
    assert.deepEqual(units(text), ['This plan sets out what the council will change for residents by 2027.']);
    assert.deepEqual(lines(text, lint(text, 'not-doing-section').findings).map((l) => l.split(' ').slice(1, 3).join(' ')), ['warning not-doing-section']);
  });

  it('does not join a sentence that has ended, or a bullet, to the next paragraph', () => {
    const text = 'We met the target.\n\nthe next line starts in lower case.\n\n• A bullet left by the conversion\n\nand more text.\n';
    assert.deepEqual(units(text), ['We met the target.', 'the next line starts in lower case.', 'A bullet left by the conversion', 'and more text.']);
  });

  it('reads "• item" paragraphs a conversion flattened as the items of one list', () => {
    const text = 'Our priorities are:\n\n• Halve waiting times for repairs.\n\n• Open two community hubs.\n\n3\n\n• Answer every call within a minute.\n\nThat is all.\n';
    const doc = buildDoc(text);
    assert.equal(doc.lists.length, 1);
    assert.deepEqual(doc.listItems.map((i) => i.text), ['Halve waiting times for repairs.', 'Open two community hubs.', 'Answer every call within a minute.']);
    assert.deepEqual(units(text), ['Our priorities are:', 'Halve waiting times for repairs.', 'Open two community hubs.', 'Answer every call within a minute.', 'That is all.']);
  });

  it('reads a parenthesis on a line of its own after a flattened bullet as the end of that item', () => {
    const text = 'Our priorities are:\n\n• Keep 9 in 10 new starters for a year or more.\n\n\\(2026/27 commitment\\)\n\n• Listen to staff and act on what they say.\n\nThat is all.\n';
    const doc = buildDoc(text);
    assert.equal(doc.lists.length, 1);
    assert.deepEqual(doc.listItems.map((i) => i.text), ['Keep 9 in 10 new starters for a year or more. (2026/27 commitment)', 'Listen to staff and act on what they say.']);
    assert.deepEqual(lint(text, 'measurable-outcome').findings.map((f) => f.message.slice(0, 30)), ['This outcome is measurable but', 'This outcome has no measure an']);
  });

  it('builds the same model however the converted text is cut', () => {
    const plain = (cutAfter?: number, split = true) => JSON.stringify(buildDoc(CONVERTED, { cutAfter, split, pieces: true }), (k, v) => (k === 'run' || k === 'chunks' ? undefined : v));
    assert.equal(plain(1), plain(undefined, false));
    assert.equal(plain(40), plain(undefined, false));
  });
});
