import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = 'placeholder-text';

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: 'reports TBC, lorem ipsum and unfilled bracketed prompts, in text and tables',
      text: '# Strategy\n\nThe budget is TBC. Lorem ipsum dolor sit amet.\n\n| Outcome | Target |\n| --- | --- |\n| Fewer falls | [figure] |\n',
      expected: [
        '3:15 info placeholder-text "TBC" is a placeholder: fill it in before the strategy goes to the board, or say when it will be decided and by whom.',
        '3:20 info placeholder-text "Lorem ipsum dolor sit amet" is a placeholder: fill it in before the strategy goes to the board, or say when it will be decided and by whom.',
        '7:17 info placeholder-text "[figure]" looks like a prompt still to be filled in. Replace it with the real text.',
      ],
    },
    { name: 'leaves links, citations, [sic] and checkboxes alone', text: '# Strategy\n\nSee [the plan](https://example.org), [sic] and [1].\n\n- [ ] Buy laptops\n', expected: [] },
    { name: 'does not report bracketed text when brackets are switched off', text: '# Strategy\n\nTarget: [figure].\n', expected: [], config: { rules: { [RULE]: { brackets: false } } } },
    { name: 'reports the prompts a section quick fix inserts', text: '# Strategy\n\n## What we will not do\n\n- We will not [a piece of work], because [the reason].\n', expected: [
      '5:15 info placeholder-text "[a piece of work]" looks like a prompt still to be filled in. Replace it with the real text.',
      '5:42 info placeholder-text "[the reason]" looks like a prompt still to be filled in. Replace it with the real text.',
    ] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('scans again only the section that changed, with the same findings as a fresh analysis', () => {
    const before = '# Strategy\n\n## Where we are now\n\nThe budget is TBC.\n\n## Outcomes\n\nRaise uptake to [figure].\n';
    const after = before.replace('[figure]', '[figure] by TODO');
    const { again, scans, fresh, firstScans } = reanalyse(RULE, before, after);
    assert.equal(firstScans, 3);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings), [
      '5:15 info placeholder-text "TBC" is a placeholder: fill it in before the strategy goes to the board, or say when it will be decided and by whom.',
      '9:17 info placeholder-text "[figure]" looks like a prompt still to be filled in. Replace it with the real text.',
      '9:29 info placeholder-text "TODO" is a placeholder: fill it in before the strategy goes to the board, or say when it will be decided and by whom.',
    ]);
  });
});
