// The board pack in a real browser: Debian's Chromium under playwright-core
// opens each report `strategy-lint report` writes (the examples and documents
// made here) from a file, as a board member would from an email. It must show
// with no console errors and no network requests, pass axe-core with no
// serious or critical violations in light and dark, and print to clean A4.
// Screenshots go to $STRATEGY_LINT_SCREENSHOTS (outside the repo).
// Run by `npm run test:editors` (or `-- --only=report` for these alone).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import * as helpers from '../../scripts/editors/code-server.mjs';
import { HOSTILE, weakExample, weakFixed } from '../report/documents';

const root = resolve(__dirname, '..', '..', '..');
const shots = process.env.STRATEGY_LINT_SCREENSHOTS || mkdtempSync(join(tmpdir(), 'strategy-lint-screenshots-'));
const BIN = join(root, 'bin', 'strategy-lint.js');
const A4 = { width: 595.28, height: 841.89 };

/** Documents made here, beside the examples: the edges a report must survive. */
const MADE: Record<string, string> = {
  'weak-fixed.md': weakFixed(),
  'hostile.md': HOSTILE,
  'title-only.md': '# Digital strategy\n',
  'no-headings.md': 'We will improve care. We will review this every year.\n',
  'general.md': '---\nprofile: general\n---\n# Library services strategy 2025 to 2027\n\n## Our users and their needs\n\nReaders told us they want longer opening hours.\n',
  'long-horizon.md': '# Digital strategy 2020 to 2040\n\n## Our priorities\n\n1. Replace the network by 2040\n',
};

interface Opened {
  page: Page;
  problems: string[];
}

describe('the board pack in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let dir: string;
  const reports = new Map<string, string>();

  function writeReport(source: string, name: string, extra: string[] = []): string {
    const out = join(dir, name.replace(/\.md$/, '.html'));
    const r = spawnSync(process.execPath, [BIN, 'report', source, '-o', out, ...extra], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return out;
  }

  /** Open a report, recording console messages, page errors and every request that is not the file itself. */
  async function open(file: string, context: BrowserContext): Promise<Opened> {
    const page = await context.newPage();
    const problems: string[] = [];
    const self = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== self) problems.push(`request: ${r.url()}`);
    });
    await page.goto(self, { waitUntil: 'load' });
    return { page, problems };
  }

  before(async () => {
    mkdirSync(shots, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-report-ui-'));
    for (const f of readdirSync(join(root, 'examples')).filter((x) => x.endsWith('.md'))) {
      writeFileSync(join(dir, f), readFileSync(join(root, 'examples', f)));
      reports.set(f, writeReport(f, f));
    }
    for (const [name, text] of Object.entries(MADE)) {
      writeFileSync(join(dir, name), text);
      reports.set(name, writeReport(name, name));
    }
    writeFileSync(join(dir, 'weak-before.md'), weakExample());
    reports.set('baseline', writeReport('weak-fixed.md', 'baseline.md', ['--baseline', 'weak-before.md']));
    browser = await chromium.launch(helpers.chromiumOptions());
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.log(`    screenshots: ${shots}`);
  });

  it('shows every report with no console errors and no network requests, even with network turned off', async () => {
    const context = await browser.newContext({ offline: true });
    try {
      for (const [name, file] of reports) {
        const { page, problems } = await open(file, context);
        assert.deepEqual(problems, [], name);
        assert.equal(await page.locator('h2', { hasText: "The board's five questions" }).count(), 1, name);
        assert.equal(await page.locator('.cards').first().locator('.card').count(), 5, `${name}: five questions`);
        // What Good Looks Like is NHS England's: a strategy read with the general profile gets a note in place of its chart.
        const nhs = (await page.locator('p.profile', { hasText: 'Read as an NHS strategy' }).count()) === 1;
        assert.ok((await page.locator('svg[role="img"]').count()) >= (nhs ? 3 : 2), `${name}: the charts are drawn`);
        if (!nhs) assert.equal(await page.locator('p.none', { hasText: 'is for NHS organisations' }).count(), 1, `${name}: the What Good Looks Like note`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('shows the facts, the legend, the charts and the findings to fix first, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1100, height: 900 } });
      const { page } = await open(reports.get('weak-digital-strategy.md')!, context);
      const facts = await page.locator('.facts').innerText();
      assert.match(facts, /PERIOD\s+2024 to 2034, 10 years: 5 past the five years the guidance allows/i);
      assert.match(await page.locator('.legend').innerText(), /Answered[\s\S]*Partly answered[\s\S]*Not answered/);
      // Reading age in words, the SMOG grade in the tooltip.
      const bar = page.locator('#chart-reading ~ svg rect title').first();
      assert.match((await bar.textContent()) ?? '', /reading age \d+ \(SMOG grade [\d.]+, from \d+ sentences\)/);
      assert.equal(await page.locator('.top-findings .finding').count(), 10);
      const bg = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
      assert.equal(bg, scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(16, 20, 24)');
      await page.screenshot({ path: join(shots, `report-${scheme}.png`), fullPage: true });
      await page.screenshot({ path: join(shots, `report-${scheme}-top.png`) });
      await page.locator('.charts').screenshot({ path: join(shots, `report-${scheme}-charts.png`) });
      await context.close();
    }
  });

  it('passes axe-core with no serious or critical violations, in light and dark', async () => {
    const axe = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    // The report's policy forbids scripts, so the checker is let in past it.
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      for (const name of ['weak-digital-strategy.md', 'good-digital-strategy.md', 'baseline', 'general.md']) {
        const { page } = await open(reports.get(name)!, context);
        await page.addScriptTag({ content: axe });
        const result = (await page.evaluate("axe.run({ resultTypes: ['violations'] })")) as {
          violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
        };
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(
          bad.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`),
          [],
          `${name} in ${scheme}`,
        );
        await page.close();
      }
      await context.close();
    }
  });

  it('can be read and used with the keyboard: the first Tab reaches the skip link, which leads to the questions', async () => {
    const context = await browser.newContext();
    const { page } = await open(reports.get('weak-digital-strategy.md')!, context);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate<string>('document.activeElement && document.activeElement.textContent'), "Skip to the board's questions");
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate<string>('location.hash'), '#questions');
    const landmarks = await page.evaluate<number[]>("['body > header', 'main', 'body > footer'].map((t) => document.querySelectorAll(t).length)");
    assert.deepEqual(landmarks, [1, 1, 1]);
    await context.close();
  });

  it('prints to A4: every page A4, a few pages, nothing wider than the paper, and light even in dark mode', async () => {
    for (const name of ['weak-digital-strategy.md', 'good-digital-strategy.md', 'title-only.md', 'baseline']) {
      const context = await browser.newContext({ colorScheme: 'dark' });
      const { page } = await open(reports.get(name)!, context);
      await page.emulateMedia({ media: 'print' });
      const fits = await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth');
      assert.ok(fits, `${name}: nothing overflows the page width in print`);
      assert.equal(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor'), 'rgb(255, 255, 255)', `${name} prints light`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const { pages, boxes } = pdfPages(pdf);
      assert.ok(pages >= 1 && pages <= 8, `${name}: ${pages} pages`);
      for (const b of boxes) {
        assert.ok(Math.abs(b.width - A4.width) < 1.5 && Math.abs(b.height - A4.height) < 1.5, `${name}: a page of ${b.width} × ${b.height} pt is not A4`);
      }
      assert.equal(boxes.length, pages, `${name}: every page has its size`);
      if (name === 'weak-digital-strategy.md') {
        writeFileSync(join(shots, 'report-print.pdf'), pdf);
        await page.setViewportSize({ width: 794, height: 1123 });
        await page.screenshot({ path: join(shots, 'report-print.png'), fullPage: true });
        await page.screenshot({ path: join(shots, 'report-print-page1.png') });
      }
      await context.close();
    }
  });

  it('the --baseline report of the weak example against its fixed version shows the questions gained and the findings fixed', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const { page, problems } = await open(reports.get('baseline')!, context);
    const changed = page.locator('section.changed');
    await changed.waitFor();
    const text = await changed.innerText();
    assert.match(text, /What changed since weak-before\.md/);
    assert.match(text, /Board questions answered: 1 → 4 of 5/);
    assert.match(text, /Newly answered: Do we know what digital services we run now and how they perform\?; Do we understand our users and their biggest needs\?; What are we not prioritising\?/);
    assert.match(text, /✗ Not answered → ✓ Answered What are we not prioritising\?/);
    assert.match(text, /Findings fixed \(\d+\)[\s\S]*This horizon is 10 years/);
    await changed.screenshot({ path: join(shots, 'report-baseline.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

/** Page count and page sizes of a PDF as Chromium writes it (page objects are not compressed). */
function pdfPages(pdf: Buffer): { pages: number; boxes: Array<{ width: number; height: number }> } {
  const s = pdf.toString('latin1');
  const pages = (s.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const boxes = [...s.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
  return { pages, boxes };
}
