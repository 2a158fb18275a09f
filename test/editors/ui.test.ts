// UI end-to-end: the packaged .vsix installed into code-server (the real VS
// Code workbench), driven in Debian's Chromium with playwright-core as a
// person would: open a strategy, see squiggles and Problems rows, hover a
// finding, apply a quick fix through the light bulb, check the saved text.
// Screenshots of each step go to $STRATEGY_LINT_SCREENSHOTS (outside the repo).
// Run by `npm run test:editors`, which packages the .vsix and installs code-server.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
// Plain ESM shared with the launcher; its types are in code-server.d.mts.
import * as helpers from '../../scripts/editors/code-server.mjs';
import type { Dirs, Running } from '../../scripts/editors/code-server.mjs';

const root = resolve(__dirname, '..', '..', '..');
const shots = process.env.STRATEGY_LINT_SCREENSHOTS || mkdtempSync(join(tmpdir(), 'strategy-lint-screenshots-'));
const vsix = process.env.STRATEGY_LINT_VSIX || join(root, 'strategy-lint.vsix');
const FILE = 'digital-strategy.md';

describe('VS Code (code-server) in Chromium with the packaged extension', function () {
  this.timeout(120_000);
  let server: Running;
  let dirs: Dirs;
  let browser: Browser;
  let page: Page;
  let workspace: string;
  let n = 0;
  const shot = async (name: string) => {
    n += 1;
    await page.screenshot({ path: join(shots, `${String(n).padStart(2, '0')}-${name}.png`) });
  };
  const editor = () => page.locator('.editor-instance .monaco-editor').first();
  /** A close-up of the editor down to the bottom of a widget (hover, menu), for the README. */
  const closeUp = async (name: string, widget: ReturnType<Page['locator']>, maxHeight = 380) => {
    const ed = await editor().boundingBox();
    const w = await widget.boundingBox();
    if (!ed || !w) return;
    const x = ed.x;
    const y = ed.y;
    const width = Math.min(ed.width, Math.max(w.x + w.width - x + 16, 560));
    const height = Math.min(maxHeight, w.y + w.height - y + 12);
    n += 1;
    await page.screenshot({ path: join(shots, `${String(n).padStart(2, '0')}-${name}.png`), clip: { x, y, width, height } });
  };

  before(async () => {
    mkdirSync(shots, { recursive: true });
    workspace = mkdtempSync(join(tmpdir(), 'strategy-lint-ui-'));
    cpSync(join(root, 'test', 'fixtures', 'editors'), workspace, { recursive: true });
    const bin = helpers.ensureCodeServer();
    dirs = helpers.freshDirs();
    helpers.installVsix(bin, dirs, vsix);
    server = await helpers.startCodeServer(bin, dirs, {
      settings: {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'editor.hover.delay': 200,
        'editor.minimap.enabled': false,
        'window.commandCenter': false,
        'chat.commandCenter.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
      },
    });
    browser = await chromium.launch(helpers.chromiumOptions());
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor();
    // Quick Open is how a person opens a file by name.
    await page.locator('.explorer-folders-view').waitFor();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(FILE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().waitFor();
    await page.keyboard.press('Enter');
    await editor().waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dirs) rmSync(dirs.root, { recursive: true, force: true });
    if (workspace) rmSync(workspace, { recursive: true, force: true });
    console.log(`    screenshots: ${shots}`);
  });

  it('shows squiggles for the findings, with the scorecard in the code lens and status bar', async () => {
    await editor().locator('.squiggly-error').first().waitFor();
    await editor().locator('.squiggly-warning').first().waitFor();
    await editor().locator('.codelens-decoration', { hasText: 'Board questions' }).first().waitFor();
    await page.locator('.statusbar-item', { hasText: 'Questions' }).first().waitFor();
    await shot('squiggles');
  });

  it('explains a finding when the pointer rests on its squiggle', async () => {
    // The vague outcome on line 9 has one finding of its own, so its hover is uncluttered.
    const line = editor().locator('.view-line', { hasText: 'Improve patient access to their records' });
    const box = await line.locator('span', { hasText: 'Improve' }).last().boundingBox();
    assert.ok(box, 'line 9 is on screen');
    await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 3 });
    const hover = page.locator('.monaco-hover', { hasText: 'Why it matters' }).first();
    await hover.waitFor();
    const text = await hover.innerText();
    assert.match(text, /This outcome has no measure and no date/);
    assert.match(text, /measurable-outcome/);
    assert.match(text, /Digital Boards guidance/);
    assert.match(text, /Read the measurable-outcome documentation/);
    await shot('hover');
    await closeUp('hover-close-up', hover, 520);
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
  });

  it('lists the findings in the Problems panel with their rule ids', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-tl-row');
    await rows.filter({ hasText: 'time-horizon' }).first().waitFor();
    await rows.filter({ hasText: 'not-doing-section' }).first().waitFor();
    const texts = await rows.allInnerTexts();
    const horizon = texts.find((t) => /This horizon is 7 years/.test(t));
    assert.ok(horizon, texts.join('\n'));
    assert.match(horizon, /Ln 1, Col 20/, 'the row points at the year range in the title');
    await shot('problems-panel');
  });

  it('applies "Insert section" through the light bulb, and the finding goes', async () => {
    // Put the cursor in the title, where the missing-section finding sits.
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('Control+Home');
    const bulb = page.locator('.lightBulbWidget').first();
    await bulb.waitFor();
    await shot('light-bulb');
    await bulb.click();
    const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Insert section: What we will not do' }).first();
    await item.waitFor();
    await shot('quick-fix-menu');
    await closeUp('quick-fix-close-up', page.locator('.action-widget').first(), 330);
    // The menu blocks clicks until the pointer moves, as a person's would.
    const box = await item.boundingBox();
    assert.ok(box, 'the menu item is on screen');
    await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 3 });
    await item.click();
    await editor().locator('.view-line', { hasText: '## What we will not do' }).first().waitFor();
    await page.keyboard.press('Control+S');
    // The Problems panel loses the row once the server has re-analysed.
    const rows = page.locator('.markers-panel .monaco-tl-row');
    await rows.filter({ hasText: 'not-doing-section' }).first().waitFor({ state: 'detached' });
    await editor().locator('.view-line', { hasText: '## What we will not do' }).first().scrollIntoViewIfNeeded();
    await shot('after-quick-fix');
    const saved = readFileSync(join(workspace, FILE), 'utf8');
    assert.match(saved, /- Reduce the time nurses spend .*\n\n## What we will not do\n\n- We will not \[.*\n- We will stop \[.*\n\n## Governance\n/);
  });

  // ---- the scorecard panel: the board pack, live, beside the editor ----

  /** The panel's page: a webview is an iframe holding the content's own iframe. */
  const panel = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const card = (question: RegExp) => panel().locator('.card', { has: page.locator('h3', { hasText: question }) });
  const panelTab = () => page.locator('.tabs-container .tab', { hasText: 'Scorecard' });

  it('opens the scorecard panel from the code lens, with the board questions and the facts', async () => {
    // Make room: the Problems panel is open from an earlier test.
    await page.keyboard.press('Control+J');
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+B');
    await page.locator('.explorer-folders-view').waitFor({ state: 'hidden' });
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('Control+Home');
    const lens = editor().locator('.codelens-decoration a', { hasText: 'Board questions' }).first();
    await lens.waitFor();
    await lens.click();
    await panel().locator('h2', { hasText: "The board's five questions" }).waitFor();
    assert.equal(await panel().locator('.cards').first().locator('.card').count(), 5);
    assert.match(await panel().locator('.facts').innerText(), /2025 to 2032, 7 years: 2 past the five years the guidance allows/);
    assert.match(await panelTab().innerText(), /Scorecard: digital-strategy\.md/);
    // It follows the editor's theme: code-server starts with a light one.
    await page.locator('.monaco-workbench.vs').waitFor();
    await panel().locator('body.vscode-light').waitFor();
    await shot('scorecard-panel-light');
    // Close it, to open it again from the status bar.
    await panelTab().hover();
    await panelTab().locator('.codicon-close').click();
    await panelTab().waitFor({ state: 'detached' });
  });

  it('opens the scorecard panel from the status bar', async () => {
    await page.locator('.statusbar-item', { hasText: 'Questions' }).first().click();
    await panel().locator('h2', { hasText: "The board's five questions" }).waitFor();
    await card(/users and their biggest needs/).locator('.badge.no').waitFor();
  });

  it('updates the panel as the author types, keeping its scroll position', async () => {
    await panel().locator('body').evaluate('window.scrollTo(0, 300)');
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('Control+End');
    // Escape closes the heading completions '#' opens, so Enter makes a new line rather than inserting a skeleton.
    await page.keyboard.type('\n## Our users and their needs');
    await page.keyboard.press('Escape');
    await page.keyboard.type('\n\nPatients told us their biggest need is to see test results online without phoning the ward.\n');
    await card(/users and their biggest needs/).locator('.badge.yes').waitFor();
    assert.match(await card(/users and their biggest needs/).innerText(), /Patients told us their biggest need is to see test results online/);
    assert.equal(await panel().locator('body').evaluate('window.scrollY'), 300);
    await shot('scorecard-panel-after-edit');
  });

  it('a link in the panel moves the cursor to the evidence', async () => {
    const link = card(/users and their biggest needs/).locator('a.jump').first();
    const label = await link.innerText();
    const line = Number(/line (\d+)/.exec(label)?.[1]);
    assert.ok(line > 1, label);
    await link.click();
    // The whole sentence is selected, with the cursor at its end (the status bar shows where the cursor is).
    const sentence = 'Patients told us their biggest need is to see test results online without phoning the ward.';
    await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${sentence.length + 1} (${sentence.length} selected)` }).first().waitFor();
    await page.locator('.editor-instance .monaco-editor.focused').first().waitFor();
  });

  it('each unanswered question offers its quick fix in the panel', async () => {
    const fix = card(/what digital services we run now/).locator('button.fix');
    assert.equal(await fix.innerText(), 'Insert section: Where we are now');
    await fix.click();
    await card(/what digital services we run now/).locator('button.fix', { hasText: 'Insert section' }).waitFor({ state: 'detached' });
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('Control+Home');
    await editor().locator('.view-line', { hasText: '## Where we are now' }).first().waitFor();
  });

  it('follows a dark theme', async () => {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('Dark Modern');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
    await page.keyboard.press('Enter');
    await panel().locator('body.vscode-dark').waitFor();
    await panel().locator('h2', { hasText: "The board's five questions" }).waitFor();
    await shot('scorecard-panel-dark');
  });
});
