import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = 'passive-voice';

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[] }> = [
    {
      name: 'reports "be" with a past participle, regular or irregular, as information',
      text: '# Strategy\n\nThe system will be replaced by March. Staff were taught well.\n',
      expected: [
        '3:17 hint passive-voice "be replaced" is passive, so it does not say who acts. Name who will do it, if it matters.',
        '3:45 hint passive-voice "were taught" is passive, so it does not say who acts. Name who will do it, if it matters.',
      ],
    },
    { name: 'leaves adjectives such as "committed" and "based" alone', text: '# Strategy\n\nWe are committed to this. The team is based in Leeds.\n', expected: [] },
    { name: 'accepts the active voice', text: '# Strategy\n\nOur digital team will replace the system by March.\n', expected: [] },
    { name: 'ignores headings', text: '# What was learned\n\nWe learnt a lot.\n', expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE).findings), c.expected);
    });
  }

  it('summarises a long document with the rate per 1,000 words', () => {
    const text = '# Strategy\n\n' + Array.from({ length: 15 }, (_, i) => `Ward ${i + 1} was visited.`).join(' ') + '\n';
    const found = lint(text, RULE).findings;
    assert.equal(found.length, 11);
    assert.match(found[0].message, /^15 passive constructions \(about \d+ per 1,000 words\) leave out who acts\./);
  });

  it('rescans only the edited section and gives the same findings as a fresh analysis', () => {
    const before = '# Strategy\n\n## Wards\n\nThe wards were visited.\n\n## Records\n\nRecords will be kept.\n\n## Devices\n\nLaptops were bought.\n';
    const after = before.replace('The wards were visited.', 'The wards were visited and the nurses were asked.');
    const { again, scans, fresh, firstScans } = reanalyse(RULE, before, after);
    assert.equal(firstScans, 4);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings).map((l) => l.split(' hint ')[0]), ['5:11', '5:39', '9:14', '13:9']);
  });
});
