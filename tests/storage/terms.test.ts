import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bucketOf, bucketPrefix, termEntry } from '@/lib/search/index-words';
import type { AizuchiDB } from '@/storage/db';
import { saveNoteFromBox } from '@/storage/drafts';
import { addMember } from '@/storage/members';
import { captureNote, deleteNote, newNote, restoreNote, updateNote } from '@/storage/notes';
import { searchNotes } from '@/storage/search';
import { endSession } from '@/storage/sessions';
import { applyTermChanges, indexQueued, queueTerms, termsOf, TermWrites } from '@/storage/terms';
import type { Note, NoteKind } from '@/storage/types';
import { expectedTerms, freshDb, storedTerms } from '../helpers/db';

let db: AizuchiDB;
let memberId: string;

beforeEach(async () => {
  db = freshDb();
  memberId = (await addMember(db, '佐藤')).id;
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);

/** The whole `terms` table, and what it must hold for `notes` (tests/helpers/db). */
const storedRows = () => storedTerms(db);
const expectedRows = expectedTerms;

/** The key of a word's row for a note stamped `at`. */
function keyOf(word: string, at: number): string {
  const bucket = bucketOf(at);
  return `${bucketPrefix(bucket)}${word}\u0000${Math.floor((at - bucket * 2 ** 32) / 2 ** 29)}`;
}

/** Runs `write` in a read-write transaction over `terms`, as the storage functions do. */
function inTx(write: () => Promise<void>): Promise<void> {
  return db.transaction('rw', db.terms, write);
}

describe('the terms rows a note write leaves', () => {
  it('a new note: one row per word, listing its entry', async () => {
    const note = await captureNote(db, memberId, 'note', '資料を共有', T0);
    const entry = termEntry(note);
    expect(await db.terms.get(keyOf('資料', T0))).toEqual([entry]);
    expect(await db.terms.get(keyOf('共有', T0))).toEqual([entry]);
    expect(await storedRows()).toEqual(expectedRows([note]));
    expect(termsOf(note).keys.length).toBeGreaterThan(2); // ends of Japanese words too (料, 有)
  });

  it('notes sharing a word in one chunk share its row; another chunk has its own row', async () => {
    const a = await captureNote(db, memberId, 'note', '資料の件', T0);
    const b = await captureNote(db, memberId, 'note', '評価資料', T0 + 60_000);
    const c = await captureNote(db, memberId, 'note', '資料を送る', T0 + 10 * DAY);
    expect([...(await db.terms.get(keyOf('資料', T0)))!].sort()).toEqual([termEntry(a), termEntry(b)].sort());
    expect(await db.terms.get(keyOf('資料', T0 + 10 * DAY))).toEqual([termEntry(c)]);
    expect(await storedRows()).toEqual(expectedRows([a, b, c]));
  });

  it('an edit of the text moves the entry: rows of words gone lose it, emptied rows are deleted', async () => {
    const edited = await captureNote(db, memberId, 'note', '予算と評価の相談', T0);
    const other = await captureNote(db, memberId, 'note', '予算の件', T0 + 1);
    const updated = await updateNote(db, edited.id, { text: '採用の相談' }, T0 + 2);
    const entry = termEntry(edited);
    // 予算 is still listed for the other note, 評価 for none, 相談 kept, 採用 new.
    expect(await db.terms.get(keyOf('予算', T0))).toEqual([termEntry(other)]);
    expect(await db.terms.get(keyOf('評価', T0))).toBeUndefined();
    expect(await db.terms.get(keyOf('価', T0))).toBeUndefined();
    expect(await db.terms.get(keyOf('相談', T0))).toEqual([entry]);
    expect(await db.terms.get(keyOf('採用', T0))).toEqual([entry]);
    expect(await storedRows()).toEqual(expectedRows([updated, other]));
  });

  it('an edit that keeps the words (kind, the same text) writes nothing', async () => {
    const note = await captureNote(db, memberId, 'note', '資料を共有', T0);
    const before = await storedRows();
    const bulkPut = vi.spyOn(db.terms, 'bulkPut');
    const bulkDelete = vi.spyOn(db.terms, 'bulkDelete');
    await updateNote(db, note.id, { kind: 'action' }, T0 + 1);
    await updateNote(db, note.id, { kind: 'decision', text: '  資料を共有  ' }, T0 + 2);
    await updateNote(db, note.id, { text: '資料を、共有' }, T0 + 3); // other text, the same words
    expect(bulkPut).not.toHaveBeenCalled();
    expect(bulkDelete).not.toHaveBeenCalled();
    expect(await storedRows()).toEqual(before);
    // The spies see writes: an edit of the words is one.
    await updateNote(db, note.id, { text: '資料を送る' }, T0 + 4);
    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(bulkDelete).toHaveBeenCalledTimes(1);
  });

  it('an edit files the note in every row of its words, also one it was missing from', async () => {
    const note = await captureNote(db, memberId, 'note', 'budget review', T0);
    // As an older segmenter might have left it: not listed under "review".
    await db.terms.delete(keyOf('review', T0));
    await updateNote(db, note.id, { kind: 'decision' }, T0 + 1);
    expect(await db.terms.get(keyOf('review', T0))).toEqual([termEntry(note)]);
    await db.terms.delete(keyOf('review', T0));
    const updated = await updateNote(db, note.id, { text: 'budget review moved' }, T0 + 2);
    expect(await storedRows()).toEqual(expectedRows([updated]));
  });

  it('a delete removes the entry everywhere; undo puts it back', async () => {
    const kept = await captureNote(db, memberId, 'note', '資料の件', T0);
    const gone = await captureNote(db, memberId, 'note', '資料を共有', T0 + 1);
    const full = await storedRows();
    const removed = await deleteNote(db, gone.id);
    expect(await db.terms.get(keyOf('資料', T0))).toEqual([termEntry(kept)]);
    expect(await db.terms.get(keyOf('共有', T0))).toBeUndefined();
    expect(await storedRows()).toEqual(expectedRows([kept]));
    expect(await deleteNote(db, gone.id)).toBeUndefined(); // already gone: nothing changes
    expect(await storedRows()).toEqual(expectedRows([kept]));
    await restoreNote(db, removed!);
    expect(await storedRows()).toEqual(full);
    // Undo twice (or over a note still there) lists it once.
    await restoreNote(db, removed!);
    expect(await storedRows()).toEqual(full);
  });

  it('restoring a note over a stored one of the same id files it by the restored text', async () => {
    const note = await captureNote(db, memberId, 'note', '予算の相談', T0);
    await restoreNote(db, { ...note, text: '採用の面談' });
    expect(await db.terms.get(keyOf('予算', T0))).toBeUndefined();
    expect(await storedRows()).toEqual(expectedRows([{ ...note, text: '採用の面談' }]));
  });
});

describe('TermWrites', () => {
  const note = (id: string, text: string, createdAt = T0): Note => ({
    id,
    sessionId: 's',
    memberId: 'm',
    kind: 'note',
    text,
    createdAt,
  });

  it('reads and writes each row once, however many of its notes change', async () => {
    const notes = Array.from({ length: 6 }, (_, i) => note(`n${i}`, `資料 共有 ${i}`, T0 + i));
    await inTx(() =>
      applyTermChanges(
        db,
        notes.slice(0, 3).map((n) => ({ after: termsOf(n) })),
      ),
    );
    const bulkGet = vi.spyOn(db.terms, 'bulkGet');
    const bulkPut = vi.spyOn(db.terms, 'bulkPut');
    const bulkDelete = vi.spyOn(db.terms, 'bulkDelete');
    const writes = new TermWrites();
    for (const n of notes.slice(3)) writes.add({ after: termsOf(n) });
    writes.add({ before: termsOf(notes[0]!) });
    writes.add({ before: termsOf(notes[1]!), after: termsOf({ ...notes[1]!, text: '資料 採用' }) });
    await inTx(() => writes.write(db));
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(bulkPut).toHaveBeenCalledTimes(1);
    const read = bulkGet.mock.calls[0]![0];
    const written = bulkPut.mock.calls[0]![1] as string[];
    expect(new Set(read).size).toBe(read.length);
    expect(new Set(written).size).toBe(written.length);
    expect(read).toContain(keyOf('資料', T0));
    expect(written).toContain(keyOf('資料', T0));
    // "0" of n0 and "1" of n1 were each in a row of their own: both deleted, in one call.
    expect(bulkDelete).toHaveBeenCalledTimes(1);
    expect([...bulkDelete.mock.calls[0]![0]].sort()).toEqual([keyOf('0', T0), keyOf('1', T0)].sort());
    // Written: nothing is left to write again.
    await inTx(() => writes.write(db));
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(await storedRows()).toEqual(
      expectedRows([{ ...notes[1]!, text: '資料 採用' }, notes[2]!, ...notes.slice(3)]),
    );
  });

  it('lists an entry added twice once, also when its row already lists it', async () => {
    const n = note('twice', '資料');
    const writes = new TermWrites();
    writes.add({ after: termsOf(n) });
    writes.add({ after: termsOf(n) });
    await inTx(() => writes.write(db));
    expect(await db.terms.get(keyOf('資料', T0))).toEqual([termEntry(n)]);
    await inTx(() => applyTermChanges(db, [{ after: termsOf(n) }]));
    expect(await storedRows()).toEqual(expectedRows([n]));
  });

  it('moves an entry whose stamp changed (a save that guessed the stamp wrong) within the same rows', async () => {
    const guessed = note('n', '資料', T0);
    const stored = { ...guessed, createdAt: T0 + 5 };
    await inTx(() => applyTermChanges(db, [{ after: termsOf(guessed) }]));
    await inTx(() => applyTermChanges(db, [{ before: termsOf(guessed), after: termsOf(stored) }]));
    expect(await db.terms.get(keyOf('資料', T0))).toEqual([termEntry(stored)]);
    expect(await storedRows()).toEqual(expectedRows([stored]));
  });

  it('removing an entry no row lists creates no row and writes nothing', async () => {
    const bulkPut = vi.spyOn(db.terms, 'bulkPut');
    await inTx(() => applyTermChanges(db, [{ before: termsOf(note('x', '資料 deck')) }]));
    expect(await db.terms.count()).toBe(0);
    expect(bulkPut).not.toHaveBeenCalled();
  });
});

/** mulberry32: the same seed gives the same sequence on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('notes saved from the box: queued, then filed', () => {
  /** A note saved from the box by a page that closed before filing it: the note and its queue entry only. */
  async function savedUnfiled(text: string, at: number): Promise<Note> {
    const { sessionId } = await captureNote(db, memberId, 'moment', '', at - 1);
    const note = newNote({ id: sessionId, memberId }, 'note', text, at);
    await db.transaction('rw', [db.notes, db.termsQueue], () =>
      Promise.all([db.notes.add(note), queueTerms(db, note.id)]),
    );
    return note;
  }

  it('a save from the box leaves nothing queued once it is filed', async () => {
    const note = await saveNoteFromBox(db, memberId, 'note', '週報を共有', undefined, T0);
    await indexQueued(db);
    expect(await db.termsQueue.count()).toBe(0);
    expect(await storedRows()).toEqual(expectedRows([note]));
  });

  it('a queued note is searched before it is filed, and once after', async () => {
    const note = await savedUnfiled('週報を共有した', T0);
    expect(await db.terms.count()).toBe(0);
    expect((await searchNotes(db, '週報', 50, 'ja', T0)).hits.map((h) => h.note.id)).toEqual([note.id]);
    // Edited while queued: filed by the edit, still queued; found once.
    await updateNote(db, note.id, { text: '週報を来週共有' }, T0 + 1);
    expect((await searchNotes(db, '週報 来週', 50, 'ja', T0)).hits.map((h) => h.note.id)).toEqual([note.id]);
    await indexQueued(db);
    expect(await db.termsQueue.count()).toBe(0);
    expect((await searchNotes(db, '週報', 50, 'ja', T0)).hits.map((h) => h.note.id)).toEqual([note.id]);
    expect(await storedRows()).toEqual(expectedRows(await db.notes.toArray()));
  });

  it('a queued note deleted before it is filed leaves no row', async () => {
    const note = await savedUnfiled('予算の相談', T0);
    await deleteNote(db, note.id);
    await indexQueued(db);
    expect(await db.termsQueue.count()).toBe(0);
    expect(await db.terms.count()).toBe(0);
  });

  it('the next save files what a closed page left queued', async () => {
    const left = await savedUnfiled('採用の面談', T0);
    const next = await saveNoteFromBox(db, memberId, 'note', 'deck review', undefined, T0 + 60_000);
    // Filed a second after the save (indexQueuedLater).
    expect(await db.termsQueue.count()).toBe(2);
    await vi.waitFor(async () => expect(await db.termsQueue.count()).toBe(0), { timeout: 3_000 });
    expect(await storedRows()).toEqual(expectedRows([left, next]));
  });
});

describe('the terms table always equals termRowsOf(the stored notes)', () => {
  it(
    'after a seeded mix of captures, saves from the box, edits, deletes and undos',
    { timeout: 60_000 },
    async () => {
      const rand = random(20_260_105);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
      const words = [
        '資料',
        '資料作成',
        '評価資料',
        '共有',
        '週報',
        '予算',
        '採用',
        '面談',
        'deck',
        'decks',
        'review',
        '1on1',
      ];
      const text = () =>
        Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(words)).join(
          pick(['の', 'を', ' ', '、']),
        );
      const kinds: NoteKind[] = ['note', 'action', 'decision', 'quote', 'private'];
      const members = [memberId, (await addMember(db, 'Alex')).id, (await addMember(db, 'Kim')).id];
      const deleted: Note[] = [];
      let now = T0;
      const counts = { capture: 0, box: 0, update: 0, delete: 0, restore: 0 };

      for (let step = 0; step < 160; step++) {
        // Mostly forward by minutes to days (across chunks and buckets), sometimes a clock set back.
        now += rand() < 0.1 ? -Math.floor(rand() * 3 * DAY) : Math.floor(rand() ** 3 * 12 * DAY);
        const stored = await db.notes.toArray();
        const r = rand();
        if (r < 0.3 || stored.length === 0) {
          const kind = rand() < 0.1 ? 'moment' : pick(kinds);
          await captureNote(db, pick(members), kind, kind === 'moment' && rand() < 0.5 ? '' : text(), now);
          counts.capture++;
        } else if (r < 0.45) {
          // The box's guess of the session: right, an ended one, or a session of another member.
          const sessionId = pick(stored).sessionId;
          await saveNoteFromBox(db, pick(members), pick(kinds), text(), undefined, now, { sessionId });
          counts.box++;
        } else if (r < 0.7) {
          const target = pick(stored);
          const change = rand();
          await updateNote(
            db,
            target.id,
            change < 0.3
              ? { kind: pick(kinds) }
              : change < 0.8
                ? { text: text() }
                : { kind: pick(kinds), text: text() },
            now,
          ).catch((error: unknown) => {
            // A moment without text may not become another kind: nothing is written.
            if (!String(error).includes('empty')) throw error;
          });
          counts.update++;
        } else if (r < 0.85) {
          const removed = await deleteNote(db, pick(stored).id);
          if (removed) deleted.push(removed);
          counts.delete++;
        } else if (deleted.length > 0) {
          await restoreNote(db, deleted.splice(Math.floor(rand() * deleted.length), 1)[0]!);
          counts.restore++;
        }
        if (stored.length > 0 && rand() < 0.1) await endSession(db, pick(stored).sessionId, now);
        if (step % 20 === 19) {
          // Saves from the box are filed just after they commit, while the next steps write.
          await indexQueued(db);
          expect(await storedRows(), `after step ${step}`).toEqual(expectedRows(await db.notes.toArray()));
        }
      }

      await indexQueued(db);
      expect(await db.termsQueue.count()).toBe(0);
      const notes = await db.notes.toArray();
      expect(await storedRows()).toEqual(expectedRows(notes));
      // The sequence did what it is meant to: every kind of write, notes over several buckets.
      expect(Object.values(counts).every((n) => n >= 10)).toBe(true);
      expect(new Set(notes.map((n) => bucketOf(n.createdAt))).size).toBeGreaterThan(3);
      expect((await storedRows()).size).toBeGreaterThan(50);
    },
  );
});
