// Reading Word and PDF strategies: documents made here from a strategy written
// as blocks convert back to that strategy's Markdown, and get the same findings.
import { strict as assert } from 'node:assert';
import { convertBytes, placeAt, type Converted } from '../../server/src/convert/index';
import { NOW } from '../helpers';
import { analyze } from '../../server/src/core/index';
import { makeDocx, makePdf, STRATEGY, toMarkdown } from './make-docs';

// Taken when mocha loads this file, before any test has loaded PDF.js.
const builtins = () => [Array.prototype.push, Array.prototype.includes, Array.prototype.at, Promise.prototype.then, Object.freeze, Map.prototype.get, Set.prototype.has];
const BUILTINS_AT_LOAD = builtins();

const findings = (text: string) =>
  analyze(text, { now: NOW })
    .findings.map((f) => `${f.severity} ${f.ruleId} ${f.message}`)
    .sort();

const placeOf = (c: Converted, needle: string) => {
  const at = c.markdown.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is not in the converted text:\n${c.markdown}`);
  return placeAt(c, at);
};

describe('reading Word documents', () => {
  it('turns heading styles into headings and keeps lists as lists', async () => {
    const c = await convertBytes(await makeDocx(STRATEGY), 'strategy.docx', '.docx');
    assert.equal(c.markdown, toMarkdown(STRATEGY));
  });

  it('gives the same findings as the Markdown the document was made from', async () => {
    const c = await convertBytes(await makeDocx(STRATEGY), 'strategy.docx', '.docx');
    assert.ok(findings(toMarkdown(STRATEGY)).length > 0, 'the strategy should have something to find');
    assert.deepEqual(findings(c.markdown), findings(toMarkdown(STRATEGY)));
  });

  it('drops footnotes and comments, keeps an image as its alt text, and keeps a table as a table', async () => {
    const table = { header: ['Measure', 'Now', 'By 2027'], rows: [['Orders re-keyed', '40%', '10%'], ['Log-in time', '90 s', '10 s']] };
    const c = await convertBytes(await makeDocx(STRATEGY, { extras: true, table }), 'strategy.docx', '.docx');
    assert.doesNotMatch(c.markdown, /footnote|comment/i);
    assert.match(c.markdown, /\n\nA chart of orders re-keyed by month\n\n/);
    assert.match(c.markdown, /\| Measure +\| Now +\| By 2027 \|\n\| -+ \| -+ \| -+ \|\n\| Orders re-keyed \| 40% +\| 10% +\|\n/);
  });

  it('says which paragraph each part of the text came from', async () => {
    const c = await convertBytes(await makeDocx(STRATEGY), 'strategy.docx', '.docx');
    assert.deepEqual(placeOf(c, 'Where we are now'), { paragraph: 3 });
    assert.deepEqual(placeOf(c, 'Give every nurse'), { paragraph: 9 });
    assert.deepEqual(placeOf(c, 'The chief executive owns'), { paragraph: 17 });
  });
});

describe('reading PDF documents', () => {
  it('recovers headings, paragraphs, lists and reading order from a two-column board paper, leaving out the contents, running header and page numbers', async () => {
    const c = await convertBytes(await makePdf(STRATEGY), 'strategy.pdf', '.pdf');
    assert.equal(c.markdown, toMarkdown(STRATEGY));
    assert.ok(c.pages! >= 3, `the test document should run over several pages, not ${c.pages}`);
    assert.deepEqual(c.notes, ['left out the contents (page 1)']);
  });

  it('leaves the built-ins it found as they were (PDF.js polyfills would replace some for the whole process)', async () => {
    await convertBytes(await makePdf(STRATEGY), 'strategy.pdf', '.pdf');
    assert.deepEqual(builtins(), BUILTINS_AT_LOAD);
  });

  it('rejoins a word hyphenated at the end of a line', async () => {
    const c = await convertBytes(await makePdf(STRATEGY), 'strategy.pdf', '.pdf');
    assert.match(c.markdown, /interoperability/);
    assert.doesNotMatch(c.markdown, /interope-/);
  });

  it('reads a single-column layout too', async () => {
    const c = await convertBytes(await makePdf(STRATEGY, { columns: 1, size: 'A4' }), 'strategy.pdf', '.pdf');
    assert.equal(c.markdown, toMarkdown(STRATEGY));
  });

  it('gives the same findings as the Markdown the document was made from', async () => {
    const c = await convertBytes(await makePdf(STRATEGY), 'strategy.pdf', '.pdf');
    assert.deepEqual(findings(c.markdown), findings(toMarkdown(STRATEGY)));
  });

  it('says which page each part of the text came from', async () => {
    const c = await convertBytes(await makePdf(STRATEGY, { columns: 1 }), 'strategy.pdf', '.pdf');
    assert.deepEqual(placeOf(c, 'Digital strategy 2025'), { page: 2 });
    const pages = c.map.map((m) => m.place.page!);
    assert.deepEqual(
      pages,
      [...pages].sort((a, b) => a - b),
      'pages only go forwards',
    );
    assert.equal(pages[pages.length - 1], c.pages, 'the last section is on the last page');
    assert.ok(c.pages! > 2, `the single-column document should run over more than two pages, not ${c.pages}`);
  });
});
