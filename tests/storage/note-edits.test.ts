import { beforeEach, describe, expect, it } from 'vitest';
import { formatOffset, offsetInSession } from '@/lib/time';
import type { AizuchiDB } from '@/storage/db';
import { MAX_NOTE_LENGTH } from '@/storage/limits';
import { addMember } from '@/storage/members';
import { captureNote, deleteNote, notesOf, restoreNote, updateNote } from '@/storage/notes';
import { latestSession } from '@/storage/sessions';
import { freshDb } from '../helpers/db';

let db: AizuchiDB;
let memberId: string;

beforeEach(async () => {
  db = freshDb();
  memberId = (await addMember(db, '田中')).id;
});

describe('updateNote', () => {
  it('changes text and kind, stamps editedAt, keeps createdAt', async () => {
    const note = await captureNote(db, memberId, 'note', '資料を共有', 1_000);
    const updated = await updateNote(db, note.id, { text: ' 資料を来週共有 ', kind: 'action' }, 5_000);
    expect(updated).toMatchObject({
      text: '資料を来週共有',
      kind: 'action',
      createdAt: 1_000,
      editedAt: 5_000,
    });
    expect(updated.action).toEqual({ owner: 'me' });
    expect(await db.notes.get(note.id)).toEqual(updated);
  });

  it('drops action details when an action item becomes a note, keeps them otherwise', async () => {
    const note = await captureNote(db, memberId, 'action', 'send it', 1_000);
    await db.notes.update(note.id, { action: { owner: 'member', due: '2026-12-01' } });
    expect((await updateNote(db, note.id, { text: 'send it today' })).action).toEqual({
      owner: 'member',
      due: '2026-12-01',
    });
    expect((await updateNote(db, note.id, { kind: 'decision' })).action).toBeUndefined();
  });

  it.each([
    ['', 'empty'],
    ['a'.repeat(MAX_NOTE_LENGTH + 1), 'too-long'],
  ])('T30/T32 refuses %# and changes nothing', async (text, problem) => {
    const note = await captureNote(db, memberId, 'note', 'keep me', 1_000);
    await expect(updateNote(db, note.id, { text })).rejects.toThrow(problem);
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('fails clearly for a note that is gone', async () => {
    await expect(updateNote(db, 'missing', { text: 'x' })).rejects.toThrow('not found');
  });
});

describe('deleteNote and restoreNote', () => {
  it('deletes, returns the note as it was, and undo puts it back unchanged', async () => {
    const note = await captureNote(db, memberId, 'quote', '正直しんどい', 1_000);
    const removed = await deleteNote(db, note.id);
    expect(removed).toEqual(note);
    expect(await db.notes.count()).toBe(0);
    await restoreNote(db, removed!);
    expect(await notesOf(db, note.sessionId)).toEqual([note]);
  });

  it('returns undefined for a note already deleted', async () => {
    expect(await deleteNote(db, 'missing')).toBeUndefined();
  });
});

describe('T13 a clock that moves backwards during a session', () => {
  it('keeps offsets non-negative and the order of notes as taken', async () => {
    const first = await captureNote(db, memberId, 'note', 'first', 10_000);
    const second = await captureNote(db, memberId, 'note', 'second', 4_000); // clock jumped back 6 s
    const third = await captureNote(db, memberId, 'note', 'third', 12_000);
    const session = (await latestSession(db, memberId))!;
    const notes = await notesOf(db, session.id);
    expect(notes.map((n) => n.text)).toEqual(['first', 'second', 'third']);
    expect(second.createdAt).toBeGreaterThanOrEqual(first.createdAt);
    for (const n of [first, second, third]) {
      expect(offsetInSession(session.startedAt, n.createdAt)).toBeGreaterThanOrEqual(0);
    }
    expect(formatOffset(offsetInSession(session.startedAt, 1_000))).toBe('0:00');
  });
});
