// What a document says about itself (facts.ts): its own title, year, period,
// horizon, owner and review promise, told apart from other dates and plans.
import { strict as assert } from 'node:assert';
import { analyze, strategyFacts, type StrategyFacts } from '../../server/src/core/index';
import { buildDoc } from '../../server/src/core/model';
import { lines, lint, NOW } from '../helpers';

const facts = (text: string): StrategyFacts => strategyFacts(buildDoc(text), NOW);
const said = (text: string, span?: { start: number; end: number }) => (span ? text.slice(span.start, span.end) : undefined);

describe('strategy facts', () => {
  describe('its own horizon, not other dates', () => {
    const cases: Array<{ name: string; text: string; horizon: number | undefined; aside?: string[] }> = [
      {
        name: 'a projection is not a horizon ("forecast to double by 2045")',
        text: '# Digital plan 2025 to 2028\n\nHospital admissions are forecast to double by 2045.\n',
        horizon: 3,
        aside: ['projection'],
      },
      {
        name: "another body's plan is not a horizon (\"the ICB's five-year plan\")",
        text: "# Our digital plan\n\nThis supports the ICB's five-year plan. We will finish by 2027.\n",
        horizon: 2,
        aside: ['other plan'],
      },
      {
        name: "a named plan of another body is not a horizon (\"the county's Housing Strategy 2021-2031\")",
        text: "# Our digital plan\n\nWe link to the county's Housing Strategy 2021-2031. We will finish by 2027.\n",
        horizon: 2,
        aside: ['other plan'],
      },
      {
        name: 'a plan the text rejects is not a horizon ("we will not write a fifteen-year plan")',
        text: '# Our digital plan\n\nWe will not write a fifteen-year plan. Everything here is done by 2027.\n',
        horizon: 2,
        aside: ['negated'],
      },
      {
        name: 'a year followed by a day of the month is not a two-digit range ("1 April 2024 – 30 June", not 2024-2030)',
        text: '# Our digital plan\n\nNew data sets released between 1 April 2024 – 30 June\n\nWe will finish by 2027.\n',
        horizon: 2,
      },
      {
        name: 'history is not a horizon ("over three decades of change")',
        text: '# Our digital plan\n\nThe town has seen over three decades of change. We will finish by 2027.\n',
        horizon: 2,
        aside: ['history'],
      },
      {
        name: 'a past range is history ("our 2015 to 2020 strategy")',
        text: '# Digital strategy\n\nOur 2015 to 2020 strategy moved records online.\n',
        horizon: undefined,
        aside: ['history'],
      },
      {
        name: 'a planning term in link text that Markdown could not read as a link still states one (not a prompt)',
        text: '# IT strategy\n\n- [Medium term (~4 years)]({{ site.baseurl }}/medium.html)\n',
        horizon: 4,
      },
      { name: '"this five-year strategy" states one', text: '# Digital strategy\n\nThis five-year strategy sets our course.\n', horizon: 5 },
      { name: '"our strategy runs to 2028" states one, measured from today when no year is given', text: '# Digital strategy\n\nOur strategy runs to 2028.\n', horizon: 3 },
      { name: '"by 2029 we will" states one', text: '# Digital strategy\n\nBy 2029 we will close the paper archive.\n', horizon: 4 },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const f = facts(c.text);
        assert.equal(f.horizonYears?.value, c.horizon);
        assert.deepEqual(f.setAside.map((s) => s.why), c.aside ?? []);
      });
    }

    it('reports no horizon for a strategy whose only dates are other plans, projections and history', () => {
      const text = '# Digital strategy\n\nThe population is projected to grow by 2040. The ICB\'s ten-year plan sets the direction. We will not write a 20-year plan.\n';
      assert.deepEqual(lines(text, lint(text, 'time-horizon').findings), [
        '1:1 warning time-horizon The strategy does not say what period it covers. State a horizon of five years or less, for example "2025 to 2028" in the title.',
      ]);
    });

    it('reports the longest horizon once, naming the others', () => {
      const text = '# Digital strategy\n\nPublished May 2024.\n\nWe will redesign every service by 2031 and close the last paper clinic by 2033.\n';
      assert.deepEqual(lines(text, lint(text, 'time-horizon').findings), [
        '5:72 error time-horizon "by 2033" is 9 years from 2024, the year the document is dated, more than the 5 years the Digital Boards guidance recommends (so is "by 2031"): technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.',
      ]);
    });
  });

  describe('its own title and year, however the title is marked up', () => {
    it('reads a title in bold lines, with its range, in a converted document', () => {
      const text = '**Digital Strategy 2024-2031**\n\nFOREWORD\n\nThis strategy sets out how we will use digital to help our residents over the coming years.\n';
      const f = facts(text);
      assert.equal(f.title?.text, 'Digital Strategy 2024-2031');
      assert.equal(f.year.value, 2024);
      assert.deepEqual([f.period?.start, f.period?.end], [2024, 2031]);
      assert.equal(f.horizonYears?.value, 7);
      assert.deepEqual(lines(text, lint(text, 'time-horizon').findings).map((l) => l.slice(0, 42)), ['1:20 error time-horizon This horizon is 7 ']);
    });

    it('joins a title split over several short lines', () => {
      const text = 'Riverside Borough Council\n\n**Digital and Data**\n\nStrategy\n\n2025-2028\n\n\n\nOur plan for the next three years starts with the services residents use most.\n';
      const f = facts(text);
      assert.equal(f.title?.text, 'Riverside Borough Council Digital and Data Strategy 2025-2028');
      assert.equal(said(text, f.title?.span)?.split('\n')[0], 'Riverside Borough Council');
      assert.equal(f.year.value, 2025);
      assert.equal(f.year.source, 'title');
      assert.equal(said(text, f.period?.span), '2025-2028');
    });

    it('takes the year from front matter before the title, and the title from front matter when there is no # heading', () => {
      const f = facts('---\ntitle: Our digital plan\ndate: 2023-05-01\n---\n# Our digital plan 2025\n\nText.\n');
      assert.equal(f.title?.text, 'Our digital plan 2025');
      assert.deepEqual([f.year.value, f.year.source], [2023, 'front matter']);
      const g = facts('---\ntitle: Our digital plan\n---\nText.\n');
      assert.deepEqual([g.title?.text, g.title?.source], ['Our digital plan', 'front matter']);
      assert.deepEqual([f.year.value, f.year.source], [2023, 'front matter']);
    });

    it('takes the year an undated older strategy speaks of as past, so its deadlines are not in the past', () => {
      const text = '# Digital strategy\n\nIn October 2016 we moved the intranet to the cloud.\n\nWe will replace the patient administration system by March 2019.\n';
      const f = facts(text);
      assert.deepEqual([f.year.value, f.year.source], [2016, 'text']);
      assert.equal(f.horizonYears?.value, 3);
      assert.deepEqual(lint(text, 'time-horizon').findings, []);
    });

    it('says a deadline is measured from today when the document gives no year of its own', () => {
      const text = '# Digital strategy\n\nEvery clinic will book online by 2034.\n';
      assert.match(lint(text, 'time-horizon').findings[0].message, /is 9 years from today \(2025\), as the document states no year of its own/);
    });
  });

  describe('its owner and review promise', () => {
    it('names the body that owns or leads it, with the sentence that says so', () => {
      const text = '# Digital strategy 2025 to 2028\n\nThis strategy is owned by the Digital Partnership Board, which meets every quarter.\n';
      const f = facts(text);
      assert.equal(f.owner?.text, 'the Digital Partnership Board');
      assert.equal(said(text, f.owner?.span), 'This strategy is owned by the Digital Partnership Board, which meets every quarter.');
    });

    it('does not take the lead of other work for the owner of the strategy', () => {
      assert.equal(facts('# Digital strategy\n\nThe new pharmacy is led by the estates team.\n').owner, undefined);
    });

    it('keeps the review promise, with or without a cycle', () => {
      const cycle = facts('# Digital strategy\n\nThe board will review this strategy every year.\n');
      assert.deepEqual([cycle.review?.cycle, cycle.review?.quote], [true, 'The board will review this strategy every year.']);
      const vague = facts('# Digital strategy\n\nWe will review this strategy regularly.\n');
      assert.deepEqual([vague.review?.cycle, vague.review?.vague], [false, 'regularly']);
    });
  });

  it('are given with the analysis, for front ends such as a board pack', () => {
    const a = analyze('# Digital strategy 2025 to 2028\n\nThe trust board owns this strategy.\n', { now: NOW });
    assert.equal(a.facts.title?.text, 'Digital strategy 2025 to 2028');
    assert.equal(a.facts.owner?.text, 'The trust board');
    assert.equal(a.facts.horizonYears?.value, 3);
  });
});
