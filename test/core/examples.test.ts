// The bundled examples: the good strategy passes every rule there is, and
// the weak one shows the problems it was written to show.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyEdits, chooseFixes, defaultConfig, RULES } from '../../server/src/core/index';
import { lines, NOW } from '../helpers';

const read = (name: string) => readFileSync(join(process.cwd(), 'examples', name), 'utf8');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('bundled examples', () => {
  it('the good strategy has no findings from any rule, hints included', () => {
    const text = read('good-digital-strategy.md');
    const a = analyze(text, { config: defaultConfig(RULES), now: NOW, throwOnRuleError: true });
    assert.deepEqual(lines(text, a.findings), []);
  });

  it('the weak strategy shows a long horizon, no "not doing" section and vague outcomes', () => {
    const text = read('weak-digital-strategy.md');
    const a = analyze(text, { config: defaultConfig(RULES), now: NOW, throwOnRuleError: true });
    const out = lines(text, a.findings);
    assert.ok(out.includes('1:48 error time-horizon ' + 'This horizon is 10 years, more than the 5 years the Digital Boards guidance recommends: technology moves too fast to plan that far ahead. Keep longer aims as a vision and plan no more than 5 years.'), out.join('\n'));
    assert.ok(out.some((l) => l.startsWith('1:1 warning not-doing-section No "What we will not do" section.')), out.join('\n'));
    assert.ok(out.some((l) => / warning measurable-outcome (?:This outcome has|All \d+ outcomes in this list have) no measure and no date/.test(l)), out.join('\n'));
  });

  it('"fix all" on the weak strategy changes words only; its own quick fix inserts the missing section', () => {
    const text = read('weak-digital-strategy.md');
    const config = defaultConfig(RULES);
    const first = analyze(text, { config, now: NOW });
    const fixed = applyEdits(text, chooseFixes(first.findings, first.doc).flatMap((f) => f.edits));
    assert.notEqual(fixed, text, 'some words were fixed');
    const headings = (t: string) => t.split('\n').filter((l) => /^#/.test(l));
    assert.deepEqual(headings(fixed), headings(text));
    const notDoing = first.findings.find((f) => f.ruleId === 'not-doing-section')!;
    const inserted = applyEdits(text, notDoing.fixes[0].edits);
    assert.match(inserted, /\n## What we will not do\n\n- We will not /);
    const again = analyze(inserted, { config, now: NOW });
    assert.deepEqual(again.findings.filter((f) => f.ruleId === 'not-doing-section'), []);
  });

  it('both are a realistic length (800 to 1,500 words)', () => {
    for (const name of ['good-digital-strategy.md', 'weak-digital-strategy.md']) {
      const n = words(read(name));
      assert.ok(n >= 800 && n <= 1500, `${name} has ${n} words`);
    }
  });
});
