import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

// Issue 8 end to end: copy → clipboard (text/plain + text/html) → paste as structure;
// backup → wipe → restore → byte-identical re-export; a truncated file changes nothing.
let h: Harness;
let panel: Page;
let backup = '';

const notes = () => panel.getByRole('list', { name: 'Notes' }).getByRole('listitem');
const noteBox = () => panel.getByRole('textbox', { name: 'Note' });
/** The export stamp is the only line that may differ between two exports of the same data. */
const withoutStamp = (json: string) => json.replace(/^ {2}"exportedAt": \d+,$/m, '  "exportedAt": 0,');

async function addNote(text: string, kind?: string) {
  if (kind) await panel.getByRole('combobox', { name: 'Note kind' }).selectOption({ label: kind });
  const before = await notes().count();
  await noteBox().fill(text);
  await noteBox().press('Enter');
  await expect.poll(() => notes().count()).toBe(before + 1);
}

async function openSettings() {
  if (await panel.getByRole('button', { name: 'Export backup' }).isVisible()) return;
  await panel.getByRole('button', { name: 'Settings' }).click();
  await panel.getByRole('button', { name: 'Export backup' }).waitFor();
}

async function exportBackupFile(): Promise<{ name: string; text: string }> {
  await openSettings();
  const [download] = (await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export backup' }).click(),
  ])) as [Download, unknown];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function chooseBackup(text: string, name = 'backup.json') {
  await openSettings();
  await panel
    .getByRole('button', { name: 'Restore backup' })
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

async function readClipboard() {
  return panel.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      text: await (await item!.getType('text/plain')).text(),
      html: await (await item!.getType('text/html')).text(),
    };
  });
}

beforeAll(async () => {
  h = await launch();
  await h.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  panel = await h.openPanel();
});

afterAll(async () => {
  await h.close();
  expect(h.strayRequests, 'T27 network requests').toEqual([]);
});

describe('export and backup, as a manager would use them', () => {
  it('records a session with every kind of content', async () => {
    await panel.getByRole('button', { name: 'New member' }).click();
    await panel.getByRole('textbox', { name: 'Member name' }).fill('佐藤 花子');
    await panel.getByRole('textbox', { name: 'Member name' }).press('Enter');
    await panel.getByRole('textbox', { name: 'New agenda item' }).fill('評価面談の準備');
    await panel.getByRole('textbox', { name: 'New agenda item' }).press('Enter');
    await panel.getByRole('list', { name: 'Agenda' }).getByText('評価面談の準備').waitFor();

    await addNote('資料作成に時間がかかっている 👩‍👩‍👧‍👦');
    await panel.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio', { name: '4' }).check();
    await panel.getByRole('combobox', { name: 'What they want' }).selectOption({ label: 'Think together' });
    await addNote('テンプレートを共有する', 'Action item');
    await addNote('Review moves to Friday', 'Decision');
    await addNote('<img src=x onerror="document.title=\'pwned\'">');
    await addNote('疲れている様子', 'Private');
  });

  it('T33 copies Markdown as text/plain and headings and list items as text/html', async () => {
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await panel.getByText('Summary copied.').waitFor();
    const { text, html } = await readClipboard();
    expect(text).toMatch(/^# 1on1 with 佐藤 花子\n\n.+ · in progress\n/);
    for (const part of [
      '## Check-in\n\n- Mood: 4 / 5\n- What they wanted: Think together',
      '## Agenda\n\n- [ ] 評価面談の準備',
      '## Decisions\n\n- Review moves to Friday',
      '## Action items\n\n- [ ] テンプレートを共有する — owner: manager',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toMatch(/## Notes\n\n- \d+:\d\d 資料作成に時間がかかっている 👩‍👩‍👧‍👦\n- \d+:\d\d \\<img/);
    expect(text).not.toContain('疲れている様子');
    expect(html).toContain('<h1>1on1 with 佐藤 花子</h1>');
    expect(html).toContain('<h2>Action items</h2>');
    expect(html).toMatch(/<li><time>\d+:\d\d<\/time> 資料作成に時間がかかっている 👩‍👩‍👧‍👦<\/li>/);
    // Chromium re-serialises the HTML it puts on the clipboard; the markup stays text.
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).not.toContain('<img');
  });

  it('T34 the member-shareable copy leaves private notes out even when they are included', async () => {
    await panel.getByRole('checkbox', { name: 'Include private notes' }).check();
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(async () => (await readClipboard()).text).toContain('[Private] 疲れている様子');

    await panel.getByRole('button', { name: 'Copy for the member' }).click();
    await panel.getByText('Member-shareable summary copied (no private notes).').waitFor();
    const { text, html } = await readClipboard();
    expect(text).not.toContain('疲れている様子');
    expect(html).not.toContain('疲れている様子');
    // The member's copy puts the action items first.
    expect(text.indexOf('## Action items')).toBeLessThan(text.indexOf('## Check-in'));
    await panel.getByRole('checkbox', { name: 'Include private notes' }).uncheck();
  });

  it('P6 the copy goes through a copy event within the click, not the async clipboard', async () => {
    await panel.evaluate(() => {
      const marks = window as unknown as { asyncWrites: number };
      marks.asyncWrites = 0;
      const write = navigator.clipboard.write.bind(navigator.clipboard);
      navigator.clipboard.write = (items) => {
        marks.asyncWrites++;
        return write(items);
      };
    });
    await panel.evaluate(() => navigator.clipboard.writeText(''));
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(async () => (await readClipboard()).text).toMatch(/^# 1on1 with 佐藤 花子\n/);
    expect((await readClipboard()).html).toContain('<h1>1on1 with 佐藤 花子</h1>');
    expect(await panel.evaluate(() => (window as unknown as { asyncWrites: number }).asyncWrites)).toBe(0);
    await panel.reload();
  });

  it('T36 when the browser refuses the copy command, the async clipboard writes both flavours', async () => {
    // Chromium refuses execCommand('copy') without a user activation: stand in for that here.
    await panel.evaluate(() => (document.execCommand = () => false));
    await panel.evaluate(() => navigator.clipboard.writeText(''));
    await panel.getByRole('button', { name: 'Copy for the member' }).click();
    await panel.getByText('Member-shareable summary copied (no private notes).').waitFor();
    const { text, html } = await readClipboard();
    expect(text).toMatch(/^# 1on1 with 佐藤 花子\n/);
    expect(text).toContain('テンプレートを共有する');
    expect(text).not.toContain('疲れている様子');
    expect(html).toContain('<h1>1on1 with 佐藤 花子</h1>');
    expect(html).not.toContain('疲れている様子');
    await panel.reload();
  });

  it('T36 a clipboard that refuses both ways says so, and offers retry and a download', async () => {
    // This Chromium never refuses an extension page's clipboard: stand in for one that does.
    const refuse = (on: boolean) =>
      panel.evaluate((on) => ((window as unknown as { refuse: boolean }).refuse = on), on);
    await panel.evaluate(() => {
      const exec = document.execCommand.bind(document);
      const write = navigator.clipboard.write.bind(navigator.clipboard);
      const refused = () => (window as unknown as { refuse: boolean }).refuse;
      document.execCommand = (...args) => !refused() && exec(...args);
      navigator.clipboard.write = (items) =>
        refused()
          ? Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
          : write(items);
    });
    await refuse(true);
    try {
      await panel.getByRole('button', { name: 'Copy summary' }).click();
      const alert = panel.getByRole('alert').filter({ hasText: 'Could not copy' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain(
        'Could not copy to the clipboard (Write permission denied.)',
      );
      const [download] = (await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: 'Download .md' }).click(),
      ])) as [Download, unknown];
      expect(await readFile(await download.path(), 'utf8')).toMatch(/^# 1on1 with 佐藤 花子\n/);

      await panel.getByRole('button', { name: 'Copy summary' }).click();
      await alert.waitFor();
      await refuse(false);
      await panel.evaluate(() => navigator.clipboard.writeText(''));
      await panel.getByRole('button', { name: 'Try again' }).click();
      await panel.getByText('Summary copied.').waitFor();
      const { text, html } = await readClipboard();
      expect(text).toMatch(/^# 1on1 with 佐藤 花子\n/);
      expect(html).toContain('<h1>1on1 with 佐藤 花子</h1>');
    } finally {
      await panel.reload();
    }
  });

  it('pastes into a rich-text editor as headings and list items', async () => {
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await panel.getByText('Summary copied.').waitFor();
    h.pages.set(
      'https://example.com/paste',
      '<!doctype html><title>Editor</title><div id="editor" contenteditable="true" style="min-height:200px"></div>',
    );
    const editor = await h.ctx.newPage();
    await editor.goto('https://example.com/paste');
    await editor.locator('#editor').click();
    await editor.keyboard.press('ControlOrMeta+V');
    await editor.locator('#editor h1').waitFor();
    expect(await editor.locator('#editor h1').textContent()).toBe('1on1 with 佐藤 花子');
    expect(await editor.locator('#editor h2').allTextContents()).toEqual([
      'Check-in',
      'Agenda',
      'Decisions',
      'Action items',
      'Notes',
      'Prompts used',
    ]);
    const items = await editor.locator('#editor li').allTextContents();
    expect(items).toContain('Mood: 4 / 5');
    expect(items).toContainEqual(expect.stringMatching(/^\d+:\d\d 資料作成に時間がかかっている/));
    expect(await editor.locator('#editor img').count()).toBe(0);
    expect(await editor.title()).toBe('Editor');
    await editor.close();
  });

  it('backs up to a dated JSON file; wiping the database leaves an empty panel', async () => {
    const file = await exportBackupFile();
    expect(file.name).toMatch(/^aizuchi-backup-\d{4}-\d\d-\d\d\.json$/);
    backup = file.text;
    const parsed = JSON.parse(backup) as { counts: Record<string, number> };
    expect(parsed.counts).toMatchObject({ members: 1, sessions: 1, agendaItems: 1, notes: 5 });

    await panel.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('aizuchi');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error('delete failed'));
        }),
    );
    await panel.reload();
    await expect
      .poll(() => panel.getByRole('combobox', { name: 'Member' }).locator('option:checked').textContent())
      .toBe('Add the first member you hold 1on1s with.');
    expect(await panel.getByRole('list', { name: 'Notes' }).count()).toBe(0);
  });

  it('T03 a truncated backup shows a clear message and changes nothing', async () => {
    await chooseBackup(backup.slice(0, Math.floor(backup.length / 2)), 'cut.json');
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'This file cannot be restored: it is not valid JSON (it may be damaged or cut short). Nothing was changed.',
    );
    expect(await panel.getByRole('button', { name: 'Restore', exact: true }).count()).toBe(0);
    expect(await panel.evaluate(() => document.title)).toBe('Aizuchi');
  });

  it('restores the backup after a preview: everything back, byte-identical when re-exported', async () => {
    await chooseBackup(backup);
    await panel.getByText('Members: 1, sessions: 1, agenda items: 1, notes: 5.').waitFor();
    expect(await panel.getByRole('radio', { name: /^Merge/ }).isChecked()).toBe(true);
    await panel.getByRole('button', { name: 'Restore', exact: true }).click();
    await panel.getByText('Restored. Members: 1, sessions: 1, notes: 5.').waitFor();

    const again = await exportBackupFile();
    expect(withoutStamp(again.text)).toBe(withoutStamp(backup));

    await panel.keyboard.press('Escape');
    await panel.getByRole('button', { name: 'Export backup' }).waitFor({ state: 'detached' });
    await expect
      .poll(() => panel.getByRole('combobox', { name: 'Member' }).locator('option:checked').textContent())
      .toBe('佐藤 花子');
    await expect.poll(() => notes().count()).toBe(5);
    expect(await panel.getByRole('list', { name: 'Agenda' }).textContent()).toContain('評価面談の準備');
  });

  it('restoring the same backup again (merge) changes nothing and duplicates nothing; a truncated one neither', async () => {
    await chooseBackup(backup);
    await panel.getByRole('button', { name: 'Restore', exact: true }).click();
    await panel.getByText('Restored. Members: 1, sessions: 1, notes: 5.').waitFor();
    expect(withoutStamp((await exportBackupFile()).text)).toBe(withoutStamp(backup));

    await chooseBackup(backup.slice(0, -200), 'cut.json');
    await panel.getByRole('alert').waitFor();
    expect(withoutStamp((await exportBackupFile()).text)).toBe(withoutStamp(backup));
  });
});
