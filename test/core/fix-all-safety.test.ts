// "Fix all" (the CLI's --fix, the editor's fix-all and fix-on-save) is applied
// without the writer looking, so it may only make word-level changes that keep
// the grammar and touch no name: never a heading, never the shape of a list or
// table, never a worse scorecard. Checked on a table of inflected cases, on
// every fixture document and on documents made here by code. The shared corpus
// gets the same check from `npm run check:fix-all` (scripts/check-fix-all.ts).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyEdits, chooseFixes, defaultConfig, RULES } from '../../server/src/core/index';
import { generateStrategy } from '../../bench/generate';
import { checkFixAll, fixAll } from '../../scripts/fix-all-check';
import { configWith, NOW, only } from '../helpers';

const ROOT = join(__dirname, '..', '..', '..');
const WORD_RULES = only(['plain-words', 'words-to-avoid']);

/** Fix all with only the word rules on, for one sentence under a heading. */
function fixSentence(sentence: string): string {
  const text = `# Strategy\n\n${sentence}\n`;
  return fixAll(text, configWith(WORD_RULES), NOW).text.split('\n')[2];
}

describe('fix all: word-level only, grammar kept, names left alone', () => {
  const cases: Array<[string, string]> = [
    ['We are utilising the toolkit.', 'We are using the toolkit.'],
    ['Staff, utilising the toolkit, saved time.', 'Staff, using the toolkit, saved time.'],
    ['We utilised the toolkit last year.', 'We used the toolkit last year.'],
    ['The ward utilises the toolkit.', 'The ward uses the toolkit.'],
    ['We will utilise the toolkit.', 'We will use the toolkit.'],
    ['Bed utilisation is high.', 'Bed use is high.'],
    ['We are utilizing the portal.', 'We are using the portal.'],
    ['We initiated the pilot in May.', 'We started the pilot in May.'],
    ['We are initiating a review.', 'We are starting a review.'],
    ['This incentivises early booking.', 'This encourages early booking.'],
    ['We disincentivised paper referrals.', 'We discouraged paper referrals.'],
    ['We will do this in order to save time.', 'We will do this to save time.'],
    ['The project commenced in 2024.', 'The project started in 2024.'],
    ['We are commencing the rollout.', 'We are starting the rollout.'],
    ['We ensured that every ward had wifi.', 'We made sure that every ward had wifi.'],
    ['This ensures that records are safe.', 'This makes sure that records are safe.'],
    ['We are ensuring that staff are trained.', 'We are making sure that staff are trained.'],
    ['We purchased new laptops.', 'We bought new laptops.'],
    ['We obtained funding in 2024.', 'We got funding in 2024.'],
    ['We terminated the old contract.', 'We ended the old contract.'],
    ['We ascertained what staff need.', 'We found out what staff need.'],
    ['The service requires a login.', 'The service needs a login.'],
    ['Prior to the launch we will test it.', 'Before the launch we will test it.'],
    ['We will hire additional staff.', 'We will hire extra staff.'],
    ['The majority of clinics use it.', 'Most clinics use it.'],
    ['Whilst we wait, we will plan.', 'While we wait, we will plan.'],
    // Left for the writer: a name, a quoted title, a noun where a verb would go, a word that needs rewording.
    ['Additional Clinical Services staff will get training.', 'Additional Clinical Services staff will get training.'],
    ['We will train staff in Additional Clinical Services.', 'We will train staff in Additional Clinical Services.'],
    ['Additional Clinical', 'Additional Clinical'],
    ['We read the report "utilising data for care" last year.', 'We read the report "utilising data for care" last year.'],
    ['We read “Additional roles for nurses” with interest.', 'We read “Additional roles for nurses” with interest.'],
    ['The purchase of laptops is planned.', 'The purchase of laptops is planned.'],
    ['We will ensure safe care.', 'We will ensure safe care.'],
    ['Staff are required to log in.', 'Staff are required to log in.'],
    ['In the event of a fire we will close.', 'In the event of a fire we will close.'],
    ['We need a sufficient number of nurses.', 'We need a sufficient number of nurses.'],
    ['We will leverage our data.', 'We will leverage our data.'],
  ];
  for (const [before, after] of cases) {
    it(`${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => {
      assert.equal(fixSentence(before), after);
    });
  }

  it('offers the quick fix in the same form even where "fix all" leaves the word', () => {
    const text = '# Strategy\n\nWe are leveraging our data.\n';
    const a = analyze(text, { config: configWith(WORD_RULES), now: NOW });
    assert.deepEqual(a.findings[0].fixes.map((f) => f.title), ['Replace "leveraging" with "using"', 'Replace "leveraging" with "building on"']);
    assert.deepEqual(chooseFixes(a.findings, a.doc), []);
  });

  it('never changes a heading, a list marker or a table cell boundary', () => {
    const text = '# Utilising data\n\n## Prior to launch\n\n- Utilise the portal\n- We will utilise | the portal\n\n| Plan | Note |\n| --- | --- |\n| We will utilise it | Prior to launch |\n';
    const { text: fixed } = fixAll(text, configWith(WORD_RULES), NOW);
    assert.equal(fixed, '# Utilising data\n\n## Prior to launch\n\n- Use the portal\n- We will use | the portal\n\n| Plan | Note |\n| --- | --- |\n| We will use it | Before launch |\n');
  });
});

/** Documents made by code: the hazards fix-all must step round, in every shape a strategy takes. */
function madeDocuments(): Array<[string, string]> {
  const hazards = [
    '---',
    'title: Digital strategy 2025 to 2028',
    '---',
    '# Utilising digital: our strategy 2025 to 2028',
    '',
    'We will utilise the shared record in order to cut duplicate tests, and we are commencing the rollout in 2025.',
    'Additional Clinical Services staff and the Additional Roles Reimbursement Scheme stay as they are named.',
    '',
    '## Prior to this strategy',
    '',
    '1. We purchased 400 laptops, utilising the national fund.',
    '2. We ensured that every ward had wifi by March 2025.',
    '   - Additional',
    '     Clinical Services were the first to use it.',
    '',
    '## Where we are now',
    '',
    '| System | Utilisation | Note |',
    '| --- | --- | --- |',
    '| Patient administration | We utilise it daily | Prior to 2024 it was paper |',
    '| "Utilising Data" report | The majority of teams | Additional licences needed |',
    '',
    '> We will utilise the portal, said the chief nurse.',
    '',
    '####Action 1: we will utilise the portal',
    '',
    'In the event of a fault we will endeavour to fix it, and the purchase of parts requires approval.',
    '',
  ].join('\n');
  const docs: Array<[string, string]> = [
    ['hazards (LF)', hazards],
    ['hazards (CRLF)', hazards.replace(/\n/g, '\r\n')],
  ];
  for (const seed of [1, 2, 3]) docs.push([`generated strategy, seed ${seed}`, generateStrategy(1500, seed)]);
  return docs;
}

function fixtureDocuments(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.md$/.test(e.name)) out.push([p, readFileSync(join(ROOT, p), 'utf8')]);
    }
  };
  walk('examples');
  walk(join('test', 'fixtures'));
  return out;
}

describe('fix all on whole documents keeps headings, lists, tables and the scorecard', () => {
  const config = defaultConfig(RULES);
  for (const [name, text] of [...fixtureDocuments(), ...madeDocuments()]) {
    it(name, () => {
      const r = checkFixAll(text, config, NOW);
      assert.deepEqual(r.problems, []);
      if (name.startsWith('hazards')) {
        assert.ok(r.changed, 'the hazards document has words to fix');
        assert.match(r.fixed, /We will use the shared record to cut duplicate tests, and we are starting the rollout/);
        assert.match(r.fixed, /Additional Clinical Services staff and the Additional Roles Reimbursement Scheme/);
        assert.match(r.fixed, /Additional\r?\n {5}Clinical Services were/);
        assert.match(r.fixed, /\| "Utilising Data" report \| Most teams \|/);
        assert.match(r.fixed, /####Action 1: we will utilise the portal/);
        assert.match(r.fixed, /the purchase of parts needs approval/);
      }
    });
  }

  it('applies every chosen fix cleanly in one pass', () => {
    for (const [, text] of madeDocuments()) {
      const a = analyze(text, { config, now: NOW });
      assert.doesNotThrow(() => applyEdits(text, chooseFixes(a.findings, a.doc).flatMap((f) => f.edits)));
    }
  });
});
