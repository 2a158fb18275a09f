// Every rule in the registry is complete: metadata, a generated doc, a test
// file with passing and failing cases (and a fix test when fixable), and it
// never throws, on an empty document or on a large seeded set of random ones.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze, defaultConfig, RULES, type Rule } from '../../server/src/core/index';
import { NOW } from '../helpers';

const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : '');

describe('every rule', () => {
  it('the registry has rules, with unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.ok(ids.length >= 10);
    assert.deepEqual([...new Set(ids)], ids);
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      it('serves a quality or a board question of the guidance', () => {
        assert.ok(rule.meta.quality || rule.meta.question, `${id} names neither a quality nor a board question`);
      });

      it('has docs prose and a description', () => {
        for (const k of ['why', 'good', 'before', 'after', 'fix'] as const) assert.ok(rule.meta.docs[k].trim().length > 10, `${id}: docs.${k} is empty`);
        assert.ok(rule.meta.description.length > 10);
      });

      it('has a generated doc page', () => {
        assert.match(read(`docs/rules/${id}.md`), new RegExp(`^# ${id}$`, 'm'), `docs/rules/${id}.md is missing; run "npm run docs"`);
      });

      it('has a test file with passing and failing cases, and a fix test if it is fixable', () => {
        const own = read(`test/rules/${id}.test.ts`);
        assert.ok(own, `test/rules/${id}.test.ts is missing`);
        // A shared suite it imports (such as the section-rule suite) counts as part of it.
        const suites = [...own.matchAll(/from '\.\/([\w-]+)'/g)].map((m) => read(`test/rules/${m[1]}.ts`));
        const t = [own, ...suites].join('\n');
        assert.match(t, /expected: \[\]/, `${id}: no case where the rule reports nothing`);
        assert.match(t, /expected: \[\s*['"`]|\.length, [1-9]|assert\.match\(/, `${id}: no case where the rule reports something`);
        if (rule.meta.fixable) assert.match(t, /applyFix|applyEdits/, `${id} is fixable but its tests never apply a fix`);
      });

      it('has option defaults that pass its own schema', () => {
        for (const [k, s] of Object.entries(rule.meta.options as Record<string, { default: unknown; type: string }>)) {
          assert.ok(s.default !== undefined, `${id}.${k} has no default`);
        }
      });

      it('does not throw on an empty document or one of only whitespace', () => {
        for (const text of ['', '\n', '   \r\n\t', '---\n---\n']) runOne(rule, text);
      });
    });
  }
});

function configFor(rule: Rule) {
  const c = defaultConfig(RULES);
  for (const id of Object.keys(c.rules)) c.rules[id].severity = id === rule.meta.id ? (rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity) : 'off';
  return c;
}

function runOne(rule: Rule, text: string) {
  const a = analyze(text, { config: configFor(rule), now: NOW, throwOnRuleError: true });
  for (const f of a.findings) {
    assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${rule.meta.id}: span out of range`);
  }
}

// Pieces real strategies are made of, including the awkward ones PDF conversions leave behind.
const piece = fc.oneof(
  fc.constantFrom(
    '# Digital strategy 2024 to 2029', '## What we will not do', '##01 Executive summary', '####Improve leadership', '## Glossary',
    '- EPR: electronic patient record', '1. Replace the PAS by March 2026 (owner: CIO)', '- [ ] TBC', '| Outcome | Target |\n| --- | --- |\n| Fewer falls | [figure] |',
    '```\ncode ## not a heading\n```', '<!-- strategy-lint-disable sentence-length -->', '<!-- strategy-lint-disable-next-line nope -->',
    '---\ntitle: Strategy\nstrategy-lint:\n  profile: general\n---', '> We will leverage robust platforms going forward.', '**Stray bold', '***',
    'We will not build an app. We won\'t buy a new intranet.', 'The system will be replaced in order to utilise the cloud.',
    'Our picture archiving and communication system (PACS) is old. PACS fails.', 'Lorem ipsum dolor sit amet.', '\\(CSUs\\) &amp; partners',
    'A very long sentence ' + 'that goes on '.repeat(20) + 'and ends.', '', '   ', '\t- nested\n    - deeper\n        - deepest', '[link](http://x) [broken](',
  ),
  fc.string({ unit: fc.constantFrom('a', 'B', ' ', '#', '\n', '-', '*', '[', ']', '(', ')', '|', '.', 'é', '😀', '\r\n', '`', '<', '>', '_', 'ICB', 'EPR', 'TBC') , maxLength: 60 }),
  fc.lorem({ maxCount: 3, mode: 'sentences' }),
);
const documents = fc.array(piece, { maxLength: 14 }).chain((parts) => fc.constantFrom('\n', '\n\n', '\r\n').map((sep) => parts.join(sep)));

describe('no rule throws on random Markdown', () => {
  it('holds for 400 seeded random documents, with every rule on at once', () => {
    const config = defaultConfig(RULES);
    for (const id of Object.keys(config.rules)) if (config.rules[id].severity === 'off') config.rules[id].severity = 'warning';
    fc.assert(
      fc.property(documents, (text) => {
        const a = analyze(text, { config, now: NOW, throwOnRuleError: true });
        for (const f of a.findings) {
          if (!(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end)) throw new Error(`${f.ruleId}: span out of range`);
          for (const fix of f.fixes) for (const e of fix.edits) if (e.start < 0 || e.end > text.length || e.start > e.end) throw new Error(`${f.ruleId}: fix out of range`);
        }
      }),
      { seed: 20261126, numRuns: 400 },
    );
  });
});
