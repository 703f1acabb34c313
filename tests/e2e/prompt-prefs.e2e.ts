import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

let h: Harness;
let panel: Page;
let dir: string;

const prompts = () => panel.getByRole('list', { name: 'Suggested prompts' }).locator(':scope > li');
const promptTexts = () => prompts().locator('.prompt-text').allTextContents();
const theme = (label: string) => panel.getByRole('combobox', { name: 'Theme' }).selectOption({ label });

async function openSettings() {
  await panel.getByRole('button', { name: 'Settings' }).click();
  await panel.getByRole('region', { name: 'Settings' }).waitFor();
}

async function closeSettings() {
  await panel.keyboard.press('Escape');
  await panel.getByRole('combobox', { name: 'Theme' }).waitFor();
}

async function chooseBank(file: string) {
  await panel.getByRole('button', { name: 'Import questions' }).setInputFiles(file);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aizuchi-banks-'));
  h = await launch();
  panel = await h.openPanel();
  await panel.getByRole('button', { name: 'New member' }).click();
  await panel.getByRole('textbox', { name: 'Member name' }).fill('鈴木 次郎');
  await panel.getByRole('textbox', { name: 'Member name' }).press('Enter');
  await theme('Career');
  await prompts().first().waitFor();
});

afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
  expect(h.strayRequests, 'T27 network requests').toEqual([]);
});

describe('favourite, hide, your own prompts', () => {
  it('the star toggles on a suggested prompt', async () => {
    const [first] = await promptTexts();
    const star = panel.getByRole('button', { name: `Favourite: ${first}`, exact: true });
    expect(await star.getAttribute('aria-pressed')).toBe('false');
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
  });

  it('hide for this member takes it out of the list; Undo brings it back', async () => {
    const [first] = await promptTexts();
    await prompts().first().getByText('Hide…').click();
    await panel.getByRole('button', { name: `Hide for 鈴木 次郎: ${first}`, exact: true }).click();
    await expect.poll(promptTexts).not.toContain(first);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(promptTexts).toContain(first);
  });

  it('hide forever takes it out of the list, also after a reload', async () => {
    const [first] = await promptTexts();
    await prompts().first().getByText('Hide…').click();
    await panel.getByRole('button', { name: `Hide forever: ${first}`, exact: true }).click();
    await expect.poll(promptTexts).not.toContain(first);
    await panel.reload();
    await theme('Career');
    await expect.poll(async () => (await promptTexts()).length).toBeGreaterThan(0);
    expect(await promptTexts()).not.toContain(first);
  });

  it('a prompt of your own is suggested for its theme', async () => {
    const mine = '来期、どんな仕事をしていたら「自分らしい」と思えますか？';
    await panel.getByRole('button', { name: 'Write your own prompt' }).click();
    await panel.getByRole('textbox', { name: 'Prompt in Japanese' }).fill(mine);
    await panel.getByRole('checkbox', { name: 'Career' }).uncheck();
    await panel.getByRole('checkbox', { name: 'Mission, vision, values' }).check();
    await panel.getByRole('button', { name: 'Save prompt' }).click();
    await theme('Mission, vision, values');
    await expect.poll(promptTexts).toContain(mine); // shown in the English UI too
    await theme('Career');
    await expect.poll(promptTexts).not.toContain(mine);
  });
});

describe('Import questions', () => {
  it('a 300-question JSON bank: preview in digits, Import, then suggested for its theme', async () => {
    const questions = Array.from({ length: 300 }, (_, i) => ({
      question: {
        en: `Bank question ${i + 1}: what made this week count?`,
        ja_JP: `質問集 ${i + 1}: 今週、何が一番大事でしたか？`,
      },
      category: i < 150 ? 'Followership' : 'Misc',
    }));
    const file = join(dir, 'bank-300.json');
    writeFileSync(file, JSON.stringify({ questions }));
    await openSettings();
    await chooseBank(file);
    await panel.getByText('Questions found in bank-300.json: 300.').waitFor();
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText(/^Imported 300 questions/).waitFor();
    await closeSettings();
    await theme('Followership');
    await expect.poll(async () => (await promptTexts()).join('\n')).toMatch(/^Bank question \d+:/m);
  });

  it('a CSV bank (BOM, quotes, two languages) imports and is suggested', async () => {
    const file = join(dir, 'bank.csv');
    writeFileSync(
      file,
      '\uFEFFtext_ja,text_en,category\r\n' +
        '"CSVの問い: 心理的安全性、どう感じる？","CSV prompt: how safe does it feel, ""really""?",Psychological safety\r\n' +
        '"CSVの問い: 複数行の\n質問","CSV prompt: a question\non two lines",Psychological safety\r\n',
    );
    await openSettings();
    await chooseBank(file);
    await panel.getByText('Questions found in bank.csv: 2.').waitFor();
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText(/^Imported 2 questions/).waitFor();
    await closeSettings();
    await theme('Psychological safety');
    await expect.poll(async () => (await promptTexts()).join('\n')).toContain('CSV prompt:');
  });

  it('a broken file changes nothing and says why', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"questions": [{"text": "cut off');
    await openSettings();
    const count = () =>
      h.sw.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('aizuchi');
            open.onerror = () => reject(new Error(String(open.error)));
            open.onsuccess = () => {
              const req = open.result.transaction('customPrompts').objectStore('customPrompts').count();
              req.onsuccess = () => {
                resolve(req.result);
                open.result.close();
              };
              req.onerror = () => reject(new Error(String(req.error)));
            };
          }),
      );
    const before = await count();
    await chooseBank(file);
    const alert = panel.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('This file cannot be imported: it is not valid JSON');
    expect(await panel.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await count()).toBe(before);
    expect(before).toBe(303);
  });
});
