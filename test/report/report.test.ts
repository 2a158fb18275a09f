// The board pack: its model (facts, answers, next steps, findings to fix
// first, what changed), the one renderer, and `strategy-lint report` end to
// end. What it looks like in a browser is tested in Chromium by
// test/editors/report.test.ts (`npm run test:editors -- --only=report`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, applyEdits, RULES, scorecard } from '../../server/src/core/index';
import { briefFindings, buildReport, compareReports, findFix, type ReportModel } from '../../server/src/report/model';
import { renderReport } from '../../server/src/report/render';
import { NOW } from '../helpers';
import { HOSTILE, weakExample, weakFixed, EXAMPLES } from './documents';

const BIN = join(process.cwd(), 'bin', 'strategy-lint.js');

function report(text: string, path = 'strategy.md'): ReportModel {
  const analysis = analyze(text, { now: NOW });
  return buildReport({ analysis, scorecard: scorecard(analysis), path, now: NOW });
}

function cli(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout: 20000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const item = (m: ReportModel, id: string) => [...m.questions, ...m.qualities].find((i) => i.id === id)!;

describe('board pack', () => {
  describe('the strategy\'s own facts', () => {
    it('reads the weak example\'s title, its ten-year period and who it says owns it, and finds no review promise', () => {
      const m = report(weakExample());
      assert.equal(m.facts.title?.text, 'Ashbourne and Lea NHS Trust Digital Strategy 2024-2034: Transforming Care Through Innovation');
      assert.deepEqual({ from: m.facts.period?.from, to: m.facts.period?.to, years: m.facts.period?.years, line: m.facts.period?.quote.line }, { from: 2024, to: 2034, years: 10, line: 1 });
      assert.equal(m.facts.fiveYearsOn, 2029);
      assert.match(m.facts.owner!.text, /^This strategy is owned by the Chief Information Officer/);
      assert.equal(m.facts.review, undefined);
    });

    it('quotes the good example\'s review promise with its line', () => {
      const text = readFileSync(join(EXAMPLES, 'good-digital-strategy.md'), 'utf8');
      const m = report(text);
      assert.ok(m.facts.review, 'a review promise');
      assert.match(m.facts.review.text, /review/i);
      assert.equal(text.split('\n')[m.facts.review.line - 1].includes(m.facts.review.text.slice(0, 20)), true, 'the line holds the quoted words');
      assert.ok(m.facts.period && m.facts.period.years <= 5);
    });
  });

  describe('answers and next steps', () => {
    it('says what each unanswered question lacks, and its quick fix answers it', () => {
      const text = weakExample();
      const m = report(text);
      const q = item(m, 'not-prioritising');
      assert.equal(q.verdict, 'no');
      assert.match(q.next!.text, /^Add a section "What we will not do"\. /);
      const fix = findFix(m, 'question:not-prioritising');
      assert.ok(fix, 'the panel\'s button finds the fix');
      const after = report(applyEdits(text, fix.edits));
      assert.notEqual(item(after, 'not-prioritising').next?.ruleId, 'not-doing-section', 'the section is no longer missing');
    });

    it('quotes the sentence that answers a question, with its line, and gives no next step once answered', () => {
      const text = weakExample();
      const q = item(report(text), 'system-alignment');
      assert.equal(q.verdict, 'yes');
      assert.equal(q.next, undefined);
      assert.equal(text.split('\n')[q.evidence!.line - 1].startsWith(q.evidence!.text.replace(/…$/, '').slice(0, 40)), true);
    });

    it('calls a quality with every check switched off "not checked"', () => {
      const analysis = analyze(weakExample(), { now: NOW });
      const rules = RULES.filter((r) => r.meta.quality !== 'focused');
      const m = buildReport({ analysis, scorecard: scorecard(analysis, rules), rules, path: 'x.md', now: NOW });
      assert.equal(item(m, 'focused').verdict, 'unchecked');
      assert.match(renderReport(m, { target: 'file' }), /Not checked/);
    });
  });

  describe('the findings to fix first', () => {
    it('lists ten, errors first, no rule more than twice, grouped by the guidance\'s pitfalls', () => {
      const m = report(weakExample());
      const all = m.top.flatMap((g) => g.findings);
      assert.equal(all.length, 10);
      assert.equal(m.top[0].title, 'Too long-term and not reviewed often');
      assert.equal(all[0].ruleId, 'time-horizon');
      const perRule = new Map<string, number>();
      for (const f of all) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
      assert.ok([...perRule.values()].every((n) => n <= 2), JSON.stringify([...perRule]));
      assert.ok(all.every((f) => f.why.length > 20 && /Digital Boards|guidance|NHS|GOV\.UK/.test(f.why)), 'each says why it matters');
      // The repeated findings are counted, not listed.
      assert.ok(all.some((f) => f.more > 0));
    });

    it('lists a words-to-avoid summary once, without counting its own uses again, and charts each use once', () => {
      // The good example (few strategy problems, so writing findings reach the list) with six uses of listed words added.
      const good = readFileSync(join(EXAMPLES, 'good-digital-strategy.md'), 'utf8');
      const added = '\n\nWe will empower ward staff to order tests, and teams will utilise the rota tool. Empowered carers will leverage the portal. We will tackle waiting lists and facilitate visits.\n';
      const text = good.replace(/\n*$/, added);
      const m = report(text);
      const listed = m.top.flatMap((g) => g.findings).filter((f) => f.ruleId === 'words-to-avoid');
      assert.equal(listed.length, 1, JSON.stringify(listed));
      assert.match(listed[0].message, /^This document uses 5 words .*, 6 times in all/);
      assert.equal(listed[0].more, 0, 'the summary already counts the six uses');
      const analysis = analyze(text, { now: NOW });
      const uses = analysis.findings.filter((f) => f.ruleId === 'words-to-avoid' && !f.data?.summary).length;
      assert.equal(uses, 6);
      const mainstream = m.findingsByQuality.find((q) => q.quality === 'mainstream')!.counts;
      const ownCounts = analysis.findings.filter((f) => f.ruleId !== 'words-to-avoid' && RULES.find((r) => r.meta.id === f.ruleId)?.meta.quality === 'mainstream').length;
      assert.equal(mainstream.error + mainstream.warning + mainstream.info + mainstream.hint, ownCounts + uses);
    });
  });

  describe('what changed since an earlier version', () => {
    it('shows the questions the fixed version answers that the weak one did not, and the findings fixed', () => {
      const before = analyze(weakExample(), { now: NOW });
      const after = analyze(weakFixed(), { now: NOW });
      const mb = buildReport({ analysis: before, scorecard: scorecard(before), path: 'w.md', now: NOW });
      const ma = buildReport({ analysis: after, scorecard: scorecard(after), path: 'w.md', now: NOW });
      const diff = compareReports(mb, briefFindings(before), ma, briefFindings(after), 'last review');
      const gained = diff.changes.filter((c) => c.group === 'question' && c.after === 'yes').map((c) => c.label);
      assert.deepEqual(gained, [
        'Do we know what digital services we run now and how they perform?',
        'Do we understand our users and their biggest needs?',
        'What are we not prioritising?',
      ]);
      assert.equal(diff.questionsBefore, 1);
      assert.equal(diff.questionsAfter, 4);
      assert.ok(diff.fixed.some((f) => f.ruleId === 'time-horizon' && /10 years/.test(f.message)));
      assert.ok(diff.fixed.some((f) => f.ruleId === 'not-doing-section'));
      // A sentence edited a little, and a count that changed, are the same findings with new figures.
      assert.deepEqual(diff.added.filter((f) => f.ruleId === 'sentence-length'), []);
      // Findings that stayed are neither fixed nor new, though their lines moved.
      assert.ok(!diff.added.some((f) => f.ruleId === 'words-to-avoid' && /leverages/.test(f.message)));
      assert.ok(!diff.fixed.some((f) => f.ruleId === 'words-to-avoid' && /leverages/.test(f.message)));
    });
  });

  describe('the renderer', () => {
    it('makes a file that needs nothing from outside: no scripts, a policy that forbids loading, inline SVG charts', () => {
      const html = renderReport(report(weakExample()), { target: 'file', generator: 'strategy-lint test' });
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">/);
      assert.doesNotMatch(html, /<script|<link|<img|@import|url\(/i);
      assert.equal((html.match(/<svg /g) ?? []).length, 4);
      assert.equal((html.match(/role="img" aria-label="/g) ?? []).length, 4, 'each chart says what it shows');
      assert.match(html, /Reading age by section/);
      assert.match(html, /<title>[^<]*reading age \d+ \(SMOG grade [\d.]+, from \d+ sentences\)<\/title>/);
      assert.match(html, /<main>[\s\S]*<\/main>/);
      assert.match(html, /<html lang="en-GB">/);
    });

    it('escapes the document\'s own words', () => {
      const html = renderReport(report(HOSTILE), { target: 'file' });
      assert.doesNotMatch(html, /<script>alert|<img src=x|<style>body\{display:none\}/);
      assert.match(html, /<h1>Strategy alert\(1\) &amp; &quot;quotes&quot; 2025 to 2028<\/h1>/);
      assert.equal((html.match(/<script/g) ?? []).length, 0);
    });

    it('in the panel, links jump to offsets and buttons name quick fixes; the one script carries the nonce', () => {
      const m = report(weakExample());
      const html = renderReport(m, { target: 'panel', nonce: 'abc123' });
      assert.match(html, /content="default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'; img-src data:;"/);
      assert.equal((html.match(/<script/g) ?? []).length, 1);
      assert.match(html, /<script nonce="abc123">/);
      assert.match(html, /<a class="jump" href="#" data-start="\d+" data-end="\d+"/);
      assert.match(html, /<button type="button" class="fix" data-fix="question:not-prioritising">Insert section: What we will not do<\/button>/);
    });
  });

  describe('strategy-lint report', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'strategy-lint-report-'));
      writeFileSync(join(dir, 'strategy.md'), weakFixed());
      writeFileSync(join(dir, 'old.md'), weakExample());
    });

    it('writes the board pack to -o and says what it found; exits 0 whatever it finds', () => {
      const r = cli(['report', 'strategy.md', '-o', 'board-pack.html'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /wrote the board pack for strategy\.md to board-pack\.html \(4 of 5 board questions answered; /);
      const html = readFileSync(join(dir, 'board-pack.html'), 'utf8');
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /The board's five questions/);
    });

    it('--format html prints the pack and keeps the lint exit code', () => {
      const r = cli(['--format', 'html', 'old.md'], dir);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^<!DOCTYPE html>[\s\S]*1 of 5<\/strong> board questions answered/);
    });

    it('--baseline with a file shows the questions gained', () => {
      const r = cli(['report', 'strategy.md', '--baseline', 'old.md'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /What changed since old\.md/);
      assert.match(r.stdout, /Board questions answered: <strong>1 → 4<\/strong> of 5/);
    });

    it('--baseline with a git revision reads the earlier version from git', () => {
      const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' });
      writeFileSync(join(dir, 'strategy.md'), weakExample());
      assert.equal(git('init', '-q').status, 0);
      assert.equal(git('add', 'strategy.md').status, 0);
      assert.equal(git('commit', '-q', '-m', 'first draft').status, 0);
      writeFileSync(join(dir, 'strategy.md'), weakFixed());
      const r = cli(['report', 'strategy.md', '--baseline', 'HEAD'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /What changed since HEAD \(git\)/);
      assert.match(r.stdout, /Newly answered: <strong>Do we know what digital services we run now and how they perform\?<\/strong>/);
    });

    it('gives a clear error for a baseline that is neither a file nor a revision, two files, or an unwritable output', () => {
      const bad = cli(['report', 'strategy.md', '--baseline', 'no-such-thing'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^strategy-lint: --baseline "no-such-thing" is neither a file nor a git revision that holds strategy\.md/);
      const two = cli(['report', 'strategy.md', 'old.md'], dir);
      assert.equal(two.code, 2);
      assert.match(two.stderr, /the board pack covers one document, but 2 were given/);
      const out = cli(['report', 'strategy.md', '-o', 'missing-folder/pack.html'], dir);
      assert.equal(out.code, 2);
      assert.match(out.stderr, /cannot write missing-folder\/pack\.html: ENOENT/);
      const lint = cli(['strategy.md', '--baseline', 'old.md'], dir);
      assert.equal(lint.code, 2);
      assert.match(lint.stderr, /--baseline is for the board pack/);
    });
  });

  it('the report modules stay pure: no fs, process or editor', () => {
    const folder = join(process.cwd(), 'server', 'src', 'report');
    for (const f of readdirSync(folder).filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(join(folder, f), 'utf8');
      const imports = [...src.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
      assert.deepEqual(imports.filter((m) => /^(?:node:)?(?:fs|fs\/promises|process|child_process|os)$/.test(m) || /^vscode/.test(m)), [], f);
      assert.doesNotMatch(src.replace(/\/\/.*$/gm, ''), /\bprocess\./, f);
    }
  });
});
