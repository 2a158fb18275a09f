// One problem, one finding: the rule pairs in docs/overlaps.md.
import { strict as assert } from 'node:assert';
import { lint } from '../helpers';

const fired = (text: string) => lint(text).findings.map((f) => f.ruleId);

describe('rule pairs that may overlap (docs/overlaps.md)', () => {
  it('technology-led leaves cyber security to basics-first, which counts it as a basic', () => {
    const text = '# Plan 2026 to 2028\n\n## Our priorities\n\n1. Cyber security for every system\n2. Then we will test machine learning on one ward\n';
    const ids = fired(text);
    assert.ok(!ids.includes('basics-first'), 'the basics are named, so basics-first is satisfied');
    const tech = lint(text).findings.filter((f) => f.ruleId === 'technology-led').map((f) => text.slice(f.span.start, f.span.end));
    assert.ok(!tech.some((t) => /cyber/i.test(t)), `cyber security was called technology-led: ${tech.join(' | ')}`);
  });

  it('an item of a list led in as commitments gets measurable-outcome only, not vague-outcome as well', () => {
    const text = '# Plan 2026 to 2028\n\n## About us\n\nOver the next three years, we will:\n\n- improve the way residents report problems\n- reduce the paperwork for our care staff\n';
    const ids = fired(text);
    assert.equal(ids.filter((id) => id === 'measurable-outcome').length, 1);
    assert.ok(!ids.includes('vague-outcome'), ids.join(', '));
  });

  it('a hollow commitment is one finding, not a words-to-avoid "committed" as well', () => {
    const text = '# Plan 2026 to 2028\n\nWe are committed to open data.\n';
    const found = lint(text).findings.filter((f) => f.ruleId === 'hollow-commitment' || f.ruleId === 'words-to-avoid');
    assert.deepEqual(found.map((f) => f.ruleId), ['hollow-commitment']);
    assert.match(found[0].message, /GOV\.UK style guide also lists "commit"/);
  });

  it('a GOV.UK word is words-to-avoid\'s, not cookie-cutter\'s as well', () => {
    const ids = fired('# Plan 2026 to 2028\n\nGoing forward we will leverage our data.\n');
    assert.ok(ids.includes('words-to-avoid'));
    assert.ok(!ids.includes('cookie-cutter'));
  });

  it('a long unranked list with no measures gets one finding from each of measurable-outcome and shopping-list, saying different things', () => {
    const items = ['happier residents', 'better roads for cyclists', 'cleaner parks in summer', 'faster planning decisions', 'fewer missed bins', 'more homes for families', 'quicker repairs for tenants', 'safer streets at night'];
    const text = `# Plan 2026 to 2028\n\n## Our priorities\n\n${items.map((i) => `- ${i} across the borough`).join('\n')}\n`;
    const found = lint(text).findings.filter((f) => f.ruleId === 'measurable-outcome' || f.ruleId === 'shopping-list');
    assert.deepEqual(found.map((f) => f.ruleId).sort(), ['measurable-outcome', 'shopping-list']);
    assert.notEqual(found[0].message, found[1].message);
  });

  it('a strategy written by the IT team with no owner gets ownership-section and delegated-ownership, saying different things', () => {
    const text = '# Digital strategy 2026 to 2028\n\nThis strategy was written by the IT team.\n';
    const found = lint(text).findings.filter((f) => f.ruleId === 'ownership-section' || f.ruleId === 'delegated-ownership');
    assert.deepEqual(found.map((f) => f.ruleId).sort(), ['delegated-ownership', 'ownership-section']);
    assert.match(found.find((f) => f.ruleId === 'ownership-section')!.message, /No "Ownership and governance" section/);
  });
  it('several missing sections worth having are one finding on the title, naming the others, which stay as hints with their quick fixes', () => {
    // A short plan with its must-have sections but none of the ones worth having.
    const text = '# Parks plan 2026 to 2028\n\n## Our residents and their needs\n\nResidents told us in 40 interviews that they want cleaner play areas.\n\n## What we will not do\n\nWe will not build a new app.\n\n## How we will review this plan\n\nThe cabinet reviews it every April.\n';
    const missing = lint(text).findings.filter((f) => f.data?.missing === true);
    const visible = missing.filter((f) => f.severity !== 'hint');
    assert.ok(missing.length >= 3, `expected several missing sections, got ${missing.map((f) => f.ruleId).join(', ')}`);
    assert.equal(visible.length, missing.filter((f) => f.severity === 'warning').length + 1, missing.map((f) => `${f.ruleId} ${f.severity}`).join(', '));
    const carrier = visible.find((f) => f.severity === 'info')!;
    for (const f of missing.filter((x) => x.severity === 'hint')) {
      const title = /^No "([^"]+)" section/.exec(f.message)![1];
      assert.ok(carrier.message.includes(`"${title}"`), `the carrier should name "${title}": ${carrier.message}`);
      assert.equal(f.fixes.length, 1, `${f.ruleId} keeps its quick fix`);
    }
  });

  it('two missing sections worth having stay two findings', () => {
    const rules = { 'delivered-and-learnt-section': 'off', 'ownership-section': 'off', 'priorities-section': 'off', 'resources-section': 'off', 'alignment-section': 'off', 'current-state-section': 'off', 'outcomes-section': 'off' };
    const text = '# Parks plan 2026 to 2028\n\nWe will clean every play area by May 2027.\n';
    const info = lint(text, undefined, { rules }).findings.filter((f) => f.data?.missing === true && f.severity === 'info');
    assert.ok(info.length <= 2 && info.length > 0, info.map((f) => f.ruleId).join(', '));
    for (const f of info) assert.doesNotMatch(f.message, /It also has no/);
  });
});
