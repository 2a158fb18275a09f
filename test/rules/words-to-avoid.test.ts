import { strict as assert } from 'node:assert';
import { applyEdits, fixAllEdits } from '../../server/src/core/index';
import { applyFix, lines, lint, position, reanalyse } from '../helpers';

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

  it('summarises instead of flooding a long document, marking the easiest to fix as hints', () => {
    const text = '# Strategy\n\n' + Array.from({ length: 30 }, (_, i) => `Team ${i + 1} will tackle backlogs.`).join('\n\n') + '\n';
    const findings = lint(text, RULE, { rules: { [RULE]: { limit: 5 } } }).findings;
    assert.equal(findings.length, 6);
    assert.equal(
      findings[0].message,
      'This document uses a word that the GOV.UK style guide asks writers to avoid, 30 times in all: "tackle" (30). Say what you will actually do instead. The 5 easiest to fix are marked as hints, with a suggested replacement where there is one.',
    );
    assert.deepEqual(findings.map((f) => f.severity), ['info', 'hint', 'hint', 'hint', 'hint', 'hint']);
  });

  it('leaves alone a listed word that ends a name mid-sentence, but not in a Title Case heading', () => {
    const text = '# Strategy\n\n## What We Will Transform\n\nEach team writes an Annual Learning Agenda and a Research Agenda, which the board reads.\n';
    assert.deepEqual(lines(text, lint(text, RULE).findings).map((l) => l.split(' ').slice(0, 3).join(' ')), ['3:17 info words-to-avoid']);
  });

  describe('one finding for a habit: a summary past three uses', () => {
    // Made-up text: six uses of four listed words, "empower" in three forms.
    const text = [
      '# Strategy',
      '',
      'We will empower ward staff to order tests.',
      '',
      'Empowered teams will utilise the new rota tool.',
      '',
      'Empowering carers means we must leverage the portal and tackle waiting lists.',
      '',
    ].join('\n');

    it('gives one visible finding that names each word once, with its count, most used first', () => {
      const findings = lint(text, RULE).findings;
      const visible = findings.filter((f) => f.severity !== 'hint');
      assert.equal(visible.length, 1);
      assert.equal(
        visible[0].message,
        'This document uses 4 words that the GOV.UK style guide asks writers to avoid, 6 times in all: "empower" (3), "utilise" (1), "leverage" (1) and "tackle" (1). Say what you will actually do instead. Each use is marked as a hint, with a suggested replacement where there is one.',
      );
      assert.deepEqual(visible[0].data, { summary: true, count: 6, marked: 6 });
      assert.equal(position(text, visible[0].span.start), '1:1', 'on the title, as a finding about the whole document');
    });

    it('marks every use as a hint that still offers its quick fix', () => {
      const hints = lint(text, RULE).findings.filter((f) => f.severity === 'hint');
      assert.deepEqual(hints.map((f) => text.slice(f.span.start, f.span.end)), ['empower', 'Empowered', 'utilise', 'Empowering', 'leverage', 'tackle']);
      for (const h of hints) assert.ok(h.fixes.length > 0, `a quick fix on "${text.slice(h.span.start, h.span.end)}"`);
      const utilise = hints.find((f) => text.slice(f.span.start, f.span.end) === 'utilise')!;
      assert.equal(applyFix(text, utilise).split('\n')[4], 'Empowered teams will use the new rota tool.');
    });

    it('"fix all" makes the same edits as when each use is its own finding', () => {
      const summarised = applyEdits(text, fixAllEdits(lint(text, RULE).findings));
      const oneByOne = applyEdits(text, fixAllEdits(lint(text, RULE, { rules: { [RULE]: { summaryOver: 1000 } } }).findings));
      assert.equal(summarised, oneByOne);
      assert.notEqual(summarised, text, 'fix all changed something ("utilise")');
    });

    it('keeps each use as its own information finding up to three uses, or up to the summaryOver option', () => {
      const three = '# Strategy\n\nWe will empower staff. Teams will utilise the tool and tackle lists.\n';
      assert.deepEqual(lint(three, RULE).findings.map((f) => f.severity), ['info', 'info', 'info']);
      const all = lint(text, RULE, { rules: { [RULE]: { summaryOver: 10 } } }).findings;
      assert.deepEqual(all.map((f) => f.severity), ['info', 'info', 'info', 'info', 'info', 'info']);
    });

    it('names the first eight words and counts the rest', () => {
      const words = ['leverage', 'tackle', 'utilise', 'facilitate', 'streamline', 'empower', 'liaise', 'initiate', 'collaborate', 'strengthen'];
      const many = '# Strategy\n\n' + words.map((w) => `We ${w} it.`).join(' ') + '\n';
      const [summary] = lint(many, RULE).findings;
      assert.match(summary.message, /^This document uses 10 words .*, 10 times in all: "leverage" \(1\), .*"initiate" \(1\) and 2 more\./);
    });
  });

  it('after an edit, scans only the chunk that changed and finds what a fresh analysis finds', () => {
    const before = '# Strategy\n\n## One\n\nWe will leverage data.\n\n## Two\n\nWe will use data.\n\n## Three\n\nGoing forward, staff utilise the portal.\n';
    const after = before.replace('We will use data.', 'We will utilise data.');
    const { again, scans, fresh } = reanalyse(RULE, before, after);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    // Four uses: a summary on the title, and each use as a hint.
    assert.deepEqual(lines(after, again.findings).map((l) => l.split(' ').slice(0, 2).join(' ')), ['1:1 info', '5:9 hint', '9:9 hint', '13:1 hint', '13:22 hint']);
    // The fixes in a chunk after the edit are placed in the edited text.
    assert.equal(applyFix(after, again.findings[again.findings.length - 1]), after.replace('Going forward, staff utilise', 'Going forward, staff use'));
  });
});
