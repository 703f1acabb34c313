import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

let h: Harness;
let panel: Page;

const agendaTexts = () =>
  panel.getByRole('list', { name: 'Agenda' }).getByRole('listitem').locator('label').allTextContents();
const member = () => panel.getByRole('combobox', { name: 'Member' });

async function addMember(name: string) {
  await panel.getByRole('button', { name: 'New member' }).click();
  await panel.getByRole('textbox', { name: 'Member name' }).fill(name);
  await panel.getByRole('textbox', { name: 'Member name' }).press('Enter');
}

beforeAll(async () => {
  h = await launch();
  panel = await h.openPanel();
});

afterAll(async () => {
  await h.close();
  expect(h.strayRequests, 'T27 network requests').toEqual([]);
});

describe('members, sessions and the agenda that carries itself over', () => {
  it('session 2 shows the undiscussed topics and the open action item on top', async () => {
    await addMember('佐藤 花子');
    await expect.poll(() => member().locator('option:checked').textContent()).toBe('佐藤 花子');
    const newItem = panel.getByRole('textbox', { name: 'New agenda item' });
    for (const text of ['評価面談の準備', 'キャリアの話', '勉強会の進め方']) {
      await newItem.fill(text);
      await newItem.press('Enter');
    }
    await expect.poll(agendaTexts).toEqual(['評価面談の準備', 'キャリアの話', '勉強会の進め方']);

    await panel.getByRole('button', { name: 'Start session' }).click();
    await panel.getByRole('checkbox', { name: 'Discussed: 評価面談の準備' }).check();
    await panel.getByRole('combobox', { name: 'Note kind' }).selectOption({ label: 'Action item' });
    await panel.getByRole('textbox', { name: 'Note' }).fill('評価シートを金曜までに共有する');
    await panel.getByRole('textbox', { name: 'Note' }).press('Enter');
    await panel.getByRole('list', { name: 'Notes' }).getByText('評価シートを金曜までに共有する').waitFor();
    // The action's owner can be set right where it was written.
    await panel
      .getByRole('list', { name: 'Notes' })
      .getByRole('combobox', { name: 'Who does it: 評価シートを金曜までに共有する' })
      .selectOption({ label: 'Me' });
    await panel.getByRole('button', { name: 'End session' }).click();
    await panel.getByRole('button', { name: 'Start session' }).click();
    await panel.getByRole('button', { name: 'End session' }).waitFor();

    await expect.poll(agendaTexts).toEqual(['キャリアの話', '勉強会の進め方']);
    const actions = panel.getByRole('list', { name: 'Open action items' });
    const actionTexts = await actions.getByRole('listitem').allTextContents();
    expect(actionTexts).toHaveLength(1);
    expect(actionTexts[0]).toContain('評価シートを金曜までに共有する');
    // The open actions come before the topics.
    const order = await panel
      .locator('.agenda-list')
      .evaluateAll((lists) => lists.map((l) => (l as HTMLElement).className));
    expect(order).toEqual(['agenda-list actions', 'agenda-list']);
    await panel
      .getByRole('combobox', { name: 'Who does it: 評価シートを金曜までに共有する' })
      .selectOption({ label: '佐藤 花子' });
    await panel.getByLabel('Due date: 評価シートを金曜までに共有する').fill('2026-12-04');
    await expect
      .poll(() => panel.getByLabel('Due date: 評価シートを金曜までに共有する').inputValue())
      .toBe('2026-12-04');
    await panel.getByRole('checkbox', { name: 'Done: 評価シートを金曜までに共有する' }).check();
    await expect
      .poll(() => panel.getByRole('checkbox', { name: 'Done: 評価シートを金曜までに共有する' }).isChecked())
      .toBe(true);
  });

  it('reorders a topic with the keyboard only, keeping the focus on it', async () => {
    const item = panel.getByRole('checkbox', { name: 'Discussed: 勉強会の進め方' });
    await item.focus();
    await panel.keyboard.press('Alt+ArrowUp');
    await expect.poll(agendaTexts).toEqual(['勉強会の進め方', 'キャリアの話']);
    expect(await item.evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.keyboard.press('Alt+ArrowDown');
    await expect.poll(agendaTexts).toEqual(['キャリアの話', '勉強会の進め方']);
  });

  it('records the check-in: theme, mood and what they want, with a banner', async () => {
    await panel.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Career' });
    await panel.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: '2' }).check();
    await panel.getByRole('combobox', { name: 'What they want' }).selectOption({ label: 'Just listen' });
    await panel.getByText('Today: Just listen').waitFor();
    await panel.reload();
    await panel.getByText('Today: Just listen').waitFor();
    expect(await panel.getByRole('radio', { name: '2' }).isChecked()).toBe(true);
    expect(await panel.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('career');
  });

  it("adds the theme's template, edits a topic and its owner, sets the planned length", async () => {
    await panel.getByRole('button', { name: 'Add the Career template' }).click();
    await panel.getByText('3 topics added.').waitFor();
    await expect
      .poll(agendaTexts)
      .toEqual([
        'キャリアの話',
        '勉強会の進め方',
        'Past: look back on work that felt like yours',
        'Present: what the current work means and builds',
        'Future: who they want to be, and the next step',
      ]);
    await panel.getByRole('button', { name: 'Edit: 勉強会の進め方' }).click();
    const box = panel.getByRole('textbox', { name: 'Edit topic' });
    await box.fill('勉強会の進め方(月1回)');
    await panel
      .getByRole('listitem')
      .getByRole('combobox', { name: 'Whose topic' })
      .selectOption({ label: '佐藤 花子' });
    await box.press('Enter');
    await expect.poll(agendaTexts).toContain('勉強会の進め方(月1回)');
    expect(await panel.getByRole('list', { name: 'Agenda' }).textContent()).toContain(
      '勉強会の進め方(月1回)佐藤 花子',
    );

    await panel.getByRole('spinbutton', { name: 'Planned length (minutes)' }).fill('45');
    await panel.getByRole('spinbutton', { name: 'Planned length (minutes)' }).blur();
    await panel.waitForTimeout(300); // the write is asynchronous; a person does not reload within ms
    await panel.reload();
    await expect
      .poll(() => panel.getByRole('spinbutton', { name: 'Planned length (minutes)' }).inputValue())
      .toBe('45');
  });

  it('refuses empty and over-long names; same names stay distinguishable', async () => {
    await panel.getByRole('button', { name: 'New member' }).click();
    const name = panel.getByRole('textbox', { name: 'Member name' });
    await name.press('Enter');
    await panel.getByText('Type a name first.').waitFor();
    await name.fill('あ'.repeat(500));
    await name.press('Enter');
    await panel.getByText('Names can be up to 200 characters.').waitFor();
    await name.fill('Alex');
    await name.press('Enter');
    await addMember('Alex');
    await expect
      .poll(() => member().locator('option').allTextContents())
      .toEqual(expect.arrayContaining(['Alex (1)', 'Alex (2)']));
  });

  it('archives and restores a member', async () => {
    await member().selectOption({ label: '佐藤 花子' });
    await panel.getByText('Member details').click();
    await panel.getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => member().locator('option').allTextContents()).not.toContain('佐藤 花子');
    await panel.getByText('Archived members (1)').click();
    await panel.getByRole('button', { name: 'Restore 佐藤 花子' }).click();
    await expect.poll(() => member().locator('option').allTextContents()).toContain('佐藤 花子');
  });

  it('T10 deleting the member whose session runs asks first, ends the session, and can be undone', async () => {
    await member().selectOption({ label: '佐藤 花子' });
    await panel.getByRole('button', { name: 'End session' }).waitFor();
    await panel.getByText('Member details').click();
    await panel.getByRole('button', { name: 'Delete member' }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await panel.getByText('佐藤 花子 was deleted.').waitFor();
    await expect.poll(() => member().locator('option').allTextContents()).not.toContain('佐藤 花子');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => member().locator('option').allTextContents()).toContain('佐藤 花子');
    await member().selectOption({ label: '佐藤 花子' });
    // The session ended with the deletion and stays ended; its notes are all there.
    await panel.getByRole('button', { name: 'Start session' }).waitFor();
  });

  it('is readable at 320 px, light and dark', async () => {
    await panel.setViewportSize({ width: 320, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({
        path: join(import.meta.dirname, '__screens__', `members-320-${scheme}.png`),
        fullPage: true,
      });
    }
    expect(
      await panel.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
