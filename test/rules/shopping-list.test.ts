import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = "shopping-list";

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: "reports eight unranked priorities in one list",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\n- Cloud hosting\n- Patient apps\n- Robotics\n- Data warehouse\n- Cyber security\n- Intranet\n- Telephony\n- Wi-Fi upgrade\n",
      expected: ["5:3 warning shopping-list This list has 8 priorities side by side and nothing ranks or phases them. Rank them, group them into phases, or move some into \"What we will not do\"."],
    },
    {
      name: "accepts seven",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\n- Cloud hosting\n- Patient apps\n- Robotics\n- Data warehouse\n- Cyber security\n- Intranet\n- Telephony\n",
      expected: [],
    },
    {
      name: "accepts a long list that says it is in priority order",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\nIn order of priority:\n\n1. Cloud hosting\n1. Patient apps\n1. Robotics\n1. Data warehouse\n1. Cyber security\n1. Intranet\n1. Telephony\n1. Wi-Fi upgrade\n",
      expected: [],
    },
    {
      name: "accepts American spelling of the heading and still reports (\"Prioritized work\")",
      text: "# Digital strategy 2025 to 2028\n\n## Prioritized work\n\n- Cloud hosting\n- Patient apps\n- Robotics\n- Data warehouse\n- Cyber security\n- Intranet\n- Telephony\n- Wi-Fi upgrade\n",
      expected: ["5:3 warning shopping-list This list has 8 priorities side by side and nothing ranks or phases them. Rank them, group them into phases, or move some into \"What we will not do\"."],
    },
    {
      name: "leaves long lists outside priority sections alone",
      text: "# Digital strategy 2025 to 2028\n\n## Background\n\n- Cloud hosting\n- Patient apps\n- Robotics\n- Data warehouse\n- Cyber security\n- Intranet\n- Telephony\n- Wi-Fi upgrade\n",
      expected: [],
    },
    {
      name: "reports eight parallel subsections under a priorities heading",
      text: "# Digital strategy 2025 to 2028\n\n## Priorities\n\n### Wards\n\nWork for this area goes here.\n\n### Clinics\n\nWork for this area goes here.\n\n### Theatres\n\nWork for this area goes here.\n\n### Pharmacy\n\nWork for this area goes here.\n\n### Radiology\n\nWork for this area goes here.\n\n### Pathology\n\nWork for this area goes here.\n\n### Outpatients\n\nWork for this area goes here.\n\n### Community\n\nWork for this area goes here.\n\n",
      expected: ["3:1 warning shopping-list \"Priorities\" has 8 parallel subsections and nothing ranks or phases them. Say which come first and which can wait."],
    },
    {
      name: "reports deep nesting with many leaves",
      text: "# Digital strategy 2025 to 2028\n\n## Priorities\n\n- Clinical systems\n  - Records\n    - Item a\n    - Item b\n    - Item c\n    - Item d\n    - Item e\n    - Item f\n    - Item g\n    - Item h\n    - Item i\n    - Item j\n    - Item k\n    - Item l\n    - Item m\n    - Item n\n    - Item o\n    - Item p\n    - Item q\n    - Item r\n    - Item s\n    - Item t\n    - Item u\n",
      expected: ["5:3 warning shopping-list This list nests 3 levels deep with 21 items at the bottom, and nothing ranks or phases them. Say which come first."],
    },
    {
      name: "lets the threshold be raised in config",
      text: "# Digital strategy 2025 to 2028\n\n## Our priorities\n\n- Cloud hosting\n- Patient apps\n- Robotics\n- Data warehouse\n- Cyber security\n- Intranet\n- Telephony\n- Wi-Fi upgrade\n",
      config: {"rules": {"shopping-list": {"maxItems": 10}}},
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('rescans only the edited section and gives the same findings as a fresh analysis', () => {
    const list = '- Cloud hosting\n- Patient apps\n- Robotics\n- Data warehouse\n- Cyber security\n- Intranet\n- Telephony\n- Wi-Fi upgrade\n';
    const before = `# Digital strategy\n\n## Our priorities\n\nWe have many.\n\n### Clinical\n\n${list}\n## Outcomes\n\n${list}`;
    // Ranking the priorities section settles its subsection's list, which is in another chunk.
    const after = before.replace('We have many.', 'We will take them in order of priority.');
    const { first, firstScans, again, scans, fresh } = reanalyse(RULE, before, after);
    assert.equal(first.findings.length, 2);
    assert.equal(firstScans, 4);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings).map((l) => l.split(' warning ')[0]), ['20:3']);
  });
});

describe('shopping-list: lists as lists', () => {
  const findings = (text: string) => lint(text, 'shopping-list').findings.map((f) => f.message.split(' and nothing')[0]);

  it('reads a long list that its lead-in calls actions, under any heading', () => {
    const actions = Array.from({ length: 9 }, (_, i) => `- action number ${i + 1} for our residents`).join('\n');
    assert.deepEqual(findings(`# Council strategy 2026 to 2028\n\n## About us\n\nOver the next three years we will:\n\n${actions}\n`), ['This list has 9 priorities side by side']);
  });

  it('leaves a long list with an ordinary lead-in alone', () => {
    const places = Array.from({ length: 9 }, (_, i) => `- library number ${i + 1} in the borough`).join('\n');
    assert.deepEqual(findings(`# Council strategy 2026 to 2028\n\n## About us\n\nWe run these libraries:\n\n${places}\n`), []);
  });

  it('reads numbered priorities that each carry their own long action list', () => {
    const actions = (p: number) => Array.from({ length: 8 }, (_, i) => `   - step ${p}.${i + 1} for tenants`).join('\n');
    const text = `# Plan 2026 to 2028\n\n## Our priorities\n\n1. Homes\n${actions(1)}\n2. Streets\n${actions(2)}\n3. Parks\n${actions(3)}\n`;
    assert.deepEqual(findings(text), ['This list nests 2 levels deep with 24 items at the bottom,']);
  });
});
