import { beforeEach, describe, expect, it } from 'vitest';
import { loadBoot } from '@/storage/boot';
import type { AizuchiDB } from '@/storage/db';
import { addMember, membersByDue } from '@/storage/members';
import { captureNote } from '@/storage/notes';
import { endSession } from '@/storage/sessions';
import { setSetting } from '@/storage/settings';
import { freshDb } from '../helpers/db';

let db: AizuchiDB;

beforeEach(() => {
  db = freshDb();
});

describe('loadBoot', () => {
  it('reads an empty database as defaults, no member, no session', async () => {
    await expect(loadBoot(db)).resolves.toEqual({
      prefs: { language: 'auto', appearance: 'system' },
      members: [],
      selectedId: null,
      session: null,
      notes: [],
    });
  });

  it("gives the selected member's latest session and only its notes, in order", async () => {
    const hana = await addMember(db, 'Hana', 1);
    const ken = await addMember(db, 'Ken', 2);
    const old = await captureNote(db, hana.id, 'note', 'last week', 1_000);
    await endSession(db, old.sessionId, 2_000);
    const first = await captureNote(db, hana.id, 'note', 'はじめに', 5_000);
    const second = await captureNote(db, hana.id, 'decision', '決めた', 6_000);
    await captureNote(db, ken.id, 'note', "Ken's", 5_500);
    await setSetting(db, 'selectedMemberId', hana.id);
    await setSetting(db, 'language', 'ja');
    await setSetting(db, 'appearance', 'dark');

    const boot = await loadBoot(db);
    expect(boot.prefs).toEqual({ language: 'ja', appearance: 'dark' });
    expect(boot.selectedId).toBe(hana.id);
    expect(boot.session?.id).toBe(first.sessionId);
    expect(boot.notes.map((n) => n.id)).toEqual([first.id, second.id]);
    // Longest since the last 1on1 first (Hana 5,000 before Ken 5,500), as the live query gives.
    expect(boot.members.map((m) => m.name)).toEqual(['Hana', 'Ken']);
    expect(boot.members).toEqual(await membersByDue(db));
  });

  it('gives no session when the selected member was deleted', async () => {
    const hana = await addMember(db, 'Hana', 1);
    await captureNote(db, hana.id, 'note', 'x', 1_000);
    await setSetting(db, 'selectedMemberId', hana.id);
    await db.members.update(hana.id, { deletedAt: 2_000 });
    const boot = await loadBoot(db);
    expect(boot.selectedId).toBe(hana.id);
    expect(boot.session).toBeNull();
    expect(boot.notes).toEqual([]);
  });
});
