// The section matcher tests one combined pattern per kind. It must find exactly
// the kinds that testing each synonym on its own would find.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { normaliseHeading, phraseToRegex, SECTION_KINDS, SectionMatcher, type SectionKind } from '../../server/src/core/index';

const compiled = new Map<string, RegExp>();
const regex = (phrase: string) => compiled.get(phrase) ?? compiled.set(phrase, phraseToRegex(phrase)).get(phrase)!;

function oneByOne(heading: string, extra: Partial<Record<SectionKind, string[]>> = {}): SectionKind[] {
  const t = normaliseHeading(heading);
  if (!t) return [];
  const kinds = SECTION_KINDS.filter((k) => [...k.synonyms, ...(extra[k.kind] ?? [])].some((p) => regex(p).test(t))).map((k) => k.kind);
  return kinds.includes('not-doing') ? kinds.filter((k) => k !== 'priorities' && k !== 'outcomes' && k !== 'users') : kinds;
}

const words = [...new Set(SECTION_KINDS.flatMap((k) => k.synonyms.flatMap((s) => s.split(/\s+/))))].filter((w) => w && w !== '*');

describe('section matcher', () => {
  it('finds the kinds of every synonym used as a heading, as testing each synonym would', () => {
    const m = new SectionMatcher();
    for (const k of SECTION_KINDS) {
      for (const s of k.synonyms) {
        const heading = s.replace(/\*/g, 'ing');
        assert.deepEqual(m.kindsOf(heading), oneByOne(heading), heading);
        assert.ok(m.kindsOf(heading).includes(k.kind) || m.kindsOf(heading).includes('not-doing'), `${heading} is not read as ${k.kind}`);
      }
    }
  });

  it('agrees with testing each synonym on headings made of synonym words, with and without extra synonyms', () => {
    const extra = { vision: ['north star', 'pole*'], 'not-doing': ['parked'] };
    const plain = new SectionMatcher();
    const more = new SectionMatcher(extra);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words, 'north', 'star', 'poles', 'parked', '2.', '&', 'Our'), fc.string()), { maxLength: 6 }), (parts) => {
        const heading = parts.join(' ');
        assert.deepEqual(plain.kindsOf(heading), oneByOne(heading));
        assert.deepEqual(more.kindsOf(heading), oneByOne(heading, extra));
      }),
      { numRuns: 500, seed: 20261126 },
    );
  });
});
