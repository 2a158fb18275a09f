import { strict as assert } from 'node:assert';
import { statementCases } from './statement-cases';
import { applyFix, lines, lint } from '../helpers';

const RULE = 'not-doing-section';

describe(RULE, () => {
  const cases: Array<{ name: string; text: string; expected: string[] }> = [
    {
      name: 'reports a strategy with no not-doing section on its title',
      text: '# Digital strategy 2025 to 2028\n\n## Our priorities\n\n1. Replace the PAS\n',
      expected: ['1:1 warning not-doing-section No "What we will not do" section. Says what the strategy will not do or will stop, so that everyone knows where effort is not going.'],
    },
    {
      name: 'accepts a heading that means the same ("Out of scope")',
      text: '# Strategy\n\n## Out of scope\n\nWe will not build a patient app this year.\n',
      expected: [],
    },
    {
      name: 'accepts American spelling ("Not prioritizing")',
      text: '# Strategy\n\n## What we are not prioritizing\n\nAn app of our own, because the NHS App does the job.\n',
      expected: [],
    },
    {
      name: 'accepts three "we will not" statements without a heading',
      text: '# Strategy\n\nWe will not build an app. We won\'t buy a new intranet. We will stop printing letters.\n',
      expected: [],
    },
    {
      name: 'reports a not-doing section that holds only a placeholder',
      text: '# Strategy\n\n## What we will not do\n\nTBC\n',
      expected: ['3:1 warning not-doing-section The section "What we will not do" holds only a placeholder, so it counts as missing. Says what the strategy will not do or will stop, so that everyone knows where effort is not going.'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(lines(c.text, lint(c.text, RULE).findings), c.expected);
    });
  }

  it('inserts the section after the priorities, at their heading level, and the finding goes away', () => {
    const text = '# Digital strategy\n\n## Our priorities\n\n1. Replace the PAS\n\n## Governance\n\nThe board owns it.\n';
    const [finding] = lint(text, RULE).findings;
    const fixed = applyFix(text, finding);
    assert.match(fixed, /## Our priorities\n\n1\. Replace the PAS\n\n## What we will not do\n\n- We will not .*\n- We will stop .*\n\n## Governance\n/);
    assert.deepEqual(lint(fixed, RULE).findings, []);
  });

  it('keeps CRLF line endings in the inserted section', () => {
    const text = '# Digital strategy\r\n\r\n## Our priorities\r\n\r\n1. Replace the PAS\r\n';
    const fixed = applyFix(text, lint(text, RULE).findings[0]);
    assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was inserted');
    assert.deepEqual(lint(fixed, RULE).findings, []);
  });
});

statementCases(
  RULE,
  [
    'We do not aim to replace the regional shared record.',
    'There is no focus on new apps in the first two years.',
    "We won't invest in a data warehouse until the basics are stable.",
    'We have chosen not to buy a new intranet.',
    'The council has decided not to build its own customer portal.',
    'This strategy does not cover school admissions, which have a plan of their own.',
    'It also does not deal with telephony.',
    'Our plan is not about putting every service online.',
    'Robotic automation is out of scope for this plan.',
    'Voice assistants are outside the scope of this strategy.',
    'A new website is not a priority for us before 2027.',
    'Paper forms will no longer be accepted after March 2027.',
    'Work on the staff app will be paused until the network is replaced.',
    'We are not planning to run our own data centre.',
    "We aren't going to prioritize a chatbot.",
    'The machine learning pilot has been deprioritized.',
  ],
  [
    "We don't stop at understanding what people need.",
    "We don't use this approach to avoid the hardest questions.",
    "That won't prevent us from challenging custom and practice.",
    'We will not only fix the network but also train staff.',
    "We won't always need to build new tools.",
    'We will not be able to do this without new funding.',
    "The county's plan does not cover our services.",
    'This is a new priority for the year.',
  ],
);
