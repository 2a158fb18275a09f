// The profile chosen from a document's own words, and the words its messages,
// skeletons, snippets and hovers then use: a council's strategy hears about
// residents and the council, a company's about customers, an NHS trust's about
// patients and its integrated care system. The texts are made up.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, applyEdits, ChunkCache, RULES, scorecard, type Analysis, type AnalyzeOptions } from '../../server/src/core/index';
import { profileReads } from '../../server/src/core/profile-choice';
import { isPrompt } from '../../server/src/core/structure';
import { positionedText } from '../../server/src/lsp/convert';
import { completion, findingHover, hover, type Analysed } from '../../server/src/lsp/features';
import { buildReport } from '../../server/src/report/model';
import { renderReport } from '../../server/src/report/render';
import { configWith, NOW } from '../helpers';

const COUNCIL = [
  '# Hartwell District Council: digital plan 2025 to 2028',
  '',
  'Residents want to report a broken streetlight, pay for parking and book a bulky waste collection without waiting on the phone.',
  '',
  '## Our priorities',
  '',
  '1. Now: a single account for residents, because they tell us they re-enter the same details on every form.',
  '2. Next: council tax and benefits online, once the account is live.',
  '',
  'Unlike the NHS, we have no national app to build on, so we will share components with neighbouring councils.',
  '',
].join('\n');

const COMPANY = [
  '# Brightwater Kitchens Ltd: three-year digital strategy',
  '',
  'Our customers order through showrooms, the website and the phone. Customers tell us the website loses their basket and cannot show delivery dates.',
  '',
  'We will rebuild checkout first, so that customers can see a delivery date before they pay.',
  '',
].join('\n');

const TRUST = [
  '# Digital strategy 2025 to 2028',
  '',
  'Patients at our hospitals wait too long for letters, and clinicians re-type results between systems. The trust will replace paper observation charts on every ward.',
  '',
  'We will work with the ICB and our GP practices so that patients see one record.',
  '',
].join('\n');

/** Words no message to a council or a company should use. */
const NHS_WORDS = /\bpatients?\b|\btrust board\b|\[trust\]|integrated care|\bclinical\b|\bclinicians?\b|\bICB\b|\bICS\b/i;

const run = (text: string, input: Record<string, unknown> = {}, cache?: ChunkCache): Analysis => analyze(text, { config: configWith(input), now: NOW, cache });
const analysed = (text: string, input: Record<string, unknown> = {}): Analysed => {
  const analysis = run(text, input);
  return { uri: 'file:///s.md', version: 1, doc: positionedText('file:///s.md', text), analysis, card: scorecard(analysis) };
};
/** An analysis with only the given rules, as the language server holds it. */
const analyzeWith = (text: string, rules: NonNullable<AnalyzeOptions['rules']>): Analysed => {
  const analysis = analyze(text, { now: NOW, rules });
  return { uri: 'file:///s.md', version: 1, doc: positionedText('file:///s.md', text), analysis, card: scorecard(analysis, rules) };
};
/** Every word a finding puts in front of the writer: its message, its fixes' titles and the text they insert. */
const shown = (a: Analysis) => a.findings.flatMap((f) => [f.message, ...f.fixes.flatMap((x) => [x.title, ...x.edits.map((e) => e.newText)])]);

describe('the profile chosen from the document, and the words it brings', () => {
  describe('choosing', () => {
    it('reads an NHS trust\'s strategy as NHS, naming the words that decided it', () => {
      const a = run(TRUST);
      assert.equal(a.profile, 'nhs');
      assert.equal(a.profileChoice.source, 'document');
      const terms = a.profileChoice.nhs.map((t) => t.term);
      for (const t of ['patients', 'hospitals', 'clinicians', 'trust', 'integrated care', 'GPs']) assert.ok(terms.includes(t), `${t} in ${terms.join(', ')}`);
      assert.equal(a.profileChoice.nhs.find((t) => t.term === 'patients')!.count, 2);
      // Each term's evidence is the sentence where it is first used.
      const first = a.profileChoice.nhs.find((t) => t.term === 'GPs')!;
      assert.match(TRUST.slice(first.span.start, first.span.end), /^We will work with the ICB and our GP practices/);
      assert.match(a.profileChoice.reason, /^Read as an NHS strategy: it speaks of patients ×2/);
    });

    it('reads a council\'s strategy as general, with the council\'s own name as the evidence', () => {
      const a = run(COUNCIL);
      assert.equal(a.profile, 'general');
      assert.equal(a.profileChoice.names?.kind, 'council');
      assert.match(a.profileChoice.reason, /names itself as a council \("Hartwell District Council: digital plan 2025 to 2028"\)/);
      assert.ok(a.profileChoice.general.some((t) => t.term === 'residents' && t.count === 2));
    });

    it('is not swayed by a passing mention of the NHS in a text that does not name itself', () => {
      const text = '# Our digital plan\n\nWe build booking tools for small gyms. Unlike the NHS, we cannot assume everyone has our app, so bookings also work by text message.\n';
      const a = run(text);
      assert.equal(a.profile, 'general');
      assert.deepEqual(a.profileChoice.nhs.map((t) => [t.term, t.count]), [['NHS', 1]]);
      assert.match(a.profileChoice.reason, /NHS terms only in passing \(NHS ×1\)/);
    });

    it('reads a text that speaks more of residents than of the NHS as general, and one with no NHS words says so', () => {
      const text = '# Digital plan\n\nResidents of the county use our libraries, parks and leisure centres. Residents told us bookings are hard. We will work with NHS partners and GP surgeries on a shared directory for residents and for the council\'s own teams, and the council will publish it.\n';
      assert.equal(run(text).profile, 'general');
      assert.match(run(text).profileChoice.reason, /speaks more of residents ×3, council ×2 than of/);
      assert.equal(run('# Plan\n\nWe will sell more bread.\n').profileChoice.reason, 'Read as a general strategy: no NHS terms found.');
    });

    it('reads a hospital outside the NHS as general, but still speaks of its patients', () => {
      const text = '# Lakeside Medical Center digital plan\n\nPatients wait too long for test results, and clinicians chase them by phone. Our hospitals will share one record, so that patients see results within a day.\n';
      const a = run(text);
      assert.equal(a.profile, 'general');
      assert.match(a.profileChoice.reason, /but of no NHS body/);
      assert.equal(a.words.people, 'patients');
      assert.equal(a.words.system, 'partners');
      assert.ok(a.findings.some((f) => /what the organisation and its partners exist to do/.test(f.message)));
    });

    it('lets the config file and the front matter overrule the document, the front matter first', () => {
      const set = run(COUNCIL, { profile: 'nhs' });
      assert.equal(set.profile, 'nhs');
      assert.equal(set.profileChoice.source, 'setting');
      assert.equal(set.profileChoice.reason, 'Read as an NHS strategy: set by test-config.json.');
      // The document's own words are still read, so a front end can show what they suggest.
      assert.equal(set.profileChoice.names?.kind, 'council');
      const fm = `---\nstrategy-lint:\n  profile: general\n---\n${TRUST}`;
      const both = run(fm, { profile: 'nhs' });
      assert.equal(both.profile, 'general');
      assert.equal(both.profileChoice.source, 'front matter');
      assert.equal(run(TRUST, { profile: 'auto' }).profile, 'nhs', '"auto" in the config chooses from the document');
    });

    it('recounts only the chunk an edit touched', () => {
      const cache = new ChunkCache();
      const long = `${COUNCIL}\n## Where we are now\n\nWe run 40 online forms.\n\n## What we will not do\n\n- We will not build an app.\n`;
      run(long, {}, cache);
      const before = profileReads.chunks;
      const edited = long.replace('40 online forms', '41 online forms');
      const again = run(edited, {}, cache);
      assert.equal(profileReads.chunks - before, 1);
      assert.deepEqual(again.profileChoice, run(edited).profileChoice);
    });
  });

  describe('words', () => {
    it('gives a council residents and the council, never the trust, patients or the integrated care system', () => {
      const a = run(COUNCIL);
      assert.equal(a.words.people, 'residents');
      assert.equal(a.words.org, 'the council');
      const words = shown(a);
      for (const w of words) assert.doesNotMatch(w, NHS_WORDS, w);
      const all = words.join('\n');
      assert.match(all, /Shows how digital enables what the council and its partners exist to do\./);
      assert.match(all, /shared with staff, partners, residents and the public/);
      assert.match(all, /Grounds the strategy in what residents and staff need/);
      assert.match(all, /\| \[Residents who \.\.\.\] \|/, 'the user-needs skeleton');
      assert.match(all, /- Our partners and the wider system: \[the shared priority this supports\]/, 'the alignment skeleton');
      assert.match(all, /The \[council\] board owns this strategy\./, 'the ownership skeleton');
    });

    it('gives a company its customers, and an NHS trust its patients and integrated care system', () => {
      const company = run(COMPANY);
      assert.equal(company.profile, 'general');
      assert.equal(company.words.people, 'customers');
      const words = shown(company).join('\n');
      assert.doesNotMatch(words, NHS_WORDS);
      assert.match(words, /\| \[Customers who \.\.\.\] \|/);
      assert.match(words, /The \[company\] board owns this strategy\./);
      const trust = shown(run(TRUST)).join('\n');
      assert.match(trust, /what the organisation and its integrated care system exist to do/);
      assert.match(trust, /\| \[Patients who \.\.\.\] \|/);
      assert.match(trust, /- Our system \(integrated care board and partners\): /);
    });

    it('speaks of users where a general strategy names no one in particular', () => {
      const a = run('# Digital plan\n\nWe will replace the case system. Users say it is slow.\n');
      assert.equal(a.words.people, 'users');
      assert.equal(a.words.org, 'the organisation');
      assert.ok(a.findings.some((f) => /Grounds the strategy in what users and staff need/.test(f.message)));
    });

    it('calls a department "the department" and the people it serves users', () => {
      const a = run('# Department for Rural Transport: data strategy 2025 to 2027\n\nUsers of our grant service wait weeks for a decision. Users told us the forms repeat themselves.\n');
      assert.equal(a.profile, 'general');
      assert.equal(a.words.org, 'the department');
      assert.equal(a.words.people, 'users');
      assert.ok(a.findings.some((f) => /Sets out the digital services the department runs today/.test(f.message)));
    });

    it('puts every rule\'s explanation in a council\'s words, leaving out the examples written for NHS bodies', () => {
      const a = run(COUNCIL);
      for (const rule of RULES) {
        const f = { ruleId: rule.meta.id, severity: 'warning' as const, message: 'Message.', span: { start: 0, end: 1 }, docsUrl: 'https://example.org', fixes: [] };
        const text = findingHover(f, false, false, a.words);
        assert.doesNotMatch(text.replace(/NHS Providers'|NHS England's/g, ''), NHS_WORDS, `${rule.meta.id}: ${text}`);
        assert.match(text, /\*\*How to fix\.\*\*/);
      }
      // Under the NHS profile the explanation is the rule's own, examples and all.
      const rule = RULES.find((r) => r.meta.id === 'not-doing-section')!;
      const nhs = findingHover({ ruleId: rule.meta.id, severity: 'warning', message: 'M.', span: { start: 0, end: 1 }, docsUrl: 'https://example.org', fixes: [] });
      assert.ok(nhs.includes(rule.meta.docs.before) && nhs.includes(rule.meta.docs.why));
    });

    it('counts a general skeleton\'s prompts as prompts, left in brackets or as a snippet\'s plain default', () => {
      assert.ok(isPrompt('Residents who ...'));
      assert.ok(isPrompt('One or two sentences a member of staff could repeat from memory: what digital will make possible for customers and staff.'));
      // Filling in every section from its skeleton answers no board question until the prompts are replaced.
      const a = run(COUNCIL);
      const all = a.findings.find((f) => f.fixes.length && /Insert section/.test(f.fixes[0].title))!;
      const filled = applyEdits(COUNCIL, all.fixes[0].edits);
      assert.ok(run(filled).findings.some((f) => f.ruleId === 'placeholder-text'));
    });
  });

  describe('said to the writer', () => {
    it('the hover on the title says which profile and why, and puts explanations in the council\'s words', () => {
      const a = analysed(COUNCIL);
      const value = (hover(a, { line: 0, character: 3 })!.contents as { value: string }).value;
      assert.match(value, /_Read as a general strategy: it names itself as a council \("Hartwell District Council: digital plan 2025 to 2028"\); NHS terms: NHS ×1\. Set `profile` in the config or front matter to change it\._/);
      // The explanation of a missing section, in full, says residents; an example written for an NHS trust is left out.
      const first = value.split('\n---\n')[0];
      assert.match(first, /\*\*Why it matters\.\*\*/);
      assert.doesNotMatch(value.replace(/Read as a general strategy[^_]*_/, ''), NHS_WORDS);
      const nhs = (hover(analysed(TRUST), { line: 0, character: 3 })!.contents as { value: string }).value;
      assert.match(nhs, /_Read as an NHS strategy: it speaks of /);
      assert.match(nhs, /```markdown/, 'an NHS strategy keeps the NHS examples');
    });

    it('the title of a strategy with nothing to report still says which profile it is read with', () => {
      const text = '# Digital strategy\n\nOur NHS patients and clinicians.\n';
      const a = analyzeWith(text, []);
      const h = hover(a, { line: 0, character: 4 })!;
      assert.equal((h.contents as { value: string }).value, `_${a.analysis.profileChoice.reason} Set \`profile\` in the config or front matter to change it._`);
      assert.match(a.analysis.profileChoice.reason, /^Read as an NHS strategy/);
      assert.equal(hover(a, { line: 2, character: 4 }), null, 'nothing away from the title');
    });

    it('a hover away from the title does not repeat the profile', () => {
      const a = analysed(COUNCIL);
      const titleEnd = COUNCIL.indexOf('\n');
      const later = a.analysis.findings.find((f) => f.span.start > titleEnd)!;
      const h = hover(a, a.doc.positionAt(later.span.start))!;
      assert.match((h.contents as { value: string }).value, new RegExp(`\\*\\*${later.ruleId}\\*\\*`));
      assert.doesNotMatch((h.contents as { value: string }).value, /Read as a/);
    });

    it('section completions and snippets come in the document\'s words', () => {
      const text = `${COMPANY}\n## `;
      const items = completion(analysed(text), { line: text.split('\n').length - 1, character: 3 });
      const users = items.find((i) => i.label === 'Our users and their needs')!;
      assert.match(String(users.textEdit && 'newText' in users.textEdit ? users.textEdit.newText : ''), /\[Customers who \.\.\.\]/);
      const typed = `${COUNCIL}\nsection-use`;
      const snippets = completion(analysed(typed), { line: typed.split('\n').length - 1, character: 11 });
      const body = snippets.map((i) => (i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : '')).join('\n');
      assert.match(body, /\[Residents who \.\.\.\]/);
      assert.doesNotMatch(body, NHS_WORDS);
    });

    it('the board pack says which profile it read the strategy with', () => {
      const analysis = run(COUNCIL);
      const html = renderReport(buildReport({ analysis, scorecard: scorecard(analysis), path: 'plan.md', now: NOW }), { target: 'file' });
      assert.match(html, /<p class="profile">Read as a general strategy: it names itself as a council/);
      assert.doesNotMatch(html.replace(/NHS England|NHS Providers|What Good Looks Like[^<]*|NHS terms: NHS ×1/g, ''), /\bpatients?\b|integrated care system/i);
    });

    describe('on the command line', () => {
      let dir: string;
      before(() => {
        dir = mkdtempSync(join(tmpdir(), 'sl-profile-'));
        writeFileSync(join(dir, 'council.md'), COUNCIL);
        writeFileSync(join(dir, 'trust.md'), TRUST);
      });
      after(() => rmSync(dir, { recursive: true, force: true }));
      const cli = (args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'bin', 'strategy-lint.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 15000 });

      it('the text format says, for each file, which profile and why', () => {
        const r = cli(['council.md', 'trust.md']);
        assert.match(r.stderr, /^council\.md: Read as a general strategy: it names itself as a council .*\ntrust\.md: Read as an NHS strategy: it speaks of .*\n\d+ findings in 2 file\(s\)/);
        assert.doesNotMatch(r.stdout.split('\n').filter((l) => l.startsWith('council.md')).join('\n'), NHS_WORDS);
        assert.match(cli(['--profile', 'nhs', 'council.md']).stderr, /^council\.md: Read as an NHS strategy: set by --profile\.\n/);
      });

      it('JSON and SARIF carry the profile, its source and its evidence', () => {
        const json = JSON.parse(cli(['--format', 'json', 'council.md', 'trust.md']).stdout);
        const [council, trust] = json.files;
        assert.equal(council.profile.name, 'general');
        assert.equal(council.profile.source, 'document');
        assert.deepEqual(council.profile.evidence.namesItself, { kind: 'council', text: 'Hartwell District Council: digital plan 2025 to 2028', line: 1 });
        assert.deepEqual(council.profile.evidence.nhs, [{ term: 'NHS', count: 1, line: 10 }]);
        assert.equal(trust.profile.name, 'nhs');
        assert.ok(trust.profile.evidence.nhs.some((t: { term: string; count: number }) => t.term === 'patients' && t.count === 2));
        const sarif = JSON.parse(cli(['--format', 'sarif', 'council.md']).stdout);
        assert.equal(sarif.runs[0].artifacts[0].properties.profile.name, 'general');
        assert.match(sarif.runs[0].artifacts[0].properties.profile.reason, /names itself as a council/);
      });
    });
  });
});
