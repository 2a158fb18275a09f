// The scorecard: the board's five questions and the six qualities answered
// yes / partly / no with evidence spans, plus reading grades and What Good
// Looks Like coverage as figures.
import { strict as assert } from 'node:assert';
import { analyze, RULES, scorecard, scorecardFigureLines, SECTION_KINDS } from '../../server/src/core/index';
import { configWith, lint, NOW } from '../helpers';

const GOOD = `# Digital strategy 2025 to 2028

## Summary

By March 2028 every ward will use electronic prescribing, and patients will see their record in the NHS App.

## Where we are now

We run 212 applications. Our electronic patient record was available 99.2% of the time in 2024/25.

## What we have delivered and learnt

We rolled out 1,200 laptops in 2024 and learnt that training on the ward works better than classroom sessions.

## Our users and their needs

We surveyed 840 patients and 1,100 staff in 2025. Patients need to see test results sooner; staff need to log in once.

## How this supports our organisation and system strategy

This strategy supports our trust strategy and the West Yorkshire integrated care board's joint forward plan.

## Measurable outcomes

| Outcome | Measure | Baseline | Target | By when | Owner |
| --- | --- | --- | --- | --- | --- |
| Faster log-in | Seconds to log in | 45 (2025) | 10 | March 2027 | Chief information officer |

## Our priorities

1. Now (2025/26): single sign-on, because staff lose 20 minutes a shift to log-ins.
2. Next (2026/27): electronic prescribing on all 40 wards, led by the chief pharmacist.
3. Later (2027/28): a shared care record used by our 5 partners, led by the chief information officer.

## What we will not do

- We will not build our own patient app, because the NHS App meets the need.
- We will stop printing clinic letters by April 2026.

## Resources, constraints and risks

The plan needs £4.2 million over three years and 12 more informatics staff. The main risk is recruitment.

## Ownership and governance

The trust board owns this strategy. The chief executive is accountable for delivery, and the digital committee oversees it every quarter.

## How we will review this strategy

The board will review progress every quarter and refresh the strategy each year, next in April 2026.

## How we will communicate and engage

We will share it with staff at team briefings, with partners at the ICB digital board, and with patients through our website.
`;

const WEAK = '# Digital transformation strategy 2025 to 2040\n\nWe will leverage cutting-edge AI to transform care.\n';

describe('scorecard', () => {
  const run = (text: string, config?: ReturnType<typeof configWith>) => {
    const a = analyze(text, { now: NOW, config });
    return { a, sc: scorecard(a, RULES) };
  };

  it('answers every board question for a strategy that follows the guidance, with evidence in the text', () => {
    const { a, sc } = run(GOOD);
    assert.deepEqual(sc.questions.map((q) => [q.id, q.answer]), [
      ['current-services', 'yes'],
      ['users-and-needs', 'yes'],
      ['not-prioritising', 'yes'],
      ['system-alignment', 'yes'],
      ['five-year-impact', 'yes'],
    ]);
    const focused = sc.qualities.find((q) => q.id === 'focused')!;
    // The evidence is what the section says, not its heading.
    assert.ok(focused.evidence.some((e) => a.doc.text.slice(e.span.start, e.span.end).startsWith('We will not build our own patient app')));
  });

  it('answers no, with the problems, for a strategy that misses them', () => {
    const { sc } = run(WEAK);
    const notDoing = sc.questions.find((q) => q.id === 'not-prioritising')!;
    assert.equal(notDoing.answer, 'no');
    assert.ok(notDoing.problems.some((p) => p.ruleId === 'not-doing-section'));
    assert.match(sc.summary, /^Board questions [0-2]\/5 answered · /);
  });

  it('every board question and quality is checked by at least one rule', () => {
    const { sc } = run(GOOD);
    for (const item of [...sc.questions, ...sc.qualities]) assert.ok(item.checked, `${item.id} has no rule serving it`);
  });

  it('carries the reading grade as a figure for the document and each top-level section', () => {
    const { sc } = run(GOOD);
    assert.ok(sc.readability.document > 5 && sc.readability.document < 20);
    assert.equal(sc.readability.sections.length, 12);
    assert.equal(sc.readability.sections[0].heading, 'Summary');
    assert.match(scorecardFigureLines(sc)[0], /^ {2}Reading grade \(SMOG\): \d+(\.\d)? for the document\.$/);
  });

  it('shows What Good Looks Like coverage as information for the nhs profile only', () => {
    const { sc } = run(GOOD);
    assert.deepEqual(sc.whatGoodLooksLike.map((w) => w.id), ['well-led', 'smart-foundations', 'safe-practice', 'support-people', 'empower-citizens', 'improve-care', 'healthy-populations']);
    assert.equal(sc.whatGoodLooksLike.find((w) => w.id === 'empower-citizens')!.answer, 'yes');
    assert.equal(sc.whatGoodLooksLike.find((w) => w.id === 'healthy-populations')!.answer, 'no');
    assert.match(scorecardFigureLines(sc).join('\n'), /What Good Looks Like \(information only\): Well led ✓/);
    const general = run(GOOD, configWith({ profile: 'general' })).sc;
    assert.deepEqual(general.whatGoodLooksLike, []);
  });
});

describe('scorecard on content', () => {
  const answers = (text: string) => {
    const sc = scorecard(analyze(text, { now: NOW }), RULES);
    return { sc, yes: sc.questions.filter((q) => q.answer === 'yes').map((q) => q.id), quality: (id: string) => sc.qualities.find((q) => q.id === id)!.answer };
  };
  // Every section's heading and the prompts its skeleton leaves, as the quick fixes insert them.
  const skeleton = ['# Digital strategy', ...SECTION_KINDS.flatMap((k) => [`## ${k.title}`, k.skeleton.join('\n')])].join('\n\n') + '\n';
  // The same with the brackets gone, as a snippet leaves its defaults.
  const snippet = skeleton.replace(/\[|\]/g, '');

  it('does not call a one-word document owned or mainstream', () => {
    const { sc, yes, quality } = answers('Strategy\n');
    assert.deepEqual(yes, []);
    assert.notEqual(quality('owned'), 'yes');
    assert.notEqual(quality('mainstream'), 'yes');
    assert.match(sc.summary, /^Board questions 0\/5 answered · /);
  });

  it('does not count headings and unfilled prompts as answers', () => {
    assert.deepEqual(answers(skeleton).yes, []);
    assert.deepEqual(answers(snippet).yes, []);
  });

  it('counts a section once it holds a sentence of content, with that sentence as evidence', () => {
    const text = '# Digital strategy 2025 to 2027\n\n## What we will not do\n\n[Add what we will not do.]\n\n## Our users and their needs\n\nWe surveyed 900 residents in 2024: most want to report a problem online.\n';
    const { sc, yes } = answers(text);
    assert.ok(yes.includes('users-and-needs'));
    assert.ok(!yes.includes('not-prioritising'));
    const users = sc.questions.find((q) => q.id === 'users-and-needs')!;
    assert.ok(users.evidence.some((e) => text.slice(e.span.start, e.span.end).startsWith('We surveyed 900 residents')));
  });

  it("counts a writer's own sentence that happens to use a few of a skeleton's words as content", () => {
    // "their biggest need" is in the users skeleton; here it is part of what residents said.
    const text = '# Digital strategy 2025 to 2027\n\n## Our users and their needs\n\nResidents told us their biggest need is to report a missed bin collection online.\n';
    assert.ok(answers(text).yes.includes('users-and-needs'));
  });

  it('keeps the delegated-ownership warning when the ownership snippet is left unfilled', () => {
    const text = '# Digital strategy 2025 to 2027\n\nThis strategy is owned by the IT department.\n';
    const ownership = SECTION_KINDS.find((k) => k.kind === 'ownership')!;
    const unfilled = `${text}\n## ${ownership.title}\n\n${ownership.skeleton.join('\n').replace(/\[|\]/g, '')}\n`;
    assert.equal(lint(text, 'delegated-ownership').findings.length, 1);
    assert.equal(lint(unfilled, 'delegated-ownership').findings.length, 1);
    // The section rule leaves the inserted skeleton to placeholder-text; the scorecard does not count it.
    const sc = scorecard(analyze(unfilled, { now: NOW }), RULES);
    assert.equal(sc.qualities.find((q) => q.id === 'owned')!.answer, 'no');
  });
});
