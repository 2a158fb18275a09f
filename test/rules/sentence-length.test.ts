import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = 'sentence-length';
const S27 = 'We will replace the patient administration system so that staff in every ward and clinic can see the information they need at the moment they need it.';
const S37 = 'We will replace the patient administration system so that staff in every ward and clinic across all our hospital sites and community services can see the information that they need at the moment they need it most.';

// The cases speak as an NHS trust and cite NHS guidance, so they are read with the nhs profile
// (test/core/profile-words.test.ts has the general profile's words).
const NHS = { profile: 'nhs' };

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: 'warns on a sentence over 25 words, citing the NHS 20-word guidance',
      text: `# Strategy\n\n${S27}\n`,
      expected: ['3:1 hint sentence-length This sentence has 27 words. NHS writing guidance suggests up to 20 words. Over 25 words, most readers lose the thread: try splitting it.'],
    },
    {
      name: 'gives an error over 35 words',
      text: `# Strategy\n\n${S37}\n`,
      expected: ['3:1 info sentence-length This sentence has 37 words. NHS writing guidance suggests up to 20 words. Over 35 words, most readers lose the thread: try splitting it.'],
    },
    {
      name: 'joins soft-wrapped lines before counting',
      text: `# Strategy\n\n${S27.replace(/ so that /, '\nso that\n')}\n`,
      expected: ['3:1 hint sentence-length This sentence has 27 words. NHS writing guidance suggests up to 20 words. Over 25 words, most readers lose the thread: try splitting it.'],
    },
    { name: 'accepts short sentences', text: '# Strategy\n\nWe will replace the patient administration system. Staff will see what they need.\n', expected: [] },
    { name: 'the general profile allows 30 words', text: `# Strategy\n\n${S27}\n`, expected: [], config: { profile: 'general' } },
    {
      name: 'the general profile chosen in front matter names plain English guidance instead',
      text: `---\nstrategy-lint:\n  profile: general\n---\n# Strategy\n\n${S37}\n`,
      expected: ['7:1 hint sentence-length This sentence has 37 words. Plain English guidance, such as the GOV.UK style guide, suggests up to 25 words. Over 30 words, most readers lose the thread: try splitting it.'],
    },
    { name: 'the limits are tunable', text: `# Strategy\n\n${S27}\n`, expected: [], config: { rules: { [RULE]: { warnOver: 30 } } } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, { ...NHS, ...c.config }).findings), c.expected);
    });
  }

  it('summarises a document with many long sentences and marks only the longest', () => {
    const body = Array.from({ length: 12 }, (_, i) => `${S27} And ${'then '.repeat(i)}more.`.replace('. And', ' and')).join('\n\n');
    const text = `# Strategy\n\n${body}\n`;
    const found = lines(text, lint(text, RULE, { ...NHS, rules: { [RULE]: { limit: 3 } } }).findings);
    assert.equal(found.length, 4);
    assert.match(found[0], /^1:1 info sentence-length 12 sentences \(100%\) are over 25 words, and 12 over the 20 words to aim for\. .* The 3 longest are marked as hints\.$/);
    // The three longest are the last three paragraphs.
    assert.deepEqual(found.slice(1).map((l) => l.split(' ')[0]), ['21:1', '23:1', '25:1']);
  });

  it('under a summary, the marked sentences are hints, even those over 35 words: the summary is the one finding a reader sees', () => {
    const body = Array.from({ length: 12 }, (_, i) => (i % 2 ? S37 : S27)).join('\n\n');
    const text = `# Strategy\n\n${body}\n`;
    const findings = lint(text, RULE, { ...NHS, rules: { [RULE]: { limit: 4 } } }).findings;
    const visible = findings.filter((f) => f.severity !== 'hint');
    assert.equal(visible.length, 1);
    assert.match(visible[0].message, /^12 sentences \(100%\) are over 25 words/);
    assert.deepEqual(visible[0].data, { summary: true, count: 12, marked: 4 });
    const marked = findings.filter((f) => f.severity === 'hint');
    assert.equal(marked.length, 4);
    // The longest are marked, each with its own length.
    for (const f of marked) assert.match(f.message, /^This sentence has 37 words\./);
  });

  it('with no more long sentences than the limit, gives no summary and marks those over 35 words as information', () => {
    const text = `# Strategy\n\n${S37}\n\n${S37}\n\n${S27}\n`;
    const found = lines(text, lint(text, RULE, NHS).findings).map((l) => l.split(' ').slice(0, 2).join(' '));
    assert.deepEqual(found, ['3:1 info', '5:1 info', '7:1 hint']);
  });

  it('scans again only the section that changed, with the same findings as a fresh analysis', () => {
    const before = `# Strategy\n\n## Where we are now\n\n${S27}\n\n## What we will do\n\nWe will buy laptops. Staff will use them.\n`;
    const after = before.replace('Staff will use them.', S37);
    const { again, scans, fresh, firstScans } = reanalyse(RULE, before, after, NHS);
    assert.equal(firstScans, 3);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(again.evidence, fresh.evidence);
    assert.deepEqual(lines(after, again.findings), [
      '5:1 hint sentence-length This sentence has 27 words. NHS writing guidance suggests up to 20 words. Over 25 words, most readers lose the thread: try splitting it.',
      '9:22 info sentence-length This sentence has 37 words. NHS writing guidance suggests up to 20 words. Over 35 words, most readers lose the thread: try splitting it.',
    ]);
  });
});
