import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AizuchiDB } from '@/storage/db';
import { loadDraft, noteDraftKey, saveDraft, saveNoteFromBox } from '@/storage/drafts';
import { addMember } from '@/storage/members';
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
