import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = 'readability';
const HARD = 'Comprehensive interoperability capabilities will facilitate organisational integration across multidisciplinary communities.';
const EASY = 'We will fix the wifi so staff can log in fast.';

// The cases speak as an NHS trust and cite NHS guidance, so they are read with the nhs profile
// (test/core/profile-words.test.ts has the general profile's words).
const NHS = { profile: 'nhs' };

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: 'reports a hard document with its SMOG grade',
      text: `# Strategy\n\n${Array(10).fill(HARD).join(' ')}\n`,
      expected: ['1:1 info readability The document\'s SMOG reading grade is 18.6 (81 long words over 11 sentences). Above 14, most readers struggle, by NHS guidance on written information.'],
    },
    {
      name: 'reports a hard section, with the document\'s grade for comparison, even when the whole is fine',
      text: `# Strategy\n\n## Context\n\n${Array(10).fill(HARD).join(' ')}\n\n## Plan\n\n${Array(10).fill(EASY).join(' ')}\n`,
      expected: ['3:1 info readability This section\'s SMOG reading grade is 18.5 (the document\'s is 13.8). Above 14, most readers struggle: use shorter words and sentences.'],
    },
    { name: 'accepts plain text', text: `# Strategy\n\n${Array(12).fill(EASY).join(' ')}\n`, expected: [] },
    { name: 'does not grade a text too short to be reliable', text: `# Strategy\n\n${HARD}\n`, expected: [] },
    { name: 'the threshold is tunable', text: `# Strategy\n\n${Array(10).fill(HARD).join(' ')}\n`, expected: [], config: { rules: { [RULE]: { maxGrade: 25 } } } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, { ...NHS, ...c.config }).findings), c.expected);
    });
  }

  it('counts headings and list items as sentences, as if each ended with a full stop', () => {
    const items = Array.from({ length: 12 }, () => '- Comprehensive interoperability capabilities').join('\n');
    const asList = lint(`# Strategy\n\n${items}\n`, RULE, { rules: { [RULE]: { maxGrade: 10 } } }).findings;
    // 12 items and the title are 13 sentences; each item has three long words, and "Strategy" is one more.
    assert.match(asList[0].message, /\(37 long words over 13 sentences\)/);
  });

  it('records the document grade as evidence when it is within the threshold', () => {
    const a = lint(`# Strategy\n\n${Array(12).fill(EASY).join(' ')}\n`, RULE);
    assert.deepEqual(a.evidence.map((e) => e.label), ['SMOG reading grade 4.7 for the document']);
  });

  it('after an edit, scans only the chunk that changed and finds what a fresh analysis finds', () => {
    const before = `# Strategy\n\n## Context\n\n${Array(10).fill(HARD).join(' ')}\n\n## Plan\n\n${Array(10).fill(EASY).join(' ')}\n\n### Detail\n\n${EASY}\n`;
    const after = before.replace(Array(10).fill(EASY).join(' '), Array(10).fill(HARD).join(' '));
    const { first, again, scans, fresh } = reanalyse(RULE, before, after);
    assert.deepEqual(lines(before, first.findings).map((l) => l.split(' ')[0]), ['3:1']);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(again.evidence, fresh.evidence);
    assert.deepEqual(lines(after, again.findings).map((l) => l.split(' ')[0]), ['1:1', '3:1', '7:1']);
  });
});
