import type { AizuchiDB } from './db';
import { captureNote } from './notes';
import type { Draft, Note, NoteKind } from './types';

/**
 * The note box's draft is kept per member: a note typed without a running session starts
 * one, so the member is what the text belongs to.
 */
export function noteDraftKey(memberId: string): string {
  return memberId;
}

export async function loadDraft(db: AizuchiDB, key: string): Promise<Draft | undefined> {
  return db.drafts.get(key);
}

/**
 * Saves the box's text as the draft; a blank box removes it. Returns the stamp written
 * (the caller's proof that the stored draft is its own), or undefined when removed.
 */
export async function saveDraft(
  db: AizuchiDB,
  key: string,
  text: string,
  kind: NoteKind,
  now = Date.now(),
): Promise<number | undefined> {
  if (!text.trim()) {
    await db.drafts.delete(key);
    return undefined;
  }
  await db.drafts.put({ key, text, kind, updatedAt: now });
  return now;
}

/**
 * Saves a note from the box and, in the same transaction, removes the draft it came from.
 * A draft written since by another panel (another stamp, other text) is left alone.
 */
export async function saveNoteFromBox(
  db: AizuchiDB,
  memberId: string,
  kind: NoteKind,
  text: string,
  ownDraftStamp: number | undefined,
  now = Date.now(),
): Promise<Note> {
  return db.transaction('rw', [db.sessions, db.notes, db.members, db.settings, db.drafts], async () => {
    const note = await captureNote(db, memberId, kind, text, now);
    const key = noteDraftKey(memberId);
    const draft = await db.drafts.get(key);
    if (draft && (draft.updatedAt === ownDraftStamp || draft.text.trim() === text.trim())) {
      await db.drafts.delete(key);
    }
    return note;
  });
}
