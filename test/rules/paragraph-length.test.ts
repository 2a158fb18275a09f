import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = 'paragraph-length';

// The cases speak as an NHS trust and cite NHS guidance, so they are read with the nhs profile
// (test/core/profile-words.test.ts has the general profile's words).
const NHS = { profile: 'nhs' };

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: 'reports a paragraph of four sentences on its first sentence',
      text: '# Strategy\n\nWe have a network. It reaches every ward. Staff log in anywhere. It is fast.\n\nShort one. Two.\n',
      expected: ['3:1 hint paragraph-length This paragraph has 4 sentences. NHS writing guidance suggests no more than 3: split it where the subject changes, or use a list.'],
    },
    { name: 'accepts paragraphs of three sentences', text: '# Strategy\n\nWe have a network. It reaches every ward. Staff log in anywhere.\n', expected: [] },
    { name: 'does not count abbreviations as sentence ends', text: '# Strategy\n\nWe use e.g. laptops. Dr. Smith leads. It works.\n', expected: [] },
    { name: 'the limit is tunable', text: '# Strategy\n\nOne thing. Two things. Three things. Four things.\n', expected: [], config: { rules: { [RULE]: { maxSentences: 4 } } } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, { ...NHS, ...c.config }).findings), c.expected);
    });
  }

  it('scans again only the section that changed, with the same findings as a fresh analysis', () => {
    const before = '# Strategy\n\n## Where we are now\n\nWe have a network. It reaches every ward. Staff log in anywhere. It is fast.\n\n## What we will do\n\nWe will buy laptops. Staff will use them.\n';
    const after = before.replace('Staff will use them.', 'Staff will use them. Wards will share them. Nobody will wait.');
    const { again, scans, fresh, firstScans } = reanalyse(RULE, before, after, NHS);
    assert.equal(firstScans, 3);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings), [
      '5:1 hint paragraph-length This paragraph has 4 sentences. NHS writing guidance suggests no more than 3: split it where the subject changes, or use a list.',
      '9:1 hint paragraph-length This paragraph has 4 sentences. NHS writing guidance suggests no more than 3: split it where the subject changes, or use a list.',
    ]);
  });
});
