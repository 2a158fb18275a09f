import { strict as assert } from 'node:assert';
import { analyze, applyEdits, fixAllEdits, ChunkCache, ruleById, type Rule } from '../../server/src/core/index';
import { applyFix, configWith, lines, lint, NOW, only } from '../helpers';

const RULE = 'undefined-acronym';

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: 'reports an abbreviation never spelt out, once, at its first use',
      text: '# Strategy\n\nWe will replace PACS in 2026. PACS is old.\n',
      expected: ['3:17 info undefined-acronym "PACS" is not spelt out. Write it in full the first time, followed by "(PACS)", or add it to a glossary.'],
    },
    {
      name: 'reports one used before it is spelt out further down',
      text: '# Strategy\n\nWe will replace PACS in 2026.\n\nA picture archiving and communication system (PACS) stores images.\n',
      expected: ['3:17 info undefined-acronym "PACS" is used here before it is spelt out further down. Spell it out at its first use.'],
    },
    { name: 'accepts one spelt out at its first use', text: '# Strategy\n\nOur picture archiving and communication system (PACS) is old. PACS fails.\n', expected: [] },
    { name: 'accepts the abbreviation first with its words in brackets', text: '# Strategy\n\nOur PACS (picture archiving and communication system) is old.\n', expected: [] },
    { name: 'accepts one listed in a glossary section', text: '# Strategy\n\nWe will replace PACS in 2026.\n\n## Glossary\n\n- PACS: picture archiving and communication system\n', expected: [] },
    { name: 'accepts one in the config acronyms list', text: '# Strategy\n\nWe will replace PACS in 2026.\n', expected: [], config: { acronyms: ['PACS'] } },
    { name: 'the nhs profile knows NHS, ICB and EPR', text: '# Strategy\n\nThe NHS, our ICB and the EPR team agree.\n', expected: [] },
    {
      name: 'the general profile does not',
      text: '# Strategy\n\nOur ICB and EPR work well.\n',
      config: { profile: 'general' },
      expected: [
        '3:5 info undefined-acronym "ICB" is not spelt out. Write it in full the first time, followed by "(ICB)", or add it to a glossary.',
        '3:13 info undefined-acronym "EPR" is not spelt out. Write it in full the first time, followed by "(EPR)", or add it to a glossary.',
      ],
    },
    { name: 'ignores headings, Roman numerals, shouted text and bold capitals', text: '# PACS plan\n\nPart II. WE WILL DO THIS NOW. The **CORE** idea.\n', expected: [] },
    {
      name: 'the organisation\'s own initials count as defined when its name is written out in the title',
      text: '# Brackley Vale Hospitals NHS Trust digital strategy\n\nBVHT will replace PACS in 2026.\n',
      expected: ['3:19 info undefined-acronym "PACS" is not spelt out. Write it in full the first time, followed by "(PACS)", or add it to a glossary.'],
    },
    {
      name: 'so do the initials of the body the document names as its owner',
      text: '# Digital strategy\n\nThe Wessex Care Partnership Board owns this strategy. WCPB meets monthly.\n',
      expected: [],
    },
    {
      name: 'a title that uses the initials counts them as defined when the name is written out anywhere',
      text: '# WRN digital plan\n\nThis plan is from the Wessex Records Network.\n\nWRN will publish it.\n',
      expected: [],
    },
    {
      name: 'but not when the name is never written out',
      text: '# WRN digital plan\n\nWRN will publish it.\n',
      expected: ['3:1 info undefined-acronym "WRN" is not spelt out. Write it in full the first time, followed by "(WRN)", or add it to a glossary.'],
    },
    {
      name: 'initials that the title\'s words do not give are still reported',
      text: '# Brackley Vale Hospitals NHS Trust digital strategy\n\nBVT and BHT will meet.\n',
      expected: [
        '3:1 info undefined-acronym "BVT" is not spelt out. Write it in full the first time, followed by "(BVT)", or add it to a glossary.',
        '3:9 info undefined-acronym "BHT" is not spelt out. Write it in full the first time, followed by "(BHT)", or add it to a glossary.',
      ],
    },
    {
      name: 'words set in capitals, as a logo or diagram label in converted text, are not abbreviations',
      text: '# Strategy\n\nApplications 21,000 DIGITAL STRATEGY court orders 6,000 MINISTRY OF JUSTICE and a WORKING DIGITAL banner.\n',
      expected: [],
    },
    {
      name: 'two short abbreviations side by side are still abbreviations',
      text: '# Strategy\n\nWe will link PACS LIMS feeds.\n',
      expected: [
        '3:14 info undefined-acronym "PACS" is not spelt out. Write it in full the first time, followed by "(PACS)", or add it to a glossary.',
        '3:19 info undefined-acronym "LIMS" is not spelt out. Write it in full the first time, followed by "(LIMS)", or add it to a glossary.',
      ],
    },
    {
      name: 'an abbreviation standing alone as a paragraph is a label (a diagram box), but its use in a sentence is reported',
      text: '# Strategy\n\nResearch\n\nRPMO\n\nThe RPMO will track the work.\n',
      expected: ['7:5 info undefined-acronym "RPMO" is not spelt out. Write it in full the first time, followed by "(RPMO)", or add it to a glossary.'],
    },
    {
      name: 'reads a year run on to an abbreviation as the abbreviation, reported once',
      text: '# Strategy\n\nFrom FY2026 the budget grows. In FY2027 it doubles.\n',
      expected: ['3:6 info undefined-acronym "FY" is not spelt out. Write it in full the first time, followed by "(FY)", or add it to a glossary.'],
    },
    { name: 'leaves alone linter codes in HTML comments', text: '# Strategy\n\n<!-- markdownlint-disable MD033 -->\n\nOur plan is short.\n\n<!-- markdownlint-enable MD033 -->\n', expected: [] },
    { name: 'accepts a spelling-out with escaped brackets, as converters write it', text: '# Strategy\n\nOur Patient Flow Units \\(PFUs\\) lead. Each PFU reports.\n', expected: [] },
    { name: 'the nhs profile knows AHPs (allied health professionals)', text: '# Strategy\n\nOur AHP leads and AHPs agree.\n', config: { profile: 'nhs' }, expected: [] },
    {
      name: 'the general profile does not know AHPs',
      text: '# Strategy\n\nOur AHP leads agree.\n',
      config: { profile: 'general' },
      expected: ['3:5 info undefined-acronym "AHP" is not spelt out. Write it in full the first time, followed by "(AHP)", or add it to a glossary.'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('applying the fix spells it out with the words used further down', () => {
    const text = '# Strategy\n\nWe will replace PACS in 2026.\n\nA picture archiving and communication system (PACS) stores images.\n';
    const fixed = applyFix(text, lint(text, RULE).findings[0]);
    assert.equal(fixed.split('\n')[2], 'We will replace picture archiving and communication system (PACS) in 2026.');
    assert.deepEqual(lint(fixed, RULE).findings, []);
  });

  it('applying the fix inserts a placeholder to fill in when the words are nowhere in the document', () => {
    const text = '# Strategy\n\nWe will replace PACS in 2026.\n';
    const fixed = applyFix(text, lint(text, RULE).findings[0]);
    assert.equal(fixed, '# Strategy\n\nWe will replace [PACS in full] (PACS) in 2026.\n');
    assert.deepEqual(lint(fixed, RULE).findings, []);
    assert.equal(lint(fixed, 'placeholder-text').findings.length, 1, 'the placeholder is itself reported until filled in');
  });

  it('"fix all" spells out what the document spells out elsewhere, but inserts no placeholders', () => {
    const text = '# Strategy\n\nWe will replace PACS and LIMS in 2026.\n\nOur picture archiving and communication system (PACS) is old.\n';
    const fixed = applyEdits(text, fixAllEdits(lint(text, RULE).findings));
    assert.equal(fixed.split('\n')[2], 'We will replace picture archiving and communication system (PACS) and LIMS in 2026.');
  });

  it('after an edit, scans only the chunk that changed and finds what a fresh analysis finds', () => {
    const rule = ruleById(RULE)!;
    let scans = 0;
    const counted: Rule = { ...rule, scan: (chunk, sctx) => (scans++, rule.scan!(chunk, sctx)) };
    const config = configWith(only([RULE]));
    const before = '# Strategy\n\nWe will replace PACS and LIMS in 2026.\n\n## Systems\n\nOur labs use a system.\n\n## Later\n\nOur picture archiving and communication system (PACS) is old.\n\n## Terms\n\n- LIMS: laboratory information management system\n';
    // Spell LIMS out further down (the fix takes those words), then make the last section a glossary, which defines LIMS everywhere.
    const edits: Array<[string, string]> = [
      ['Our labs use a system.', 'Our labs use a laboratory information management system (LIMS).'],
      ['## Terms', '## Glossary'],
    ];
    const cache = new ChunkCache();
    let text = before;
    analyze(text, { config, now: NOW, cache, rules: [counted] });
    const seen: string[][] = [];
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      scans = 0;
      const edited = analyze(text, { config, now: NOW, cache, rules: [counted] });
      assert.equal(scans, 1);
      assert.deepEqual(edited.findings, analyze(text, { config, now: NOW }).findings);
      seen.push(edited.findings.map((f) => `${f.data?.acronym} ${f.fixes[0]?.title}`));
    }
    assert.deepEqual(seen, [
      ['PACS Spell out "PACS" as "picture archiving and communication system"', 'LIMS Spell out "LIMS" as "laboratory information management system"'],
      ['PACS Spell out "PACS" as "picture archiving and communication system"'],
    ]);
  });
});
