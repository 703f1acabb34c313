import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/pages', name), 'utf8');
const bodyOf = (name: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(fixture(name))![1]!;
const MEET = 'https://meet.google.com/abc-defg-hij';
const ZOOM = 'https://app.zoom.us/wc/84335626851/join';

let h: Harness;
let panel: Page;
const status = () => panel.getByRole('status', { name: 'Call status' });

/** The call page changes under the content script, as Meet's own scripts do. */
async function becomes(page: Page, name: string) {
  await page.evaluate((html) => {
    document.body.innerHTML = html;
  }, bodyOf(name));
}

beforeAll(async () => {
  h = await launch();
  h.pages.set(MEET, fixture('meet-prejoin-ja.html'));
  h.pages.set('https://meet.google.com/xyz-abcd-efg', fixture('meet-call-en.html'));
  h.pages.set(ZOOM, fixture('zoom-call-en.html'));
  panel = await h.openPanel();
  await panel.getByRole('button', { name: 'New member' }).click();
  await panel.getByRole('textbox', { name: 'Member name' }).fill('佐藤 花子');
  await panel.getByRole('textbox', { name: 'Member name' }).press('Enter');
  await panel.getByRole('button', { name: 'Start session' }).waitFor();
});

afterAll(async () => {
  await h.close();
  expect(h.strayRequests, 'T27 network requests').toEqual([]);
});

describe('the session follows the call', () => {
  it('no call page open: No call', async () => {
    expect(await status().textContent()).toBe('No call');
  });

  it('T19 a Japanese Meet pre-join page is recognised; linking it and joining starts the session', async () => {
    const call = await h.ctx.newPage();
    await call.goto(MEET);
    await expect.poll(() => status().textContent(), { timeout: 5_000 }).toContain('Waiting to join');
    // Joined a call nobody is linked to: the chip asks, the panel offers the link.
    await becomes(call, 'meet-call-ja.html');
    await call.getByText('Which member is this?').waitFor({ timeout: 5_000 });
    await panel.getByRole('button', { name: 'Link this call to 佐藤 花子' }).click();
    await call.getByText('Which member is this?').waitFor({ state: 'hidden', timeout: 5_000 });
    await expect.poll(() => status().textContent(), { timeout: 5_000 }).toContain('In call');
    await panel.getByRole('button', { name: 'End session' }).waitFor();

    await becomes(call, 'meet-ended-ja.html');
    await expect.poll(() => status().textContent(), { timeout: 5_000 }).toContain('Call ended');
    await panel.getByRole('button', { name: 'Start session' }).waitFor();
    await call.close();
  });

  it('the linked call is recognised next time by itself; T15 closing its tab ends the session', async () => {
    h.pages.set(MEET, fixture('meet-call-ja.html'));
    const call = await h.ctx.newPage();
    await call.goto(MEET);
    await panel.getByRole('button', { name: 'End session' }).waitFor({ timeout: 5_000 });
    await call.close();
    await panel.getByRole('button', { name: 'Start session' }).waitFor({ timeout: 5_000 });
    await expect.poll(() => status().textContent()).toBe('No call');
  });

  it("quick note: typed in a box the page cannot read (T23), saved into the call's session with its offset", async () => {
    h.pages.set(MEET, fixture('meet-call-ja.html'));
    const call = await h.ctx.newPage();
    await call.goto(MEET);
    await panel.getByRole('button', { name: 'End session' }).waitFor({ timeout: 5_000 });
    // The call page's own scripts listen for every key, in the capture phase.
    await call.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      for (const target of [window, document]) {
        for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) {
          target.addEventListener(type, (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? ''}`), true);
        }
      }
    });

    await call.getByRole('button', { name: 'Quick note' }).click();
    const box = call.frameLocator('#aizuchi-quick-note').getByRole('textbox', { name: 'Quick note' });
    await box.pressSequentially('途中まで');
    await box.press('Escape');
    await expect.poll(() => call.locator('#aizuchi-quick-note').count()).toBe(0);
    await call.getByRole('button', { name: 'Quick note' }).click();
    await expect.poll(() => box.inputValue()).toBe('途中まで');
    await box.pressSequentially('書いたメモ');
    await box.press('Enter');
    await expect.poll(() => call.locator('#aizuchi-quick-note').count()).toBe(0);

    const notes = panel.getByRole('list', { name: 'Notes' }).getByRole('listitem');
    await expect
      .poll(() => notes.allTextContents())
      .toEqual([expect.stringMatching(/^\d+:\d\d途中まで書いたメモ$/)]);
    expect(await call.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    await call.close();
    await panel.getByRole('button', { name: 'Start session' }).waitFor({ timeout: 5_000 });
  });

  it('T21 an unlinked call starts nothing by itself', async () => {
    const call = await h.ctx.newPage();
    await call.goto('https://meet.google.com/xyz-abcd-efg');
    await expect.poll(() => status().textContent(), { timeout: 5_000 }).toContain('In call');
    expect(await panel.getByRole('button', { name: 'Start session' }).isVisible()).toBe(true);
    await call.close();
  });

  it('T24 a forged message from the page changes nothing', async () => {
    const call = await h.ctx.newPage();
    h.pages.set('https://meet.google.com/qwe-rtyu-iop', fixture('meet-prejoin-en.html'));
    await call.goto('https://meet.google.com/qwe-rtyu-iop');
    await expect.poll(() => status().textContent(), { timeout: 5_000 }).toContain('Waiting to join');
    const forged = { type: 'call-state', service: 'meet', meetingKey: 'abc-defg-hij', phase: 'incall' };
    const outcome = await call.evaluate(
      async ({ id, message }) => {
        window.postMessage(message, '*');
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return 'no runtime in the page';
        try {
          await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, message);
          return 'sent';
        } catch {
          return 'refused';
        }
      },
      { id: h.extensionId, message: forged },
    );
    expect(outcome).not.toBe('sent');
    await call.waitForTimeout(1_500);
    expect(await status().textContent()).toContain('Waiting to join');
    expect(await panel.getByRole('button', { name: 'Start session' }).isVisible()).toBe(true);
    await call.close();
  });

  it('T20 the Zoom web client: chip and call status', async () => {
    const call = await h.ctx.newPage();
    await call.goto(ZOOM);
    await call.getByRole('button', { name: 'Open Aizuchi' }).waitFor({ timeout: 3_000 });
    await expect
      .poll(() => status().textContent(), { timeout: 5_000 })
      .toBe('In call · Weekly 1on1 Hanako / Taro');
    await call.close();
  });
});
