import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/pages', name), 'utf8');
let h: Harness;

beforeAll(async () => {
  h = await launch();
  h.pages.set('https://meet.google.com/abc-defg-hij', fixture('meet-call-ja.html'));
  h.pages.set('https://meet.google.com/', fixture('meet-landing-en.html'));
  h.pages.set('https://example.com/abc-defg-hij', fixture('meet-call-ja.html'));
});

afterAll(async () => {
  await h.close();
  expect(h.strayRequests, 'T27 network requests').toEqual([]);
});

describe('call page chip', () => {
  it('appears within 3 s on a Meet call page with a Japanese UI, at a fixed corner', async () => {
    const page = await h.ctx.newPage();
    await page.goto('https://meet.google.com/abc-defg-hij?authuser=0');
    const chip = page.getByRole('button', { name: 'Open Aizuchi' });
    await chip.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await page.locator('#aizuchi-chip-host').evaluate((el) => getComputedStyle(el).position)).toBe(
      'fixed',
    );
    await page.close();
  });

  it('does not appear on the Meet landing page, and appears once after an in-page navigation to a call', async () => {
    const page = await h.ctx.newPage();
    await page.goto('https://meet.google.com/');
    await page.waitForTimeout(1_000);
    expect(await page.getByRole('button', { name: 'Open Aizuchi' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'New meeting' }).click();
    await page.getByRole('button', { name: 'Open Aizuchi' }).waitFor({ state: 'visible', timeout: 3_000 });
    expect(await page.locator('#aizuchi-chip-host').count()).toBe(1);
    await page.close();
  });

  it('does not appear on other sites', async () => {
    const page = await h.ctx.newPage();
    await page.goto('https://example.com/abc-defg-hij');
    await page.waitForTimeout(1_000);
    expect(await page.locator('#aizuchi-chip-host').count()).toBe(0);
    await page.close();
  });

  it('clicking the chip opens the side panel', async () => {
    const panels = () =>
      h.sw.evaluate(async () => {
        const { runtime } = (globalThis as unknown as { chrome: WxtBrowser }).chrome;
        return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
      });
    const page = await h.ctx.newPage();
    await page.goto('https://meet.google.com/abc-defg-hij');
    expect(await panels()).toBe(0);
    await page.getByRole('button', { name: 'Open Aizuchi' }).click();
    await expect.poll(panels).toBe(1);
    await page.close();
  });

  it('T27 the request recorder catches a request that leaves the machine', async () => {
    h.pages.set('https://example.com/beacon', '<img src="https://tracker.invalid/pixel.png">');
    const page = await h.ctx.newPage();
    await page.goto('https://example.com/beacon');
    await expect.poll(() => h.strayRequests).toContain('https://tracker.invalid/pixel.png');
    // Only the page's own beacon was caught; clear it so the suite's check stays about the extension.
    h.strayRequests.splice(h.strayRequests.indexOf('https://tracker.invalid/pixel.png'), 1);
    await page.close();
  });

  it('the toolbar button opens the panel', async () => {
    const behavior = await h.sw.evaluate(() =>
      (globalThis as unknown as { chrome: WxtBrowser }).chrome.sidePanel.getPanelBehavior(),
    );
    expect(behavior.openPanelOnActionClick).toBe(true);
  });

  it('T39 the keyboard commands are bound to keys Meet and Zoom leave free', async () => {
    const commands = await h.sw.evaluate(() =>
      (globalThis as unknown as { chrome: WxtBrowser }).chrome.commands.getAll(),
    );
    const bound: Record<string, string | undefined> = Object.fromEntries(
      commands.map((c) => [c.name ?? '', c.shortcut]),
    );
    expect(bound).toMatchObject({
      'open-panel': 'Alt+Shift+K',
      'quick-note': 'Alt+Shift+J',
      'mark-moment': 'Alt+Shift+M',
    });
  });

  it("T39 the panel's shortcut sheet shows the keys really bound in the browser", async () => {
    const panel = await h.openPanel();
    await panel.locator('body').press('?');
    const sheet = panel.getByRole('dialog');
    await sheet.waitFor();
    for (const key of ['Alt+Shift+K', 'Alt+Shift+J', 'Alt+Shift+M']) {
      expect(await sheet.textContent()).toContain(key);
    }
    expect(await sheet.textContent()).toContain('Write a quick note on the call page');
    await panel.close();
  });
});
