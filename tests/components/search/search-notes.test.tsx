import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUi } from '@/components/app/ui-store';
import { App } from '@/entrypoints/sidepanel/App';
import type { AizuchiDB } from '@/storage/db';
import { addMember } from '@/storage/members';
import { BUCKET_MS } from '@/lib/search/index-words';
import { captureNote } from '@/storage/notes';
import { endSession, startSession } from '@/storage/sessions';
import { getSetting, setSetting } from '@/storage/settings';
import { termRowsOf } from '@/storage/terms';
import type { Note } from '@/storage/types';
import { freshDb } from '../../helpers/db';
import { renderPanel } from '../../helpers/render-panel';

// Typing, the search delay and IndexedDB take seconds on a busy machine, not 1 s.
configure({ asyncUtilTimeout: 5_000 });

let db: AizuchiDB;
let pastSessionId: string;

beforeEach(async () => {
  db = freshDb();
  useUi.setState({ noteKind: 'note', viewedSessionId: null, undo: null });
  const sato = await addMember(db, '佐藤');
  const alex = await addMember(db, 'Alex');
  const past = await startSession(db, sato.id, Date.UTC(2026, 9, 1, 9));
  pastSessionId = past.id;
  await captureNote(db, sato.id, 'decision', '資料を共有する', past.startedAt + 125_000);
  await endSession(db, past.id, past.startedAt + 1_800_000);
  await startSession(db, sato.id, Date.UTC(2026, 9, 8, 9));
  await captureNote(db, alex.id, 'note', 'Shared the deck with the team', Date.UTC(2026, 9, 2, 9));
  await setSetting(db, 'selectedMemberId', alex.id);
  renderPanel(<App />, db);
});

const searchBox = () => screen.findByRole('searchbox', { name: 'Search notes' });

describe('Search notes', { timeout: 30_000 }, () => {
  it('finds a Japanese note by a word inside it, with member, date and offset, and opens its session', async () => {
    await userEvent.type(await searchBox(), '資料');
    const results = await screen.findByRole('list', { name: 'Search results' });
    const hit = within(results).getByRole('button');
    expect(hit.textContent).toContain('佐藤');
    expect(hit.textContent).toContain('2026');
    expect(hit.textContent).toContain('2:05');
    expect(hit.textContent).toContain('Decision');
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('1 notes found.');

    await userEvent.click(hit);
    await waitFor(async () => expect(await getSetting(db, 'selectedMemberId')).not.toBe(undefined));
    expect(useUi.getState().viewedSessionId).toBe(pastSessionId);
    const notes = await screen.findByRole('list', { name: 'Notes' });
    await waitFor(() => expect(notes.textContent).toContain('資料を共有する'));
    expect(await searchBox()).toHaveProperty('value', '');
  });

  it('finds an English note case-insensitively, and says so when nothing matches', async () => {
    const box = await searchBox();
    await userEvent.type(box, 'DECK');
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getByRole('button').textContent).toContain('Alex');
    await userEvent.clear(box);
    await userEvent.type(box, '議事録');
    expect(await screen.findByText('No note contains “議事録”.')).toBeTruthy();
  });

  it(
    'says how many were found: all when every note was searched, "50+" when it stopped at a page',
    { timeout: 30_000 },
    async () => {
      const alex = (await db.members.toArray()).find((m) => m.name === 'Alex')!;
      const session = await startSession(db, alex.id, 1_000);
      // 40 "budget" notes in the oldest time bucket (2024: every bucket is walked to find them), and
      // 30 "plan" notes in each of the three newest ones (2028: the first round fills the page).
      const at = (n: number) =>
        n < 40 ? 400 * BUCKET_MS + n : (430 - Math.floor((n - 40) / 30)) * BUCKET_MS + n;
      const notes = Array.from({ length: 130 }, (_, n): Note => ({
        id: crypto.randomUUID(),
        sessionId: session.id,
        memberId: alex.id,
        kind: 'note',
        text: n < 40 ? `budget ${n}` : `plan ${n}`,
        createdAt: at(n),
      }));
      // Stored at once with their index rows, as a restore does (no row of the notes above is shared).
      const rows = termRowsOf(notes);
      expect((await db.terms.bulkGet([...rows.keys()])).filter(Boolean)).toEqual([]);
      await db.notes.bulkAdd(notes);
      await db.terms.bulkPut([...rows.values()], [...rows.keys()]);
      const box = await searchBox();
      await userEvent.type(box, 'budget');
      await waitFor(() =>
        expect(within(screen.getByRole('search')).getByRole('status').textContent).toBe('40 notes found.'),
      );
      const found = screen.getByRole('list', { name: 'Search results' });
      expect(within(found).getAllByRole('button')).toHaveLength(40);
      await userEvent.clear(box);
      await userEvent.type(box, 'plan');
      await waitFor(() =>
        expect(within(screen.getByRole('search')).getByRole('status').textContent).toBe(
          '50+ notes found; the newest 50 are shown. Add a word to narrow it down.',
        ),
      );
      const results = screen.getByRole('list', { name: 'Search results' });
      expect(within(results).getAllByRole('button')).toHaveLength(50);
    },
  );

  it('Escape clears the search, but not during an IME composition', async () => {
    const box = await searchBox();
    await userEvent.type(box, 'deck');
    await screen.findByRole('list', { name: 'Search results' });
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, isComposing: true }));
    expect(box).toHaveProperty('value', 'deck');
    await userEvent.type(box, '{Escape}');
    expect(box).toHaveProperty('value', '');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull());
  });
});
