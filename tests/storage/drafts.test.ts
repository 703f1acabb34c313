import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AizuchiDB } from '@/storage/db';
import { loadDraft, noteDraftKey, saveDraft, saveNoteFromBox } from '@/storage/drafts';
import { addMember } from '@/storage/members';
import { captureNote, notesOf } from '@/storage/notes';
import { endSession, startSession } from '@/storage/sessions';
import { freshDb } from '../helpers/db';

let db: AizuchiDB;
let key: string;
let memberId: string;

beforeEach(async () => {
  db = freshDb();
  memberId = (await addMember(db, '佐藤')).id;
  key = noteDraftKey(memberId);
});

describe('drafts', () => {
  it('T12 saves and loads the text and kind of the box, exactly', async () => {
    const text = '途中まで書いた 👩‍👩‍👧 メモ\n二行目 ';
    expect(await saveDraft(db, key, text, 'decision', 1_000)).toBe(1_000);
    expect(await loadDraft(db, key)).toEqual({ key, text, kind: 'decision', updatedAt: 1_000 });
  });

  it('removes the draft when the box is emptied', async () => {
    await saveDraft(db, key, 'x', 'note');
    expect(await saveDraft(db, key, '  \n', 'note')).toBeUndefined();
    expect(await loadDraft(db, key)).toBeUndefined();
  });

  it('saving the note removes the draft it came from, in the same transaction', async () => {
    const stamp = await saveDraft(db, key, '資料を共', 'note', 1_000);
    const note = await saveNoteFromBox(db, memberId, 'note', '資料を共有', stamp, 2_000);
    expect(note.text).toBe('資料を共有');
    expect(await loadDraft(db, key)).toBeUndefined();
  });

  it('T07 keeps a draft another panel wrote since', async () => {
    const mine = await saveDraft(db, key, 'mine', 'note', 1_000);
    await saveDraft(db, key, 'from the other panel', 'note', 1_500);
    await saveNoteFromBox(db, memberId, 'note', 'mine', mine, 2_000);
    expect((await loadDraft(db, key))?.text).toBe('from the other panel');
  });

  it('T06 a save refused for a full disk keeps the draft and stores nothing', async () => {
    const stamp = await saveDraft(db, key, '大事なメモ', 'note', 1_000);
    vi.spyOn(db.notes, 'add').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(saveNoteFromBox(db, memberId, 'note', '大事なメモ', stamp)).rejects.toThrow('Quota');
    expect((await loadDraft(db, key))?.text).toBe('大事なメモ');
    expect(await db.notes.count()).toBe(0);
    // The session the note would have started is rolled back with it.
    expect(await db.sessions.count()).toBe(0);
  });
});

describe('saving from the box with a guess of the session (one round trip)', () => {
  it('writes the note with its id into the running session it guessed, and removes the draft', async () => {
    const session = await startSession(db, memberId, 1_000);
    const stamp = await saveDraft(db, key, '資料', 'note', 1_500);
    const note = await saveNoteFromBox(db, memberId, 'action', ' 資料を共有 ', stamp, 2_000, {
      id: 'n1',
      sessionId: session.id,
    });
    expect(note).toMatchObject({ id: 'n1', sessionId: session.id, createdAt: 2_000, text: '資料を共有' });
    expect(await notesOf(db, session.id)).toEqual([note]);
    expect((await db.notes.get('n1'))?.action).toEqual({ owner: 'me' });
    expect(await loadDraft(db, key)).toBeUndefined();
  });

  it('a guessed session that has ended: the note starts a new one, and the ended one is left as it was', async () => {
    const ended = await startSession(db, memberId, 1_000);
    await endSession(db, ended.id, 1_500);
    const note = await saveNoteFromBox(db, memberId, 'note', 'next call', undefined, 9_000, {
      sessionId: ended.id,
    });
    expect(note.sessionId).not.toBe(ended.id);
    expect((await db.sessions.get(note.sessionId))?.startedAt).toBe(9_000);
    expect(await notesOf(db, ended.id)).toEqual([]);
    expect(await db.notes.count()).toBe(1);
  });

  it('a guess that is no longer the running session (another panel started one): the note goes to the running one', async () => {
    const old = await startSession(db, memberId, 1_000);
    await endSession(db, old.id, 1_500);
    const running = await startSession(db, memberId, 2_000);
    await captureNote(db, memberId, 'note', 'from the other panel', 2_500);
    const note = await saveNoteFromBox(db, memberId, 'note', 'mine', undefined, 3_000, { sessionId: old.id });
    expect(note.sessionId).toBe(running.id);
    expect((await notesOf(db, running.id)).map((n) => n.text)).toEqual(['from the other panel', 'mine']);
    expect(await notesOf(db, old.id)).toEqual([]);
  });

  it('a clock that moved backwards: the note is stamped one past the last note, not before it', async () => {
    const session = await startSession(db, memberId, 1_000);
    const last = await captureNote(db, memberId, 'note', 'first', 10_000);
    const note = await saveNoteFromBox(db, memberId, 'note', 'second', undefined, 4_000, {
      sessionId: session.id,
    });
    expect(note.createdAt).toBe(last.createdAt + 1);
    expect((await db.notes.get(note.id))?.createdAt).toBe(last.createdAt + 1);
    expect((await notesOf(db, session.id)).map((n) => n.text)).toEqual(['first', 'second']);
  });

  it('a session that starts after the clock: the note is stamped at its start', async () => {
    const session = await startSession(db, memberId, 5_000);
    const note = await saveNoteFromBox(db, memberId, 'note', 'early', undefined, 4_000, {
      sessionId: session.id,
    });
    expect((await db.notes.get(note.id))?.createdAt).toBe(5_000);
  });

  it('T07 keeps a draft another panel wrote since', async () => {
    const session = await startSession(db, memberId, 1_000);
    const mine = await saveDraft(db, key, 'mine', 'note', 1_000);
    await saveDraft(db, key, 'from the other panel', 'note', 1_500);
    await saveNoteFromBox(db, memberId, 'note', 'mine', mine, 2_000, { sessionId: session.id });
    expect((await loadDraft(db, key))?.text).toBe('from the other panel');
    expect(await db.notes.count()).toBe(1);
  });

  it('T06 a save refused for a full disk keeps the draft and stores nothing', async () => {
    const session = await startSession(db, memberId, 1_000);
    const stamp = await saveDraft(db, key, '大事なメモ', 'note', 1_000);
    vi.spyOn(db.notes, 'add').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    await expect(
      saveNoteFromBox(db, memberId, 'note', '大事なメモ', stamp, 2_000, { sessionId: session.id }),
    ).rejects.toThrow('Quota');
    expect((await loadDraft(db, key))?.text).toBe('大事なメモ');
    expect(await db.notes.count()).toBe(0);
  });
});
