// Profiles: `nhs` (the default) and `general`, chosen in the config file or
// in the document's own front matter, with British and American spellings
// understood either way.
import { strict as assert } from 'node:assert';
import { lines, lint } from '../helpers';

const S27 = 'We will replace the patient administration system so that staff in every ward and clinic can see the information they need at the moment they need it.';
const ids = (text: string, config: Record<string, unknown> = {}) => lint(text, undefined, config).findings.map((f) => f.ruleId);

describe('profiles', () => {
  it('a text that speaks of ICBs, EPRs and patients is read with the nhs profile: NHS abbreviations are known and the 20-word guidance applies', () => {
    const text = `# Strategy\n\nOur ICB and EPR team agree. ${S27}\n`;
    const a = lint(text, undefined);
    assert.equal(a.profile, 'nhs');
    assert.ok(!ids(text).includes('undefined-acronym'));
    assert.match(lines(text, a.findings.filter((f) => f.ruleId === 'sentence-length'))[0], /NHS writing guidance suggests up to 20 words/);
  });

  it('general, chosen in the config file, does not assume NHS vocabulary and allows longer sentences', () => {
    const text = `# Strategy\n\nOur ICB and EPR team agree. ${S27}\n`;
    const a = lint(text, undefined, { profile: 'general' });
    assert.equal(a.profile, 'general');
    const found = a.findings.map((f) => f.ruleId);
    assert.equal(found.filter((r) => r === 'undefined-acronym').length, 2);
    assert.ok(!found.includes('sentence-length'));
  });

  it('general, chosen in the document\'s front matter, wins over the config file', () => {
    const text = `---\ntitle: Strategy\nstrategy-lint:\n  profile: general\n---\n\nOur ICB agrees.\n`;
    const a = lint(text, undefined, { profile: 'nhs' });
    assert.equal(a.profile, 'general');
    assert.ok(a.findings.some((f) => f.ruleId === 'undefined-acronym'));
  });

  it('nhs in front matter wins over a general config', () => {
    const text = `---\nstrategy-lint: { profile: nhs }\n---\n\nOur ICB agrees.\n`;
    const a = lint(text, undefined, { profile: 'general' });
    assert.equal(a.profile, 'nhs');
    assert.ok(!a.findings.some((f) => f.ruleId === 'undefined-acronym'));
  });

  for (const profile of ['nhs', 'general']) {
    it(`understands American spellings with the ${profile} profile`, () => {
      const text = '# Strategy\n\nStaff utilize the portal and endeavor to log in.\n\n## What we are not prioritizing\n\nAn app of our own, because a national one exists.\n';
      const a = lint(text, undefined, { profile });
      const words = a.findings.filter((f) => f.ruleId === 'words-to-avoid' || f.ruleId === 'plain-words').map((f) => f.data?.word);
      assert.deepEqual(words, ['utilise', 'endeavor']);
      assert.ok(!a.findings.some((f) => f.ruleId === 'not-doing-section'));
    });
  }
});
