import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

let h: Harness;
let panel: Page;

const notesOf = (page: Page) => page.getByRole('list', { name: 'Notes' }).getByRole('listitem');
const noteBox = (page: Page) => page.getByRole('textbox', { name: 'Note' });

beforeAll(async () => {
  h = await launch();
  panel = await h.openPanel();
  await panel.getByRole('button', { name: 'New member' }).click();
  await panel.getByRole('textbox', { name: 'Member name' }).fill('Long Session');
  await panel.getByRole('textbox', { name: 'Member name' }).press('Enter');
  await noteBox(panel).fill('first note');
  await noteBox(panel).press('Enter');
  await notesOf(panel).first().waitFor();
  // 999 more notes in the running session, written straight into IndexedDB.
  // Not searched here: written without their search index.
  const rows = Array.from({ length: 999 }, (_, i) => ({ text: `note ${i + 2} 資料を共有` }));
  await panel.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('aizuchi');
      req.onsuccess = () => resolve(req.result);
    });
    const tx = db.transaction('notes', 'readwrite');
    const notes = tx.objectStore('notes');
    const first = await new Promise<{ sessionId: string; memberId: string; createdAt: number }>((resolve) => {
      const req = notes.getAll();
      req.onsuccess = () =>
        resolve((req.result as { sessionId: string; memberId: string; createdAt: number }[])[0]!);
    });
    rows.forEach((row, i) =>
      notes.put({
        id: crypto.randomUUID(),
        sessionId: first.sessionId,
        memberId: first.memberId,
        kind: 'note',
        createdAt: first.createdAt + i + 1, // within the second after the first note, before the next one typed
        ...row,
      }),
    );
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, rows);
  await panel.reload();
});

afterAll(async () => {
  await h.close();
  expect(h.strayRequests, 'T27 network requests').toEqual([]);
});

describe('T18 a session with 1,000 notes', () => {
  it('renders only the rows in view, the newest ones, each with its offset and its place in the list', async () => {
    await expect.poll(() => notesOf(panel).last().textContent()).toContain('note 1000');
    const rendered = await notesOf(panel).count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(await notesOf(panel).last().getAttribute('aria-setsize')).toBe('1000');
    expect(await notesOf(panel).last().getAttribute('aria-posinset')).toBe('1000');
    expect(await notesOf(panel).last().locator('time').textContent()).toMatch(/^\d+:\d{2}$/);
  });

  it('a new note appears at the end, rendered; scrolling up reaches the first note', async () => {
    await noteBox(panel).fill('note 1001 just now');
    await noteBox(panel).press('Enter');
    await expect.poll(() => notesOf(panel).last().textContent()).toContain('note 1001 just now');
    await panel.locator('.notes-scroll').evaluate((box) => box.scrollTo(0, 0));
    await expect.poll(() => notesOf(panel).first().textContent()).toContain('first note');
    expect(await notesOf(panel).first().getAttribute('aria-posinset')).toBe('1');
  });
});
