import { strict as assert } from 'node:assert';
import { analyze, ChunkCache } from '../../server/src/core/index';
import { factReads } from '../../server/src/core/facts';
import { configWith, lines, lint, NOW, only, position } from '../helpers';

const RULE = 'time-horizon';
const REVIEW = '\n\nThe board will review this strategy every year.\n';

// NOW (test/helpers.ts) is June 2025: "today" for documents that state no year.
describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: 'reports a ten-year range in the title (2024-2034)',
      text: '# Digital strategy 2024-2034\n\nSome text.' + REVIEW,
      expected: [
        '1:20 error time-horizon This horizon is 10 years, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ],
    },
    {
      name: 'reads "2024 to 2034" as a range',
      text: '# Digital strategy 2024 to 2034\n',
      expected: [
        '1:20 error time-horizon This horizon is 10 years, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ],
    },
    {
      name: 'reads financial years "2024/25 to 2030/31" as a range of 7 years',
      text: '# Digital strategy 2024/25 to 2030/31\n',
      expected: [
        '1:20 error time-horizon This horizon is 7 years, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ],
    },
    {
      name: 'accepts a three-year financial-year range',
      text: '# Digital strategy 2025/26 to 2027/28\n',
      expected: [],
    },
    {
      name: 'reads "our 10-year plan" in the body',
      text: '# Digital strategy\n\nThis is our 10-year plan for the trust.\n',
      expected: [
        '3:13 error time-horizon This horizon is 10 years, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ],
    },
    {
      name: 'does not take the national 10-year plan for this strategy\'s horizon',
      text: '# Digital strategy 2025 to 2028\n\nIt supports the NHS 10-year plan.' + REVIEW,
      expected: [],
    },
    {
      name: 'does not take the Ten Year Health Plan for this strategy\'s horizon',
      text: '# Digital strategy 2025 to 2028\n\nIt supports the Ten Year Health Plan for England.' + REVIEW,
      expected: [],
    },
    {
      name: 'reads "over the next decade"',
      text: '# Digital strategy\n\nWe will become paperless over the next decade.\n',
      expected: [
        '3:26 error time-horizon This horizon is 10 years, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ],
    },
    {
      name: 'counts "over the next 18 months" as a stated horizon',
      text: '# Digital and data approach\n\nThis sets out what we will do over the next 18 months.\n',
      expected: [],
    },
    {
      name: 'measures "by 2035" from the front matter date',
      text: '---\ndate: 2023-04-01\n---\n# Digital strategy\n\nEvery ward will be paperless by 2035.\n',
      expected: [
        '6:30 error time-horizon "by 2035" is 12 years from 2023, the document\'s own year, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ],
    },
    {
      name: 'measures "by 2035" from the title\'s first year when there is no front matter date',
      text: '# Digital strategy refresh 2032\n\nEvery ward will be paperless by 2035.\n',
      expected: [],
    },
    {
      name: 'measures "by 2035" from today when the document gives no year',
      text: '# Digital strategy\n\nEvery ward will be paperless by 2035.\n',
      expected: [
        '3:30 error time-horizon "by 2035" is 10 years from today (2025), as the document states no year of its own, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ],
    },
    {
      name: 'measures deadlines from a line that dates an older document',
      text: '# Digital strategy\n\nForeword from the chief executive.\n\nJane Smith, 20 December 2012\n\nWe will digitise every service by 2020.\n',
      expected: [
        '7:32 error time-horizon "by 2020" is 8 years from 2012, the year the document is dated, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ],
    },
    {
      name: 'warns about a horizon at exactly the limit when no review cycle is stated',
      text: '# Digital strategy 2025 to 2030\n',
      expected: [
        '1:20 warning time-horizon This horizon is 5 years, at the limit the Digital Boards guidance sets, and the strategy states no review cycle. Say how often it will be reviewed, or shorten it.',
      ],
    },
    {
      name: 'accepts a horizon at exactly the limit with a review cycle',
      text: '# Digital strategy 2025 to 2030' + REVIEW,
      expected: [],
    },
    {
      name: 'reports a strategy that states no horizon at all, as a warning on its title',
      text: '# Digital strategy\n\nWe will make things better for patients.\n',
      expected: ['1:1 warning time-horizon The strategy does not say what period it covers. State a horizon of five years or less, for example "2025 to 2028" in the title.'],
    },
    {
      name: 'puts the document-level finding on the first line when the first heading comes after prose',
      text: 'Introduction from the chief executive.\n\nWe will make things better.\n\n### Principle one\n\nMore.\n',
      expected: ['1:1 warning time-horizon The strategy does not say what period it covers. State a horizon of five years or less, for example "2025 to 2028" in the title.'],
    },
    {
      name: 'treats a past range in the body as history, not a horizon',
      text: '# Digital strategy\n\nOur 2015 to 2020 strategy put electronic records on every ward.\n',
      expected: ['1:1 warning time-horizon The strategy does not say what period it covers. State a horizon of five years or less, for example "2025 to 2028" in the title.'],
    },
    {
      name: 'reads a planning term with its length ("Long term (>10 years)")',
      text: '# IT strategy\n\n- Medium term (~3 years)\n- Long term (>10 years)\n',
      expected: [
        '4:3 error time-horizon This horizon is 10 years, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ],
    },
    {
      name: 'does not read one financial year ("2024-25") as a horizon',
      text: '# Annual digital plan\n\nOur budget for 2024-25 is set.\n',
      expected: ['1:1 warning time-horizon The strategy does not say what period it covers. State a horizon of five years or less, for example "2025 to 2028" in the title.'],
    },
    {
      name: 'takes maxYears as an option',
      text: '# Digital strategy 2025 to 2029' + REVIEW,
      config: { rules: { [RULE]: { maxYears: 3 } } },
      expected: [
        '1:20 error time-horizon This horizon is 4 years, more than the 3 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 3 years.',
      ],
    },
    {
      name: 'lets a longer limit accept a longer horizon',
      text: '# Digital strategy 2025 to 2032' + REVIEW,
      config: { rules: { [RULE]: { maxYears: 10 } } },
      expected: [],
    },
    {
      name: 'does not ask for a horizon when requireHorizon is false',
      text: '# Digital strategy\n\nWe will make things better.\n',
      config: { rules: { [RULE]: { requireHorizon: false } } },
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('has no fix, and the finding goes away once the horizon is shortened', () => {
    const text = '# Digital strategy 2024 to 2034' + REVIEW;
    const [finding] = lint(text, RULE).findings;
    assert.equal(finding.fixes.length, 0);
    assert.deepEqual(lint(text.replace('2034', '2027'), RULE).findings, []);
  });

  it('records the horizon as scorecard evidence', () => {
    const a = lint('# Digital strategy 2025 to 2028' + REVIEW, RULE);
    assert.deepEqual(a.evidence.map((e) => e.label), ['Horizon of 3 years']);
  });

  it('measures from the dated line after an edit elsewhere, reading again only the chunk that changed', () => {
    const text = '# Digital strategy\n\nPublished March 2022.\n\n## Delivery\n\nWe will replace the patient administration system.\n\n## Review\n\nThe board will review this strategy every year.\n';
    // The deadline is measured from the year in the first section, which is not read again.
    const edited = text.replace('administration system.', 'administration system by 2030.');
    const cache = new ChunkCache();
    const opts = { config: configWith(only([RULE])), now: NOW, cache };
    const first = analyze(text, opts);
    assert.deepEqual(lines(text, first.findings), [
      '1:1 warning time-horizon The strategy does not say what period it covers. State a horizon of five years or less, for example "2025 to 2028" in the title.',
    ]);
    const before = factReads.chunks;
    const again = analyze(edited, opts);
    assert.equal(factReads.chunks - before, 1);
    assert.deepEqual(again.findings, lint(edited, RULE).findings);
    assert.deepEqual(lines(edited, again.findings), [
      '7:51 error time-horizon "by 2030" is 8 years from 2022, the year the document is dated, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
    ]);
  });

  it('tells the title from a heading with the same text when the two share a cached scan', () => {
    const text = '# A five-year strategy\n\nSome text.\n\n'.repeat(2);
    const cached = analyze(text, { config: configWith(only([RULE])), now: NOW, cache: new ChunkCache() });
    const fresh = lint(text, RULE);
    assert.deepEqual(cached.findings, fresh.findings);
    assert.deepEqual(cached.evidence, fresh.evidence);
    assert.deepEqual(fresh.evidence.map((e) => position(text, e.span.start)), ['1:5', '5:5']);
  });
});
