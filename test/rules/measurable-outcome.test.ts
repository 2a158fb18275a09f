import { strict as assert } from 'node:assert';
import { analyze, ChunkCache } from '../../server/src/core/index';
import { applyFix, configWith, lines, lint, NOW, only, reanalyse } from '../helpers';

const RULE = 'measurable-outcome';
const NEITHER = 'This outcome has no measure and no date, so nobody can tell whether it has been achieved. Say what will change, by how much and by when.';
const NO_DATE = 'This outcome has no date or period, so nobody can tell whether it has been achieved. Say what will change, by how much and by when.';
const NO_MEASURE = 'This outcome has no measure (a number or metric), so nobody can tell whether it has been achieved. Say what will change, by how much and by when.';

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: 'reports an objective with no measure and no date',
      text: '# Strategy\n\n## Our objectives\n\n- Improve patient access to records\n',
      expected: [`5:3 warning ${RULE} ${NEITHER}`],
    },
    {
      name: 'reports an outcome with a figure but no date',
      text: '# Strategy\n\n## Outcomes\n\n- 50% fewer paper forms on wards\n',
      expected: [`5:3 warning ${RULE} ${NO_DATE}`],
    },
    {
      name: 'reports a goal with a date but no measure',
      text: '# Strategy\n\n## Goals\n\n- Better discharge letters by March 2027\n',
      expected: [`5:3 warning ${RULE} ${NO_MEASURE}`],
    },
    {
      name: 'gives a hint when a measurable outcome has no owner',
      text: '# Strategy\n\n## Outcomes\n\n- Raise NHS App use from 40% to 75% by March 2027\n',
      expected: [`5:3 hint ${RULE} This outcome is measurable but gives no named owner. Adding one makes progress easier to judge.`],
    },
    {
      name: 'accepts an outcome with a measure, a date, a baseline and an owner',
      text: '# Strategy\n\n## Outcomes\n\n- Raise NHS App use from 40% to 75% by March 2027 (owner: chief nursing information officer)\n',
      expected: [],
    },
    {
      name: 'gives a hint when a measurable outcome has neither baseline nor owner',
      text: '# Strategy\n\n## Outcomes\n\n- Raise NHS App use to 75% by March 2027\n',
      expected: [`5:3 hint ${RULE} This outcome is measurable but gives no baseline (the figure it starts from) and no owner. Adding both makes progress easier to judge.`],
    },
    {
      name: 'leaves out the lesser hints when lesserFindings is false',
      text: '# Strategy\n\n## Outcomes\n\n- Raise NHS App use from 40% to 75% by March 2027\n',
      config: { rules: { [RULE]: { lesserFindings: false } } },
      expected: [],
    },
    {
      name: 'ignores short labels below minWords',
      text: '# Strategy\n\n## Outcomes\n\n- Patients\n- Staff and carers\n',
      expected: [],
    },
    {
      name: 'takes minWords as an option',
      text: '# Strategy\n\n## Outcomes\n\n- Staff and carers\n',
      config: { rules: { [RULE]: { minWords: 2 } } },
      expected: [`5:3 warning ${RULE} ${NEITHER}`],
    },
    {
      name: 'reads lists under any outcome-like heading in either spelling ("Key performance indicators")',
      text: '# Strategy\n\n## Key performance indicators\n\n- Improve the patient experience of booking\n',
      expected: [`5:3 warning ${RULE} ${NEITHER}`],
    },
    {
      name: 'does not read lists under other headings as outcomes',
      text: '# Strategy\n\n## Background\n\n- Improve patient access to records\n',
      expected: [],
    },
    {
      name: 'does not read the "What we will not do" list as outcomes',
      text: '# Strategy\n\n## Our priorities\n\n### What we will not do\n\n- We will not build our own patient app\n',
      expected: [],
    },
    {
      name: 'summarises past the limit and marks the worst',
      text: '# Strategy\n\n## Objectives\n\n- Improve patient access to records\n\n## Goals\n\n- 50% fewer paper forms on wards\n\n## Targets\n\n- Better discharge letters for patients\n',
      config: { rules: { [RULE]: { limit: 2 } } },
      expected: [
        `1:1 warning ${RULE} 3 lists or outcomes lack a measure, a date, a baseline or an owner. The worst 2 are marked.`,
        `5:3 warning ${RULE} ${NEITHER}`,
        `13:3 warning ${RULE} ${NEITHER}`,
      ],
    },
    {
      name: 'gives one finding for a list, naming its items, not one per item',
      text: '# Strategy\n\n## Our goals\n\n- Happier staff: less time on paperwork\n- Better records for every patient\n- Faster discharge from our wards\n- Raise NHS App use from 40% to 75% by March 2027 (owner: chief nurse)\n- Quicker answers to residents\n',
      expected: [
        `5:3 warning ${RULE} 4 of the 5 outcomes in this list have no measure and no date, so nobody can tell whether they have been achieved: "Happier staff", "Better records for every patient", "Faster discharge from our wards" and 1 more. Say what will change, by how much and by when for each.`,
      ],
    },
    {
      name: 'reads a list that its lead-in calls priorities or commitments, under any heading',
      text: '# Strategy\n\n## About us\n\nOver the next three years, we will:\n\n- make our website easier to use\n- answer more calls first time\n',
      expected: [
        `7:3 warning ${RULE} Both outcomes in this list have no measure (a number or metric), so nobody can tell whether they have been achieved: "make our website easier to use", "answer more calls first time". Say what will change, by how much and by when for each.`,
      ],
    },
    {
      name: 'gives a list of measures to track a hint for its missing targets, not a warning for each',
      text: '# Strategy\n\n## Background\n\nWe will measure our progress by tracking:\n\n- The number of calls answered first time\n- The share of forms sent online\n',
      expected: [
        `7:3 hint ${RULE} This list names 2 measures to track ("The number of calls answered first time", "The share of forms sent online") but no baseline, target or date. Say where each starts, where it should be and by when.`,
      ],
    },
    {
      name: 'does not read examples quoted from another plan as this strategy\'s outcomes',
      text: '# Strategy\n\n## Background\n\nThe national plan sets out many actions, notably:\n\n- more efficient services for people\n- fewer calls to expensive phone lines\n',
      expected: [],
    },
    {
      name: 'does not read numbered paragraphs (a paper that numbers each paragraph) as lists of outcomes, but does read a real numbered list',
      text:
        '# Strategy\n\n## Our objectives\n\n14. The council recognises that better data will give residents the means to question how their money is spent and to hold the council and its partners to account.\n\nA note between the paragraphs.\n\n15. Members of the cabinet and other key data holders will form a steering group so that the open data store grows in a steady way whatever the data set.\n\nWe have two aims.\n\n1. Better roads for cyclists in the town\n2. Cleaner parks for families in summer\n',
      expected: [
        `13:4 warning ${RULE} Both outcomes in this list have no measure and no date, so nobody can tell whether they have been achieved: "Better roads for cyclists in the town", "Cleaner parks for families in summer". Say what will change, by how much and by when for each.`,
      ],
    },
    {
      name: 'does not read a list of links (a contents list) as outcomes',
      text: '# Strategy\n\n## Our priorities\n\n1. [Better services for residents](#services)\n2. [A stronger digital team for us](#team)\n',
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('turns the list into an outcomes table, keeping figures, dates and owners; what is filled in passes', () => {
    const text =
      '# Strategy\n\n## Our objectives\n\n- Improve patient access to records\n- Raise NHS App use from 40% to 75% by March 2027\n- Cut missed appointments by 10% by 2027 (owner: chief operating officer)\n\n## Next\n\nMore.\n';
    const findings = lint(text, RULE).findings;
    // The unmeasured item, and one hint for the two that lack a baseline or owner.
    assert.equal(findings.length, 2);
    assert.match(findings[1].message, /^2 of the 3 outcomes in this list are measurable but give no baseline or no owner/);
    const fixed = applyFix(text, findings[0]);
    assert.equal(
      fixed,
      '# Strategy\n\n## Our objectives\n\n' +
        '| Outcome | Metric | Baseline | Target | By when | Owner |\n' +
        '| --- | --- | --- | --- | --- | --- |\n' +
        '| Improve patient access to records | [how it is measured] | [figure now, with date] | [target] | [month year] | [named owner] |\n' +
        '| Raise NHS App use from 40% to 75% by March 2027 | [how it is measured] | 40% | 75% | March 2027 | [named owner] |\n' +
        '| Cut missed appointments by 10% by 2027 (owner: chief operating officer) | [how it is measured] | [figure now, with date] | 10% | 2027 | chief operating officer |\n' +
        '\n## Next\n\nMore.\n',
    );
    // The list findings are gone; the table's rows with prompts left are reported, once, until they are filled in.
    const after = lint(fixed, RULE).findings;
    assert.deepEqual(after.map((f) => fixed.slice(f.span.start, f.span.end).split(' | ')[0]), ['| Improve patient access to records']);
    assert.match(after[0].message, /^3 rows of this outcomes table still have prompts to fill in/);
  });

  it('keeps CRLF line endings and escapes pipes in the table', () => {
    const text = '# Strategy\r\n\r\n## Goals\r\n\r\n- Improve access | booking for patients\r\n';
    const fixed = applyFix(text, lint(text, RULE).findings[0]);
    assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was inserted');
    assert.match(fixed, /\| Improve access \\\| booking for patients \|/);
    assert.deepEqual(lint(fixed, RULE).findings.map((f) => f.message.slice(0, 40)), ['This outcome still has prompts to fill i']);
  });

  it('offers no table for a list whose items hold more than one paragraph, and the finding goes once the item is measurable', () => {
    const text = '# Strategy\n\n## Goals\n\n- Improve patient access to records\n  - with nested detail\n';
    const [finding] = lint(text, RULE).findings;
    assert.equal(finding.fixes.length, 0);
    const better = text.replace('Improve patient access to records', 'Raise record access from 40% to 75% by March 2027, owned by the chief nurse');
    assert.deepEqual(lines(better, lint(better, RULE).findings), []);
  });

  it('rescans only the edited section and gives the same findings and fixes as a fresh analysis', () => {
    // The list runs straight into the next section's heading, so its table fix needs a blank line after it.
    const before = '# Strategy\n\n## Background\n\nWe run three hospitals.\n\n## Our objectives\n\n- Improve patient access to records\n- Better discharge letters for patients\n## Risks\n\nNone.\n';
    const after = before.replace('We run three hospitals.', 'We run three hospitals and a community service.');
    const { again, scans, fresh, firstScans } = reanalyse(RULE, before, after);
    assert.equal(firstScans, 4);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings).map((l) => l.slice(0, 73)), [`9:3 warning ${RULE} Both outcomes in this list have no measure`]);
    assert.match(applyFix(after, again.findings[0]), /\| Better discharge letters for patients \|[^\n]*\|\n\n## Risks\n/);
  });

  it('places each copy of a repeated section\'s table fix where that copy is', () => {
    const config = configWith(only([RULE]));
    // Both copies share one cached chunk model, and so one scan.
    const section = '## Our objectives\n\n- Improve patient access to records\n';
    const text = `# Strategy\n\n${section}${section}`;
    const incremental = analyze(text, { config, now: NOW, cache: new ChunkCache() });
    assert.deepEqual(incremental.findings, analyze(text, { config, now: NOW }).findings);
    assert.deepEqual(incremental.findings.map((f) => f.fixes[0].edits[0].start), [text.indexOf('- Improve'), text.lastIndexOf('- Improve')]);
  });
});

describe(`${RULE} reads what a list's lead-in says about it`, () => {
  const both = (a: string, b: string) =>
    `Both outcomes in this list have no measure and no date, so nobody can tell whether they have been achieved: "${a}", "${b}". Say what will change, by how much and by when for each.`;
  const cases: Array<{ name: string; text: string; expected: string[] }> = [
    {
      name: 'a list of what has already been done is not a list of outcomes',
      text: '# Strategy\n\n## Our priorities\n\nWe have already made good progress, for example in:\n\n- opening our planning data to residents\n- moving the library catalogue online\n',
      expected: [],
    },
    {
      name: 'nor is "we have:" before a list of past steps (American spelling)',
      text: '# Strategy\n\n## Our goals\n\nDuring 2023 we have:\n\n- launched an online permit application for contractors\n- organized a training program for librarians\n',
      expected: [],
    },
    {
      name: 'nor is the advice of guidance that was published earlier',
      text: '# Strategy\n\n## Our priorities\n\nThe regional guidelines were published last spring and say that every agency should:\n\n- publish its open data in one catalog\n- answer residents in plain language\n',
      expected: [],
    },
    {
      name: 'nor is a list of problems',
      text: '# Strategy\n\n## Our priorities\n\nLike many councils, we face problems with:\n\n- ageing case management software\n- slow and manual approval steps\n',
      expected: [],
    },
    {
      name: 'but the answer to the problems is the strategy\'s own list',
      text: '# Strategy\n\n## Our priorities\n\nTo tackle these challenges, we will:\n\n- replace the ageing case management software\n- simplify the approval steps for grants\n',
      expected: [`7:3 warning ${RULE} ${both('replace the ageing case management soft…', 'simplify the approval steps for grants')}`],
    },
    {
      name: 'a dated lead-in still leaves a change of degree without a measure (American spelling)',
      text: '# Strategy\n\n## Our priorities\n\nBy June 2027 we will:\n\n- launch the new permit application for contractors\n- cut the time residents wait for a callback\n',
      expected: [`8:3 warning ${RULE} ${NO_MEASURE}`],
    },
    {
      name: 'a heading that dates an action dates the steps listed under it',
      text: '# Strategy\n\n## Our priorities\n\n### Action 3: from April 2026 every new service meets the standard\n\nThe digital team will:\n\n- publish the service standard for all teams\n- run an assessment of each new service\n',
      expected: [],
    },
    {
      name: 'so does the sentence just before the lead-in (American spelling)',
      text: '# Strategy\n\n## Our priorities\n\nWe have picked three pilot services to redesign by June 2027.\n\nThey were chosen for their volume of requests:\n\n- Building permit applications for homeowners\n- Parking ticket appeals from residents\n',
      expected: [],
    },
    {
      name: 'a list of indicators named earlier in its lead-in paragraph gets the measures hint',
      text: '# Strategy\n\n## Outcomes\n\nWe will judge each service by a small set of indicators. They include:\n\n- the cost of each completed application\n- the share of people who finish online\n',
      expected: [
        `7:3 hint ${RULE} This list names 2 measures to track ("the cost of each completed application", "the share of people who finish online") but no baseline, target or date. Say where each starts, where it should be and by when.`,
      ],
    },
    {
      name: 'a lead-in that names another body\'s themes, far from its colon, does not make them this strategy\'s priorities',
      text: '# Strategy\n\n## Background\n\nOur priorities sit alongside the five themes of the regional health partnership:\n\n- People feel listened to and respected\n- Everyone can get help close to home\n',
      expected: [],
    },
    {
      name: 'a list of questions asks, it promises nothing',
      text: '# Strategy\n\n## Our priorities\n\nThis year we will answer three questions:\n\n- Which of our services still need a full assessment?\n- How will teams use the assessments to improve their services?\n',
      expected: [],
    },
    {
      name: 'a table captioned as existing work is a description, not outcomes',
      text: '# Strategy\n\n## Outcomes\n\nTable 2: Current projects supported by the digital team\n\n| Project | Team | Status |\n| --- | --- | --- |\n| New booking system for leisure centres | Culture | Live |\n',
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE).findings), c.expected);
    });
  }
});

describe(`${RULE} in outcome tables`, () => {
  it('reads each row of a table under an outcomes heading', () => {
    const text =
      '# Strategy\n\n## Outcomes\n\n| Outcome | Target |\n| --- | --- |\n| Better records for patients | soon |\n| Raise NHS App use to 75% | March 2027 |\n';
    assert.deepEqual(lines(text, lint(text, RULE).findings), [`7:1 warning ${RULE} ${NEITHER}`]);
  });

  it('reports rows that still hold prompts, so the quick fix\'s table is not taken as done', () => {
    const text = '# Strategy\n\n## Objectives\n\n- Improve patient access to records\n';
    const fixed = applyFix(text, lint(text, RULE).findings[0]);
    assert.deepEqual(lines(fixed, lint(fixed, RULE).findings), [
      `7:1 warning ${RULE} This outcome still has prompts to fill in ([how it is measured], [figure now, with date], [target], …). Replace them with the measure, the figures, the date and the owner.`,
    ]);
    const filled = fixed.replace('[how it is measured]', 'share of patients who view their record').replace('[figure now, with date]', '40% (March 2025)').replace('[target]', '75%').replace('[month year]', 'March 2027').replace('[named owner]', 'chief nurse');
    assert.deepEqual(lint(filled, RULE).findings, []);
  });
});
