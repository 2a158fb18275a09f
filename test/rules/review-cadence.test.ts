import { strict as assert } from 'node:assert';
import { analyze, ChunkCache } from '../../server/src/core/index';
import { configWith, lines, lint, NOW, only } from '../helpers';

const RULE = "review-cadence";

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: "reports a promise to review \"regularly\", once, on the vague word",
      text: "# Digital strategy 2025 to 2028\n\n## Review\n\nWe will review this strategy regularly.\n",
      expected: ["5:30 warning review-cadence \"regularly\" gives no review cycle. Say how often the strategy or its progress will be reviewed, for example every quarter or each year."],
    },
    {
      name: "reports a review section that names no cycle on its heading",
      text: "# Digital strategy 2025 to 2028\n\n## Review\n\nThe board will look at this strategy and revise it.\n",
      expected: ["3:1 warning review-cadence The section \"Review\" does not say how often the strategy will be reviewed. State a cycle, for example \"every quarter\" or \"each year\"."],
    },
    {
      name: "accepts a stated cycle",
      text: "# Digital strategy 2025 to 2028\n\n## Review\n\nWe will review this strategy every year.\n",
      expected: [],
    },
    {
      name: "accepts a cycle stated anywhere, even beside vague wording",
      text: "# Digital strategy 2025 to 2028\n\nWe will update this roadmap quarterly. We will also revisit the strategy as needed.\n",
      expected: [],
    },
    {
      name: "accepts American spelling (\"The program board will review progress semi-annually\")",
      text: "# Digital strategy 2025 to 2028\n\nThe program board will review progress biannually.\n",
      expected: [],
    },
    {
      name: "leaves a strategy that says nothing about review to review-section",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nA paperless trust.\n",
      expected: [],
    },
    {
      name: "ignores vague review of things other than the strategy",
      text: "# Digital strategy 2025 to 2028\n\nMatrons review incidents regularly.\n",
      expected: [],
    },
    {
      name: "summarises when many places are vague, with the first few marked",
      text: "# Digital strategy 2025 to 2028\n\nWe will review the strategy regularly. We will update the plan periodically. We will revisit the roadmap as needed. We will refresh the strategy from time to time.\n",
      expected: ["1:1 warning review-cadence 4 places speak of reviewing the strategy, but none says how often. The first 3 are marked.",
        "3:29 warning review-cadence \"regularly\" gives no review cycle. Say how often the strategy or its progress will be reviewed, for example every quarter or each year.",
        "3:64 warning review-cadence \"periodically\" gives no review cycle. Say how often the strategy or its progress will be reviewed, for example every quarter or each year.",
        "3:106 warning review-cadence \"as needed\" gives no review cycle. Say how often the strategy or its progress will be reviewed, for example every quarter or each year."],
    },
    {
      name: "lets the limit be set in config",
      text: "# Digital strategy 2025 to 2028\n\nWe will review the strategy regularly. We will update the plan periodically.\n",
      config: {"rules": {"review-cadence": {"limit": 1}}},
      expected: ["1:1 warning review-cadence 2 places speak of reviewing the strategy, but none says how often. The first is marked.",
        "3:29 warning review-cadence \"regularly\" gives no review cycle. Say how often the strategy or its progress will be reviewed, for example every quarter or each year."],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('follows an edit that adds a cycle elsewhere, and records it as evidence', () => {
    const text = '# Digital strategy 2025 to 2028\n\n## Delivery\n\nWe will deliver the plan in three phases.\n\n## Review\n\nWe will review this strategy regularly.\n';
    const edited = text.replace('We will deliver the plan in three phases.', 'The board will review progress every quarter.');
    const cache = new ChunkCache();
    const opts = { config: configWith(only([RULE])), now: NOW, cache };
    assert.deepEqual(lines(text, analyze(text, opts).findings), [
      '9:30 warning review-cadence "regularly" gives no review cycle. Say how often the strategy or its progress will be reviewed, for example every quarter or each year.',
    ]);
    const again = analyze(edited, opts);
    assert.deepEqual(again.findings, []);
    assert.deepEqual(again.evidence.map((e) => e.label), ['The board will review progress every quarter.']);
  });

  it('is the one finding for a vague review promise: review-section stays silent', () => {
    const text = '# Digital strategy 2025 to 2028\n\nThis strategy will be reviewed regularly.\n';
    const a = analyze(text, { config: configWith(only([RULE, 'review-section'])), now: NOW });
    assert.deepEqual(lines(text, a.findings), [
      '3:32 warning review-cadence "regularly" gives no review cycle. Say how often the strategy or its progress will be reviewed, for example every quarter or each year.',
    ]);
  });
});
