import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setSetting, writeRows } from '../../bench/panel';
import { CURRENT_NOTES, seedBase, seedHistory, withLastMet } from '../../bench/seed';
import { launch, type Harness } from './harness';

const TOTAL = 250_000;
let h: Harness;
let panel: Page;
let base: ReturnType<typeof seedBase>;
const notes = () => panel.getByRole('list', { name: 'Notes' }).getByRole('listitem');

beforeAll(async () => {
  h = await launch();
  await h.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  panel = await h.openPanel();
  await panel.getByRole('button', { name: 'New member' }).waitFor();
  base = seedBase();
  const more = seedHistory(
    base.members.map((m) => m.id),
    TOTAL - base.notes.length,
    TOTAL,
  );
  for (const [table, rows] of [
    ['members', withLastMet(base.members, [...base.sessions, ...more.sessions])],
    ['sessions', [...base.sessions, ...more.sessions]],
    // The history is never searched here: written without its search index (`terms`).
    ['notes', [...base.notes, ...more.notes]],
  ] as const) {
    await writeRows(panel, table, rows, 10_000);
  }
  await setSetting(panel, 'selectedMemberId', base.current.memberId);
}, 600_000);

afterAll(async () => {
  await h.close();
  expect(h.strayRequests, 'T27 network requests').toEqual([]);
});

describe('T08 a database of 250,000 notes', () => {
  it('the panel opens on the current session', async () => {
    await panel.reload();
    await expect.poll(() => notes().count(), { timeout: 30_000 }).toBe(CURRENT_NOTES);
  });

  it('typing stays responsive: a note saves and shows', async () => {
    const box = panel.getByRole('textbox', { name: 'Note' });
    await box.fill('250k の中でも保存できる');
    await box.press('Enter');
    await expect.poll(() => notes().count(), { timeout: 10_000 }).toBe(CURRENT_NOTES + 1);
    expect(await box.inputValue()).toBe('');
  });

  it('the export of one session works', async () => {
    await panel.getByRole('button', { name: 'Copy summary' }).click();
    await panel.getByText('Summary copied.').waitFor({ timeout: 10_000 });
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toContain('250k の中でも保存できる');
  });
});
