import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = "basics-first";

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: "reports AI with no word of the basics",
      text: "# Digital strategy 2025 to 2028\n\nWe will use artificial intelligence to predict demand.\n",
      expected: ["3:13 warning basics-first The strategy reaches for \"artificial intelligence\" but says nothing about the basics it depends on (infrastructure, devices, Wi-Fi, log-in, cyber security, data quality). Say how the foundations will be made reliable first."],
    },
    {
      name: "accepts AI beside the basics",
      text: "# Digital strategy 2025 to 2028\n\nWe will use artificial intelligence to predict demand. First we will fix the Wi-Fi on every ward.\n",
      expected: [],
    },
    {
      name: "accepts American spelling (\"cybersecurity\")",
      text: "# Digital strategy 2025 to 2028\n\nWe will pilot machine learning. Cybersecurity comes first.\n",
      expected: [],
    },
    {
      name: "says nothing when there is no hype",
      text: "# Digital strategy 2025 to 2028\n\nWe will give every nurse a record they can trust.\n",
      expected: [],
    },
    {
      name: "reads hype terms too (\"cutting-edge\")",
      text: "# Digital strategy 2025 to 2028\n\nOur cutting-edge clinic will open in spring.\n",
      expected: ["3:5 warning basics-first The strategy reaches for \"cutting-edge\" but says nothing about the basics it depends on (infrastructure, devices, Wi-Fi, log-in, cyber security, data quality). Say how the foundations will be made reliable first."],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('rescans only the edited section and gives the same findings as a fresh analysis', () => {
    const before = '# Digital strategy 2025 to 2028\n\n## Introduction\n\nWe care for people.\n\n## Plans\n\nWe will pilot machine learning.\n';
    const after = before.replace('We care for people.', 'We care for a million people in the north.');
    const { again, scans, fresh, firstScans } = reanalyse(RULE, before, after);
    assert.equal(firstScans, 3);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(again.evidence, fresh.evidence);
    assert.deepEqual(lines(after, again.findings).map((l) => l.split(' warning ')[0]), ['9:15']);
  });
});
