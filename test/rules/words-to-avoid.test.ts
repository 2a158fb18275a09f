import { strict as assert } from 'node:assert';
import { applyEdits, fixAllEdits } from '../../server/src/core/index';
import { applyFix, lines, lint, reanalyse } from '../helpers';

const RULE = 'words-to-avoid';

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[] }> = [
    {
      name: 'reports a word on the GOV.UK list, with the plain alternatives',
      text: '# Strategy\n\nWe will leverage the new network.\n',
      expected: ['3:9 info words-to-avoid "leverage" is on the GOV.UK style guide\'s list of words to avoid: plainer unless you mean borrowing money. Try "use" or "build on".'],
    },
    {
      name: 'reports metaphors such as "drive" and "going forward"',
      text: '# Strategy\n\nGoing forward, this will drive change.\n',
      expected: [
        '3:1 info words-to-avoid "Going forward" is on the GOV.UK style guide\'s list of words to avoid: usually adds nothing; say when, or leave it out. Try "in future".',
        '3:26 info words-to-avoid "drive" is on the GOV.UK style guide\'s list of words to avoid: a metaphor: say what will actually happen. Try "lead to" or "cause" or "encourage".',
      ],
    },
    {
      name: 'accepts the guide\'s exceptions: deploying software, foster care, counter fraud, a key that unlocks',
      text: '# Strategy\n\nWe will deploy the new software in May. We will recruit foster carers. Our counter fraud team is small. The key to success is training.\n',
      expected: [],
    },
    {
      name: 'reports "deliver" only with an abstract object',
      text: '# Strategy\n\nWe deliver meals to wards. We will deliver improvements to care.\n',
      expected: ['3:36 info words-to-avoid "deliver" is on the GOV.UK style guide\'s list of words to avoid: things such as post and services are delivered; improvements and priorities are not, so say what you will actually do. Try "make" or "achieve" or "provide".'],
    },
    {
      name: 'reports "key" as an adjective but not in "key workers"',
      text: '# Strategy\n\nOur key aims are clear. Key workers get priority.\n',
      expected: ['3:5 info words-to-avoid "key" is on the GOV.UK style guide\'s list of words to avoid: as an adjective it is overused: say why the thing matters, or leave it out. Try "main" or "important".'],
    },
    {
      name: 'understands American spelling ("utilize")',
      text: '# Strategy\n\nStaff utilize the portal.\n',
      expected: ['3:7 info words-to-avoid "utilize" is on the GOV.UK style guide\'s list of words to avoid: "use" says the same thing. Try "use".'],
    },
    {
      name: 'leaves names alone ("our Transforming Care programme")',
      text: '# Strategy\n\nThis supports our Transforming Care programme.\n',
      expected: [],
    },
    {
      name: 'respects the allow option',
      text: '# Strategy\n\nWe will tackle waiting lists.\n',
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const config = c.name.includes('allow option') ? { rules: { [RULE]: { allow: ['tackle'] } } } : {};
      assert.deepEqual(lines(c.text, lint(c.text, RULE, config).findings), c.expected);
    });
  }

  it('applying the preferred fix puts in the plain word, keeping the capital letter', () => {
    const text = '# Strategy\n\nIn order to help, staff utilise the portal.\n';
    let fixed = text;
    for (let i = 0; i < 2; i++) fixed = applyFix(fixed, lint(fixed, RULE).findings[0]);
    assert.equal(fixed, '# Strategy\n\nTo help, staff use the portal.\n');
    assert.deepEqual(lint(fixed, RULE).findings, []);
  });

  it('offers each alternative for a metaphor as its own fix', () => {
    const text = '# Strategy\n\nWe will tackle waiting lists.\n';
    const [f] = lint(text, RULE).findings;
    assert.deepEqual(f.fixes.map((x) => x.title), ['Replace "tackle" with "solve"', 'Replace "tackle" with "deal with"', 'Replace "tackle" with "stop"']);
    assert.equal(applyFix(text, f, 'Replace "tackle" with "deal with"'), '# Strategy\n\nWe will deal with waiting lists.\n');
  });

  it('"fix all" applies the one-word replacements but leaves metaphors for the writer to reword', () => {
    const text = '# Strategy\n\nWe will utilise the portal and transform our services.\n';
    const fixed = applyEdits(text, fixAllEdits(lint(text, RULE).findings));
    assert.equal(fixed, '# Strategy\n\nWe will use the portal and transform our services.\n');
  });

  it('summarises instead of flooding a long document', () => {
    const text = '# Strategy\n\n' + Array.from({ length: 30 }, (_, i) => `Team ${i + 1} will tackle backlogs.`).join('\n\n') + '\n';
    const findings = lint(text, RULE, { rules: { [RULE]: { limit: 5 } } }).findings;
    assert.equal(findings.length, 6);
    assert.match(findings[0].message, /^30 uses of words the GOV\.UK style guide asks writers to avoid \(most often "tackle" 30\)/);
  });

  it('after an edit, scans only the chunk that changed and finds what a fresh analysis finds', () => {
    const before = '# Strategy\n\n## One\n\nWe will leverage data.\n\n## Two\n\nWe will use data.\n\n## Three\n\nGoing forward, staff utilise the portal.\n';
    const after = before.replace('We will use data.', 'We will utilise data.');
    const { again, scans, fresh } = reanalyse(RULE, before, after);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings).map((l) => l.split(' ')[0]), ['5:9', '9:9', '13:1', '13:22']);
    // The fixes in a chunk after the edit are placed in the edited text.
    assert.equal(applyFix(after, again.findings[again.findings.length - 1]), after.replace('Going forward, staff utilise', 'Going forward, staff use'));
  });
});
