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
});
