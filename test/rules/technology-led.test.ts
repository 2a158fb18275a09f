import { strict as assert } from 'node:assert';
import { lines, lint } from '../helpers';

const RULE = "technology-led";

// The cases speak as an NHS trust and cite NHS guidance, so they are read with the nhs profile
// (test/core/profile-words.test.ts has the general profile's words).
const NHS = { profile: 'nhs' };

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: "does not take an aim that says whom it serves for a technology-led one",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\n### Build shared technology platforms for the services residents use\n\nWe will reuse the national login.\n",
      expected: [],
    },
    {
      name: "does not take a heading that names technology as the means (\"Using shared technology platforms\") for a technology-led aim",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\n### Using shared technology platforms\n\nThe county will reuse the national login.\n",
      expected: [],
    },
    {
      name: "nor an item that starts \"Making better use of\" (American spelling)",
      text: "# Digital program 2025 to 2028\n\n## Our priorities\n\n- Making better use of cloud platforms\n- Modernize our licensing counter\n",
      expected: [],
    },
    {
      name: "does not read a requirement listed under a deeper heading of a priorities chapter as an aim",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\n### Redesign the busiest services\n\nEach redesigned service must:\n\n- use common technology platforms\n- be tested with people who will use it\n",
      expected: [],
    },
    {
      name: "reports hyped technology terms",
      text: "# Digital strategy 2025 to 2028\n\nWe will adopt cutting-edge blockchain technology.\n",
      expected: ["3:15 warning technology-led \"cutting-edge\" is the kind of hyped or unproven technology the Digital Boards guidance warns against. Name the need it meets and the evidence that it works, or leave it out.",
        "3:28 warning technology-led \"blockchain\" is the kind of hyped or unproven technology the Digital Boards guidance warns against. Name the need it meets and the evidence that it works, or leave it out."],
    },
    {
      name: "reports priorities named after a technology",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\n- Implement AI\n- Move to the cloud\n",
      expected: ["5:3 warning technology-led \"Implement AI\" names \"AI\" as the aim, not what it will change for patients, staff or the public. Name the outcome and make the technology the means.",
        "6:3 warning technology-led \"Move to the cloud\" names a technology as the aim, not what it will change for patients, staff or the public. Name the outcome and make the technology the means."],
    },
    {
      name: "accepts technology named as the means to an outcome for people",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\n- Use AI to halve the time patients wait for results\n",
      expected: [],
    },
    {
      name: "reports a document where technology words swamp words about people",
      text: "# Digital strategy 2025 to 2028\n\nOur cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Patients and staff benefit.\n",
      expected: ["1:1 warning technology-led The strategy uses 40 words about technology to 2 about people and outcomes (20.0 to 1, above 1.5 to 1). Lead with what will change for patients, staff and the public."],
    },
    {
      name: "accepts the same text when the ratio limit is raised",
      text: "# Digital strategy 2025 to 2028\n\nOur cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Our cloud platform hosts software, apps and databases. Patients and staff benefit.\n",
      config: {"rules": {"technology-led": {"maxRatio": 25}}},
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, { ...NHS, ...c.config }).findings), c.expected);
    });
  }
});

describe(`${RULE}: words in their sense`, () => {
  const ids = (text: string, config?: Record<string, unknown>) => lint(text, undefined, config).findings.map((f) => f.ruleId).filter((id) => id === RULE || id === 'basics-first');
  const both = { rules: Object.fromEntries(['technology-led', 'basics-first'].map((id) => [id, 'warning'])) };

  it('does not take "the next generation of digital leaders" or "of data scientists" for hype', () => {
    assert.deepEqual(ids('# Plan 2026 to 2028\n\nThe academy trains the next generation of digital leaders.\n', both), []);
    assert.deepEqual(ids('# Plan 2026 to 2028\n\nWe will grow the next generation of data scientists and health informaticians.\n', both), []);
    assert.deepEqual(ids('# Plan 2026 to 2028\n\nWe will buy the next generation of digital services for users.\n', both).sort(), ['basics-first', 'technology-led']);
  });

  it('does not take "the next generation of pharmacists" for hype', () => {
    assert.deepEqual(ids('# Plan 2026 to 2028\n\nWe will train the next generation of pharmacists and nurses.\n', both), []);
  });

  it('still reports next-generation technology', () => {
    assert.deepEqual(ids('# Plan 2026 to 2028\n\nWe will buy the next generation of data platforms.\n', both).sort(), ['basics-first', 'technology-led']);
  });

  it('does not call cyber security technology-led when basics-first counts it as a basic (one problem, one finding)', () => {
    const text = '# Plan 2026 to 2028\n\n## Our priorities\n\n- Cyber security\n- Devices and Wi-Fi for every ward\n';
    assert.deepEqual(lint(text, RULE).findings, []);
  });
});
