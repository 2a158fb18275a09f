import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = "delegated-ownership";

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: "reports a strategy owned by the IT department",
      text: "# Digital strategy 2025 to 2028\n\nThis strategy is owned by the IT department.\n",
      expected: ["3:18 warning delegated-ownership \"owned by the IT department\", and the strategy never names the board or chief executive. The Digital Boards guidance asks the whole board to own the strategy; say so."],
    },
    {
      name: "accepts IT leading when the board owns it",
      text: "# Digital strategy 2025 to 2028\n\nThis strategy is owned by the IT department. The trust board approved it in May.\n",
      expected: [],
    },
    {
      name: "reports a strategy written by consultants",
      text: "# Digital strategy 2025 to 2028\n\nIt was written by consultants.\n",
      expected: ["3:8 warning delegated-ownership \"written by consultants\", and the strategy never names the board or chief executive. The Digital Boards guidance asks the whole board to own the strategy; say so."],
    },
    {
      name: "reports American usage (\"led by the CIO\", \"organization\")",
      text: "# Digital strategy 2025 to 2028\n\nThe plan for our organization is led by the CIO.\n",
      expected: ["3:34 warning delegated-ownership \"led by the CIO\", and the strategy never names the board or chief executive. The Digital Boards guidance asks the whole board to own the strategy; say so."],
    },
    {
      name: "notes, as information, a strategy that calls itself an IT strategy and never names the board",
      text: "# Digital strategy 2025 to 2028\n\n## Context\n\nThe IT Strategy reduces risk.\n",
      expected: ["5:5 info delegated-ownership The strategy calls itself an \"IT Strategy\" and never names the board or chief executive. The Digital Boards guidance asks for a strategy the whole board owns, not one left to IT."],
    },
    {
      name: "does not take a job family named in a table of posts for the document calling itself an IT strategy",
      text: "# Digital workforce review 2025\n\n## Findings\n\nPosts in programme management, IT strategy and development grew from 801 to 3,407 between the two surveys.\n",
      expected: [],
    },
    {
      name: "but does read \"this IT strategy\" as the document's own name (American spelling)",
      text: "# Digital program 2025 to 2028\n\n## Context\n\nThis IT strategy lays out the program for our agency.\n",
      expected: ["5:6 info delegated-ownership The strategy calls itself an \"IT strategy\" and never names the board or chief executive. The Digital Boards guidance asks for a strategy the whole board owns, not one left to IT."],
    },
    {
      name: "accepts an IT strategy the board owns",
      text: "# Digital strategy 2025 to 2028\n\nThe IT strategy is owned by the trust board.\n",
      expected: [],
    },
    {
      name: "never reads \"it\" as IT",
      text: "# Digital strategy 2025 to 2028\n\nThe strategy is owned by it all.\n",
      expected: [],
    },
    {
      name: "reports a branch named by its initials",
      text: "# Digital strategy 2025 to 2028\n\nThis strategy is owned by the IITB branch.\n",
      expected: ["3:18 warning delegated-ownership \"owned by the IITB branch\", and the strategy never names the board or chief executive. The Digital Boards guidance asks the whole board to own the strategy; say so."],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it("after an edit, scans only the chunk that changed and finds what a fresh analysis finds", () => {
    const before = "# Digital strategy 2025 to 2028\n\n## Ownership\n\nThis strategy is owned by the IT department.\n\n## Approval\n\nThe trust board approved it.\n\n## Delivery\n\nIt was written by consultants.\n";
    const after = before.replace("The trust board approved it.", "The team approved it.");
    const { first, again, scans, fresh } = reanalyse(RULE, before, after);
    assert.deepEqual(first.findings, []);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(again.evidence, fresh.evidence);
    assert.deepEqual(lines(after, again.findings).map((l) => l.split(" ").slice(0, 3).join(" ")), ["5:18 warning delegated-ownership", "13:8 warning delegated-ownership"]);
  });
});
