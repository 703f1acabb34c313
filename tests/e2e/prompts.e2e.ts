import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

let h: Harness;
let panel: Page;

const prompts = () => panel.getByRole('list', { name: 'Suggested prompts' }).locator(':scope > li');
const promptTexts = () => prompts().locator('.prompt-text').allTextContents();

beforeAll(async () => {
  h = await launch();
  panel = await h.openPanel();
  await panel.getByRole('button', { name: 'New member' }).click();
  await panel.getByRole('textbox', { name: 'Member name' }).fill('田中 一郎');
  await panel.getByRole('textbox', { name: 'Member name' }).press('Enter');
  await panel.getByRole('button', { name: 'Start session' }).click();
  await panel.getByRole('button', { name: 'End session' }).waitFor();
});

afterAll(async () => {
  await h.close();
  expect(h.strayRequests, 'T27 network requests').toEqual([]);
});

describe('tailored prompts in the panel', () => {
  it('choosing a theme gives at most 3 prompts, each saying why', async () => {
    await panel.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Career' });
    await expect.poll(async () => (await prompts().allTextContents()).join()).toContain('Career');
    const count = await prompts().count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
    await prompts().first().getByText('Why this?').click();
    expect(await prompts().first().locator('.reasons').textContent()).toContain("On today's theme (Career)");
  });

  it('low mood puts receiving their feelings first', async () => {
    await panel.getByRole('radio', { name: '1' }).check();
    await expect
      .poll(async () => {
        await prompts().first().getByText('Why this?').click();
        return prompts().first().locator('.reasons').textContent();
      })
      .toContain('Mood is low');
    await panel.getByRole('radio', { name: '4' }).check();
  });

  it('a prompt marked asked is not suggested in the next session', async () => {
    await expect.poll(async () => (await promptTexts()).length).toBeGreaterThan(0);
    const [first] = await promptTexts();
    await panel.getByRole('button', { name: `Mark asked: ${first}` }).click();
    await expect.poll(promptTexts).not.toContain(first);

    await panel.getByRole('button', { name: 'End session' }).click();
    await panel.getByRole('button', { name: 'Start session' }).click();
    await panel.getByRole('button', { name: 'End session' }).waitFor();
    await panel.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Career' });
    await expect.poll(async () => (await promptTexts()).length).toBeGreaterThan(0);
    expect(await promptTexts()).not.toContain(first);
  });

  it('screenshots at 320 px', async () => {
    await panel.setViewportSize({ width: 320, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({ path: join(import.meta.dirname, '__screens__', `prompts-320-${scheme}.png`) });
    }
  });
});
