import { strict as assert } from 'node:assert';
import { lines, lint, reanalyse } from '../helpers';

const RULE = "cookie-cutter";

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[]; config?: Record<string, unknown> }> = [
    {
      name: "reports stock phrases one by one",
      text: "# Digital strategy 2025 to 2028\n\nWe will deliver world-class, seamless services.\n",
      expected: ["3:17 info cookie-cutter \"world-class\" is a stock phrase that could sit in any organisation's strategy. Say the plain, particular thing you mean.",
        "3:30 info cookie-cutter \"seamless\" is a stock phrase that could sit in any organisation's strategy. Say the plain, particular thing you mean."],
    },
    {
      name: "reports American spelling (\"center of excellence\")",
      text: "# Digital strategy 2025 to 2028\n\nWe will build a center of excellence for data.\n",
      expected: ["3:17 info cookie-cutter \"center of excellence\" is a stock phrase that could sit in any organisation's strategy. Say the plain, particular thing you mean."],
    },
    {
      name: "accepts \"digital first\" when the strategy says what it means",
      text: "# Digital strategy 2025 to 2028\n\nDigital first means we design for the web before paper. We are digital first in every service.\n",
      expected: [],
    },
    {
      name: "reports a section where most sentences name nothing specific, with its score",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nWe will work with people to make things better for everyone in new ways. We will work with people to make things better for everyone in many ways. We will work with people to make things better for everyone in simple ways. We will work with people to make things better for everyone in clear ways. We will work with people to make things better for everyone in good ways. We will work with people to make things better for everyone in kind ways.\n",
      expected: ["3:1 info cookie-cutter 100% of the 6 sentences in \"Our vision\" are aims that name no figure, date, place, service or body, so they could sit in anyone's strategy (specificity 0%). Add what is particular to you."],
    },
    {
      name: "reports a section of aims that name nothing specific (American spelling)",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nWe will modernize how we serve everyone. We will optimize our processes to be more efficient. We will foster a culture of innovation across the organization. We will empower our teams to get great results. We will keep people first in all our work.\n",
      expected: ["3:1 info cookie-cutter 100% of the 5 sentences in \"Our vision\" are aims that name no figure, date, place, service or body, so they could sit in anyone's strategy (specificity 0%). Add what is particular to you."],
    },
    {
      name: "counts aims to increase or reduce something, naming nothing, as boilerplate too",
      text: "# Digital strategy 2025 to 2028\n\n## Objectives\n\n- Reduce the administrative burden on our staff\n- Increase the use of data in decisions at every level\n- Reduce the time people spend waiting for answers\n- Increase the number of people who can help themselves\n- Reduce duplication between teams across the organisation\n",
      expected: ["3:1 info cookie-cutter 100% of the 5 sentences in \"Objectives\" are aims that name no figure, date, place, service or body, so they could sit in anyone's strategy (specificity 0%). Add what is particular to you."],
    },
    {
      name: "accepts a section of specific sentences",
      text: "# Digital strategy 2025 to 2028\n\n## Where we are now\n\nWard 7 at St James's moved to electronic observations in 2024. Our 4,000 community patients can book online. Leeds GPs see our discharge letters within an hour. We cut printing by 30% last year. The pharmacy robot at Wharfedale handles 2,000 items a day. Most staff now log in once a shift.\n",
      expected: [],
    },
    {
      name: "does not count a plain description of the world or of users as boilerplate, though it names nothing",
      text: "# Digital strategy 2025 to 2028\n\n## Who uses the service\n\nPeople come to the service at hard moments in their lives. Many are anxious, short of time or unsure what happens next. Some find forms and letters difficult to follow. Others would rather talk to a person than use a website. Most want simple and clear information at the moment they need it. Few of them know how the system works behind the scenes.\n",
      expected: [],
    },
    {
      name: "nor a plain statement of a document's scope (American spelling)",
      text: "# Digital strategy 2025 to 2028\n\n## What this strategy covers\n\nThis strategy is mostly about the services that the agency runs itself. Some programs are run jointly with other agencies and are covered by their own plans. Most people do not care which level of government runs a program. They just want the service to work well for them. The actions in this document are mainly about applications and payments. Other topics are left to the annual program reviews.\n",
      expected: [],
    },
    {
      name: "counts a service named by its web address as specific",
      text: "# Digital strategy 2025 to 2028\n\n## Our platforms\n\nOur teams will deliver every new service on cloud.example.gov.au from now on. We publish our open data on data.example.org.uk to support others who use it. We will improve our guidance for teams and keep it up to date. We want our staff to embrace a culture of working in the open. We will support our teams to try new ideas quickly and safely.\n",
      expected: [],
    },
    {
      name: "lets the threshold be raised in config",
      text: "# Digital strategy 2025 to 2028\n\n## Our vision\n\nWe will work with people to make things better for everyone in new ways. We will work with people to make things better for everyone in many ways. We will work with people to make things better for everyone in simple ways. We will work with people to make things better for everyone in clear ways. We will work with people to make things better for everyone in good ways. We will work with people to make things better for everyone in kind ways.\n",
      config: {"rules": {"cookie-cutter": {"maxGenericPercent": 100}}},
      expected: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE, c.config).findings), c.expected);
    });
  }

  it('scans again only the section that changed, with the same findings as a fresh analysis', () => {
    const vague = ['new', 'many', 'simple', 'clear', 'good', 'kind'].map((w) => `We will work with people to make things better for everyone in ${w} ways.`).join(' ');
    const before = `# Digital strategy 2025 to 2028\n\n## Our vision\n\n${vague}\n\n## Our approach\n\nWe are digital first in every service.\n`;
    // Defining "digital first" in one section clears its use in another, which is not scanned again.
    const after = before.replace('kind ways.', 'kind ways. Digital first means we design for the web before paper.');
    const { first, firstScans, again, scans, fresh } = reanalyse(RULE, before, after);
    assert.equal(firstScans, 3);
    assert.equal(first.findings.length, 2);
    assert.match(first.findings[1].message, /^"digital first" is a stock phrase/);
    assert.equal(scans, 1);
    assert.deepEqual(again.findings, fresh.findings);
    assert.deepEqual(lines(after, again.findings), [
      '3:1 info cookie-cutter 86% of the 7 sentences in "Our vision" are aims that name no figure, date, place, service or body, so they could sit in anyone\'s strategy (specificity 14%). Add what is particular to you.',
    ]);
  });
});

describe(`${RULE}: stock phrases in their sense`, () => {
  const stock = (sentence: string) => lint(`# Plan 2026 to 2028\n\n${sentence}\n`, RULE).findings.map((f) => f.message.split('"')[1]);
  it('leaves a stock phrase used as a name alone', () => {
    assert.deepEqual(stock("Our 'world class' benchmarking exercise ran in May."), []);
    assert.deepEqual(stock('The “seamless” pilot taught us a lot.'), []);
  });
  it('leaves a literal "at the heart of" alone', () => {
    assert.deepEqual(stock('Our new hub sits at the heart of the city.'), []);
    assert.deepEqual(stock('The library is at the heart of Wakefield.'), []);
  });
  it('still reports the stock phrase as boilerplate', () => {
    assert.deepEqual(stock('We will put data at the heart of everything we do.'), ['at the heart of']);
    assert.deepEqual(stock('We will offer world class services.'), ['world class']);
  });
  it('counts number words as specifics ("every two weeks", "three teams")', () => {
    const generic = 'We will work closely with people to improve the organisation.';
    const specific = 'We will meet every two weeks with three teams from the wards.';
    const section = (s: string) => `# Plan 2026 to 2028\n\n## How we work\n\n${[s, s, s, s, s].join(' ')}\n`;
    assert.equal(lint(section(generic), RULE).findings.length, 1);
    assert.deepEqual(lint(section(specific), RULE).findings, []);
  });
});
