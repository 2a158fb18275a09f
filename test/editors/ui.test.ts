// UI end-to-end: the packaged .vsix installed into code-server (the real VS
// Code workbench), driven in Debian's Chromium with playwright-core as a
// person would: open a strategy, see squiggles and Problems rows, hover a
// finding, apply a quick fix through the light bulb, check the saved text.
// Screenshots of each step go to $STRATEGY_LINT_SCREENSHOTS (outside the repo).
// Run by `npm run test:editors`, which packages the .vsix and installs code-server.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
// Plain ESM shared with the launcher; its types are in code-server.d.mts.
import * as helpers from '../../scripts/editors/code-server.mjs';
import type { Dirs, Running } from '../../scripts/editors/code-server.mjs';

// Page functions run in the browser; the project's types have no DOM library.
declare const document: any;

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

  /** Open a workspace file by name with Quick Open, as a person would. */
  const openFile = async (name: string) => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: name }).waitFor();
    await editor().waitFor();
  };
  const SQUIGGLES = '.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint';
  const squiggleCount = () => editor().locator(SQUIGGLES).count();
  /** Squiggles drawn on the editor line that shows `text`. */
  const squigglesOnLine = async (text: string) => {
    const line = await editor().locator('.view-line', { hasText: text }).first().boundingBox();
    if (!line) return -1;
    const boxes = await Promise.all((await editor().locator(SQUIGGLES).all()).map((l) => l.boundingBox()));
    return boxes.filter((b) => b && b.y + b.height > line.y && b.y < line.y + line.height).length;
  };

  before(async () => {
    mkdirSync(shots, { recursive: true });
    workspace = mkdtempSync(join(tmpdir(), 'strategy-lint-ui-'));
    cpSync(join(root, 'test', 'fixtures', 'editors'), workspace, { recursive: true });
    // Named like a plan, not a strategy, so the default globs do not select it, but it reads like one.
    writeFileSync(join(workspace, 'digital-plan-2025.md'), '# Digital Strategy\n\n## Our priorities\n\n- Improve patient access to their records\n\n## Governance\n\nThe board reviews it every quarter.\n');
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
        '[markdown]': { 'editor.codeActionsOnSave': { 'source.fixAll.strategy-lint': 'explicit' } },
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
    // The panel may first show the question answered by the sentence half typed: wait for the whole of it.
    await card(/users and their biggest needs/).filter({ hasText: 'Patients told us their biggest need is to see test results online' }).waitFor();
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

  it('a short draft opens calmly: few underlines, fewer still with "Strategy issues"', async () => {
    // The Problems panel stays shut, so that the whole draft is on screen.
    if (await page.locator('.markers-panel').isVisible()) {
      await page.keyboard.press('Control+J');
      await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    }
    await openFile('draft-strategy.md');
    await editor().locator('.squiggly-error').first().waitFor();
    await page.locator('.statusbar-item', { hasText: /^\s*Everything\s*$/ }).first().waitFor();
    await editor().locator('.squiggly-info, .squiggly-hint').first().waitFor();
    const everything = await squiggleCount();
    const errors = await editor().locator('.squiggly-error').count();
    console.log(`    short draft: ${everything} underlines with everything shown, ${errors} of them errors`);
    assert.equal(errors, 1, 'the one error is the 7-year horizon; a long sentence is not an error');
    await shot('short-draft-everything');
    await closeUp('short-draft-close-up', editor().locator('.view-line').nth(20), 520);
    await page.locator('.statusbar-item', { hasText: /^\s*Everything\s*$/ }).first().click();
    await page.locator('.statusbar-item', { hasText: /^\s*Strategy issues\s*$/ }).first().waitFor();
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(`.editor-instance .monaco-editor :is(${sel})`).length < n, [SQUIGGLES, everything] as const);
    const strategy = await squiggleCount();
    console.log(`    short draft: ${strategy} underlines with strategy issues only`);
    assert.ok(strategy < everything);
    await shot('short-draft-strategy-issues');
    await page.locator('.statusbar-item', { hasText: /^\s*Strategy issues\s*$/ }).first().click();
    await page.locator('.statusbar-item', { hasText: /^\s*Everything\s*$/ }).first().waitFor();
  });

  it('the title\'s Quick Fix menu has one "Turn off" entry, "Insert all missing sections" and no "for this line"', async () => {
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('Control+Home');
    const bulb = page.locator('.lightBulbWidget').first();
    await bulb.waitFor();
    await bulb.click();
    const rows = page.locator('.action-widget .monaco-list-row');
    await rows.filter({ hasText: 'Insert all' }).first().waitFor();
    const titles = await rows.allInnerTexts();
    console.log(`    title menu: ${titles.length} entries: ${titles.join(' | ').replace(/\n/g, ' ')}`);
    assert.equal(titles.filter((t) => /Turn off/.test(t)).length, 1, titles.join('\n'));
    assert.ok(!titles.some((t) => /for this line/.test(t)), titles.join('\n'));
    await shot('title-quick-fix-menu');
    await closeUp('title-quick-fix-close-up', page.locator('.action-widget').first(), 460);
    await page.keyboard.press('Escape');
  });

  it('a hover on the title shows the finding under the pointer first and each message once', async () => {
    const title = editor().locator('.view-line').first();
    const year = title.locator('span', { hasText: '2031' }).last();
    const box = await year.boundingBox();
    assert.ok(box, 'the title is on screen');
    await page.mouse.move(box.x + box.width - 8, box.y + box.height / 2, { steps: 3 });
    const hover = page.locator('.monaco-hover', { hasText: 'Why it matters' }).first();
    await hover.waitFor();
    const text = await hover.innerText();
    assert.equal(text.split('This horizon is 7 years').length - 1, 1, text);
    assert.equal(text.split('No "What we will not do" section').length - 1, 1, text);
    const ours = text.indexOf('time-horizon (error) · strategy-lint');
    assert.ok(ours >= 0 && ours < text.indexOf('not-doing-section (warning) · strategy-lint'), 'the horizon under the pointer comes first in the explanation');
    await shot('hover-several-findings');
    await closeUp('hover-several-close-up', hover, 560);
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
  });

  it('holds back findings on the sentence being typed until it is finished', async () => {
    await editor().locator('.view-line').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('We will leverage the new portal', { delay: 20 });
    // The server has analysed the new words once its hover explains them.
    const word = editor().locator('.view-line', { hasText: 'We will leverage the new portal' }).locator('span', { hasText: 'leverage' }).last();
    const box = await word.boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    await page.locator('.monaco-hover', { hasText: 'words-to-avoid' }).first().waitFor();
    assert.equal(await squigglesOnLine('We will leverage the new portal'), 0, 'no underline on the unfinished sentence');
    await shot('typing-unfinished-sentence');
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
    await page.keyboard.type('.');
    await shot('typing-full-stop');
    await page.waitForFunction(
      ([sel]) => {
        const line = [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].find((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').includes('We will leverage the new portal.'));
        if (!line) return false;
        const r = line.getBoundingClientRect();
        return [...document.querySelectorAll(`.editor-instance .monaco-editor :is(${sel})`)].some((s) => {
          const b = s.getBoundingClientRect();
          return b.bottom > r.top && b.top < r.bottom;
        });
      },
      [SQUIGGLES] as const,
    );
    await shot('typing-finished-sentence');
  });

  it('offers the snippets as the author types at the start of a line', async () => {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('outc', { delay: 40 });
    const row = page.locator('.suggest-widget .monaco-list-row', { hasText: 'outcomes-table' }).first();
    await row.waitFor();
    await shot('snippet-offered');
    await row.click();
    await editor().locator('.view-line', { hasText: '[what will be different, for whom]' }).first().waitFor();
    await shot('snippet-expanded-with-prompts');
    // The draft is left unsaved.
    await page.keyboard.press('Escape');
  });

  /** The file's text once it holds `needle`: the save reaches the disk a moment after the editor says it is saved. */
  const fileOnceItHas = (file: string, needle: string) =>
    new Promise<string>((resolvePromise, reject) => {
      const read = () => readFileSync(file, 'utf8');
      if (read().includes(needle)) return resolvePromise(read());
      const watcher = watch(file, () => {
        const text = read();
        if (!text.includes(needle)) return;
        watcher.close();
        clearTimeout(timer);
        resolvePromise(text);
      });
      const timer = setTimeout(() => {
        watcher.close();
        reject(new Error(`${file} was not saved with "${needle}":\n${read()}`));
      }, 20_000);
    });

  it('fix-on-save changes words only: headings and lists stay as they were, and the scorecard is no worse', async () => {
    await openFile('save-strategy.md');
    const bar = page.locator('.statusbar-item', { hasText: 'Questions' }).first();
    await bar.waitFor();
    const scoreBefore = await bar.innerText();
    const before = readFileSync(join(workspace, 'save-strategy.md'), 'utf8');
    await editor().locator('.view-line', { hasText: 'The board reviews progress' }).first().click();
    await page.keyboard.press('End');
    // A sentence that answers no board question, so that only the fixes could change the scorecard.
    await page.keyboard.type(' Its papers are short.');
    await page.keyboard.press('Control+S');
    await editor().locator('.view-line', { hasText: 'We will use the portal to book clinics.' }).first().waitFor();
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    const saved = await fileOnceItHas(join(workspace, 'save-strategy.md'), 'Its papers are short.');
    const shape = (t: string) => t.split('\n').filter((l) => /^(#|- |\|)/.test(l));
    assert.deepEqual(shape(saved), shape(before));
    assert.match(saved, /Its papers are short\./);
    await page.locator('.statusbar-item', { hasText: 'Questions' }).first().waitFor();
    // The status bar lists what is not yet answered ("Mainstream ✗"); what it leaves out is answered.
    const marks = (bar: string) => new Map([...bar.matchAll(/([A-Z][\w-]+) ([✓~✗])/g)].map((m) => [m[1], m[2] === '✗' ? 0 : m[2] === '~' ? 1 : 2]));
    const scoreAfter = await bar.innerText();
    const [was, now] = [marks(scoreBefore), marks(scoreAfter)];
    for (const name of new Set([...was.keys(), ...now.keys()])) assert.ok((now.get(name) ?? 2) >= (was.get(name) ?? 2), `the scorecard got worse: ${scoreBefore} → ${scoreAfter}`);
    assert.ok(Number(/Questions (\d)/.exec(scoreAfter)?.[1]) >= Number(/Questions (\d)/.exec(scoreBefore)?.[1]), `${scoreBefore} → ${scoreAfter}`);
    await shot('fix-on-save');
  });

  it('offers once to check a Markdown file that looks like a strategy', async () => {
    await openFile('digital-plan-2025.md');
    const toast = page.locator('.notification-toast', { hasText: 'looks like a strategy' }).first();
    await toast.waitFor();
    await shot('offer-to-check');
    await toast.locator('.monaco-button', { hasText: 'Check it' }).first().click();
    await editor().locator('.squiggly-warning').first().waitFor();
    await shot('offer-accepted');
  });

  it('shows rule severities as dropdowns in the Settings editor, and no "null"', async () => {
    await page.keyboard.press('Control+,');
    const search = page.locator('.settings-editor .settings-header .monaco-editor textarea, .settings-editor .suggest-input-container textarea').first();
    await search.waitFor();
    await search.fill('strategyLint.rules.time-horizon');
    const item = page.locator('.settings-editor .setting-item', { hasText: 'time-horizon' }).first();
    await item.locator('select, .monaco-select-box').first().waitFor();
    await shot('settings-rule-dropdown');
    await search.fill('strategyLint.profile');
    const profile = page.locator('.settings-editor .setting-item', { hasText: 'Profile' }).first();
    await profile.locator('select, .monaco-select-box').first().waitFor();
    const choice = await profile.innerText();
    assert.match(choice, /Default \(as the config file says, else chosen from the document\)/);
    assert.doesNotMatch(choice, /\bnull\b/);
    await shot('settings-editor');
    await page.keyboard.press('Control+W');
  });

  it('the extension page is the user README, with its images loaded from inside the .vsix', async () => {
    await page.keyboard.press('Control+Shift+X');
    const search = page.locator('.extensions-viewlet .monaco-editor textarea, .extensions-viewlet textarea').first();
    await search.waitFor();
    await search.fill('@installed strategy');
    const entry = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Strategy Lint' }).first();
    await entry.waitFor();
    await entry.click();
    await page.locator('.extension-editor .name', { hasText: 'Strategy Lint' }).first().waitFor();
    await shot('extension-page-opening');
    const readme = async () => {
      for (const f of page.frames()) {
        const ok = await f.evaluate(() => document.body?.innerText.includes('Your first check in three steps')).catch(() => false);
        if (ok) return f;
      }
      return undefined;
    };
    let frame = await readme();
    for (let tries = 0; !frame && tries < 20; tries++) {
      await page.waitForEvent('framenavigated', { timeout: 3000 }).catch(() => undefined);
      frame = await readme();
    }
    assert.ok(frame, `no frame shows the README: ${page.frames().map((f) => f.url().slice(0, 80)).join(', ')}`);
    await frame.waitForFunction(() => [...document.images].length >= 3);
    await shot('extension-page');
    // The images are relative links to files inside the .vsix (none to a remote repository).
    // code-server 4.100 does not display relative images on an extension page from a .vsix, so what is checked is the link.
    const images: string[] = await frame.evaluate(() => [...document.images].map((i) => i.getAttribute('src') ?? ''));
    assert.deepEqual(images, ['images/first-check.png', 'images/quick-fix.png', 'images/hover.png']);
    const shipped = execFileSync('unzip', ['-l', vsix], { encoding: 'utf8' });
    for (const i of images) assert.match(shipped, new RegExp(`extension/${i}`), `${i} is in the .vsix`);
    const icon = await page.locator('.extension-editor .icon').first().evaluate((i) => (i as unknown as { naturalWidth: number }).naturalWidth);
    assert.ok(icon > 0, 'the icon shows');
    await shot('extension-page');
  });
});
