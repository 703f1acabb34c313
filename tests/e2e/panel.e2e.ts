import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

const SCREENS = join(import.meta.dirname, '__screens__');
let h: Harness;
let panel: Page;

const notes = () => panel.getByRole('list', { name: 'Notes' }).getByRole('listitem');
const noteBox = () => panel.getByRole('textbox', { name: 'Note' });

beforeAll(async () => {
  h = await launch();
  await h.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  panel = await h.openPanel();
});

afterAll(async () => {
  await h.close();
  expect(h.strayRequests, 'T27 network requests').toEqual([]);
});

describe('the panel, used as a manager would', () => {
  it('adds a member (Enter saves and selects), an agenda item and a note, all kept across a reload', async () => {
    await panel.getByRole('button', { name: 'New member' }).click();
    await panel.getByRole('textbox', { name: 'Member name' }).fill('佐藤 花子');
    await panel.getByRole('textbox', { name: 'Member name' }).press('Enter');
    await expect
      .poll(() => panel.getByRole('combobox', { name: 'Member' }).locator('option:checked').textContent())
      .toBe('佐藤 花子');

    await panel.getByRole('textbox', { name: 'New agenda item' }).fill('評価面談の準備');
    await panel.getByRole('textbox', { name: 'New agenda item' }).press('Enter');
    await panel.getByRole('list', { name: 'Agenda' }).getByText('評価面談の準備').waitFor();

    await noteBox().fill('資料作成に時間がかかっている');
    await noteBox().press('Enter');
    await notes().first().waitFor();
    expect(await notes().first().textContent()).toMatch(/^\d+:\d\d資料作成に時間がかかっている$/);
    expect(await panel.getByRole('button', { name: 'End session' }).isVisible()).toBe(true);

    await panel.reload();
    await notes().first().waitFor();
    expect(
      await panel.getByRole('combobox', { name: 'Member' }).locator('option:checked').textContent(),
    ).toBe('佐藤 花子');
    expect(await panel.getByRole('list', { name: 'Agenda' }).textContent()).toContain('評価面談の準備');
    expect(await notes().allTextContents()).toEqual([
      expect.stringContaining('資料作成に時間がかかっている'),
    ]);
    expect(await panel.getByRole('button', { name: 'End session' }).isVisible()).toBe(true);
  });

  it('T28 Enter during a real IME composition saves nothing; after commit, Enter saves exactly one note', async () => {
    const cdp = await h.ctx.newCDPSession(panel);
    await noteBox().focus();
    await cdp.send('Input.imeSetComposition', { text: 'しりょう', selectionStart: 4, selectionEnd: 4 });
    await panel.keyboard.press('Enter');
    await panel.waitForTimeout(300);
    expect(await notes().count()).toBe(1);
    await cdp.send('Input.insertText', { text: '資料' });
    // CDP lets the composing Enter's line break through (a real IME swallows it); the note is trimmed.
    expect(await noteBox().inputValue()).toMatch(/^資料\n?$/);
    await panel.keyboard.press('Enter');
    await expect.poll(() => notes().count()).toBe(2);
    expect(await notes().nth(1).textContent()).toMatch(/資料$/);
    expect(await noteBox().inputValue()).toBe('');
    await cdp.detach();
  });

  it('handles bad input: an empty note, a 10,000-character Japanese note, markup as a note', async () => {
    await noteBox().fill('   ');
    await noteBox().press('Enter');
    await panel.getByText('Type a note first, then press Enter.').waitFor();
    expect(await notes().count()).toBe(2);

    const long = '今日は資料の共有について話しました。'.repeat(600).slice(0, 10_000);
    await noteBox().fill(long);
    await noteBox().press('Enter');
    await expect.poll(() => notes().count()).toBe(3);
    expect(await notes().nth(2).locator('.note-text').textContent()).toBe(long);

    await noteBox().fill('<img src=x onerror="document.title=\'pwned\'">');
    await noteBox().press('Enter');
    await expect.poll(() => notes().count()).toBe(4);
    expect(await notes().nth(3).locator('.note-text').textContent()).toBe(
      '<img src=x onerror="document.title=\'pwned\'">',
    );
    expect(await panel.locator('.notes-list img').count()).toBe(0);
    expect(await panel.title()).toBe('Aizuchi');
  });

  it('copies the summary: Markdown as text/plain and headings and list items as text/html', async () => {
    await noteBox().fill('疲れている様子');
    await panel.getByRole('combobox', { name: 'Note kind' }).selectOption({ label: 'Private' });
    await noteBox().press('Enter');
    await expect.poll(() => notes().count()).toBe(5);
    expect(await panel.getByRole('combobox', { name: 'Note kind' }).inputValue()).toBe('note');

    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await panel.getByText('Summary copied.').waitFor();
    const { text, html } = await panel.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        text: await (await item!.getType('text/plain')).text(),
        html: await (await item!.getType('text/html')).text(),
      };
    });
    expect(text).toContain('# 1on1 with 佐藤 花子');
    expect(text).toContain('- [ ] 評価面談の準備');
    expect(text).toMatch(/- \d+:\d\d 資料作成に時間がかかっている/);
    expect(text).not.toContain('疲れている様子');
    expect(html).toContain('<h1>1on1 with 佐藤 花子</h1>');
    expect(html).toMatch(/<li>.*資料作成に時間がかかっている<\/li>/);
    expect(html).toContain('&lt;img src=x');

    await panel.getByRole('checkbox', { name: 'Include private notes' }).check();
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await expect
      .poll(() => panel.evaluate(() => navigator.clipboard.readText()))
      .toContain('[Private] 疲れている様子');
  });

  it('ends the session and still offers the copy of the past session', async () => {
    await panel.getByRole('button', { name: 'End session' }).click();
    await panel.getByRole('button', { name: 'Start session' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Copy summary' }).isVisible()).toBe(true);
    expect(await notes().count()).toBe(5);
  });

  it('copies headings in Japanese from an English panel, its messages loaded on demand', async () => {
    await panel.getByRole('button', { name: 'Settings' }).click();
    await panel.getByRole('combobox', { name: 'Language of the summary' }).selectOption('ja');
    // A fresh panel has loaded only the messages of the language it shows (English here).
    await panel.reload();
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await expect
      .poll(() => panel.evaluate(() => navigator.clipboard.readText()))
      .toContain('# 佐藤 花子 さんとの 1on1');
    await panel.getByRole('button', { name: 'Settings' }).click();
    await panel.getByRole('combobox', { name: 'Language of the summary' }).selectOption('auto');
    await panel.getByRole('button', { name: 'Settings' }).click();
  });

  it('is usable at 320 px in light and dark (screenshots kept as artifacts)', async () => {
    mkdirSync(SCREENS, { recursive: true });
    await panel.setViewportSize({ width: 320, height: 720 });
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({ path: join(SCREENS, `panel-320-${scheme}.png`) });
    }
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
