import type { AizuchiDB } from './db';
import { MAX_NOTE_LENGTH } from './limits';
import { startSession } from './sessions';
import { applyTermChanges, termsOf } from './terms';
import type { Note, NoteKind, Session } from './types';

export type NoteProblem = 'empty' | 'too-long';

/** Why a note cannot be saved, or null. A moment needs no text. */
export function checkNote(kind: NoteKind, text: string): NoteProblem | null {
  if (text.length > MAX_NOTE_LENGTH) return 'too-long';
  if (kind !== 'moment' && !text.trim()) return 'empty';
  return null;
}

/**
 * Adds a note to a session, with its search index (storage/terms), in one transaction (the
 * caller's, when it runs in one over both tables). A clock that moved backwards must not put a note
 * before the session's start or before the notes already taken: its stamp is held just after the
 * later of those.
 */
export async function addNote(
  db: AizuchiDB,
  session: Pick<Session, 'id' | 'memberId'> & Partial<Pick<Session, 'startedAt'>>,
  kind: NoteKind,
  text: string,
  now = Date.now(),
): Promise<Note> {
  const problem = checkNote(kind, text);
  if (problem) throw new Error(`note: ${problem}`);
  return db.transaction('rw', [db.notes, db.terms], async () => {
    const last = await lastNoteOf(db, session.id);
    const note = newNote(session, kind, text, noteStamp(now, session, last));
    await Promise.all([db.notes.add(note), applyTermChanges(db, [{ after: termsOf(note) }])]);
    return note;
  });
}

/** A new note of a session, as typed: the text is kept exactly (inner whitespace and line breaks matter) but for its ends. */
export function newNote(
  session: Pick<Session, 'id' | 'memberId'>,
  kind: NoteKind,
  text: string,
  createdAt: number,
  id: string = crypto.randomUUID(),
): Note {
  return {
    id,
    sessionId: session.id,
    memberId: session.memberId,
    kind,
    text: text.trim(),
    createdAt,
    ...(kind === 'action' ? { action: { owner: 'me' as const } } : {}),
  };
}

/**
 * The stamp of a note taken at `now`: never before the session's start nor before the last
 * note (a clock that moved backwards), and one past the last note, so equal stamps never
 * leave the order to the (random) ids.
 */
export function noteStamp(
  now: number,
  session: Partial<Pick<Session, 'startedAt'>>,
  last: Pick<Note, 'createdAt'> | undefined,
): number {
  return Math.max(now, session.startedAt ?? -Infinity, last ? last.createdAt + 1 : -Infinity);
}

/** The newest note of a session. */
export async function lastNoteOf(db: AizuchiDB, sessionId: string): Promise<Note | undefined> {
  return db.notes
    .where('[sessionId+createdAt]')
    .between([sessionId, -Infinity], [sessionId, Infinity])
    .last();
}

/** Notes of one session in the order they were taken. */
export async function notesOf(db: AizuchiDB, sessionId: string): Promise<Note[]> {
  return db.notes
    .where('[sessionId+createdAt]')
    .between([sessionId, -Infinity], [sessionId, Infinity])
    .toArray();
}

/**
 * Saves a note for a member, starting a session first when none runs:
 * typing during a call must never require pressing "Start session".
 */
export async function captureNote(
  db: AizuchiDB,
  memberId: string,
  kind: NoteKind,
  text: string,
  now = Date.now(),
): Promise<Note> {
  // startSession reads the default planned length from settings.
  return db.transaction('rw', [db.sessions, db.notes, db.terms, db.members, db.settings], async () => {
    const session = await startSession(db, memberId, now);
    return addNote(db, session, kind, text, now);
  });
}

export interface NoteChanges {
  text?: string;
  kind?: NoteKind;
}

/** Changes a note's text or kind and stamps `editedAt`; the same rules as a new note apply. */
export async function updateNote(
  db: AizuchiDB,
  id: string,
  changes: NoteChanges,
  now = Date.now(),
): Promise<Note> {
  return db.transaction('rw', [db.notes, db.terms], async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Error('note: not found');
    const kind = changes.kind ?? note.kind;
    const text = changes.text ?? note.text;
    const problem = checkNote(kind, text);
    if (problem) throw new Error(`note: ${problem}`);
    const updated: Note = { ...note, kind, text: text.trim(), editedAt: now };
    if (kind === 'action') updated.action = note.action ?? { owner: 'me' };
    else delete updated.action;
    await Promise.all([
      db.notes.put(updated),
      applyTermChanges(db, [{ before: termsOf(note), after: termsOf(updated) }]),
    ]);
    return updated;
  });
}

/** Deletes a note and returns it as it was, for undo (`restoreNote`); undefined if already gone. */
export async function deleteNote(db: AizuchiDB, id: string): Promise<Note | undefined> {
  return db.transaction('rw', [db.notes, db.terms], async () => {
    const note = await db.notes.get(id);
    if (note) await Promise.all([db.notes.delete(id), applyTermChanges(db, [{ before: termsOf(note) }])]);
    return note;
  });
}

/** Puts a deleted note back exactly as it was (undo), with its search index. */
export async function restoreNote(db: AizuchiDB, note: Note): Promise<void> {
  const terms = termsOf(note);
  await db.transaction('rw', [db.notes, db.terms], async () => {
    const old = await db.notes.get(note.id);
    await Promise.all([
      db.notes.put(note),
      applyTermChanges(db, [{ before: old && termsOf(old), after: terms }]),
    ]);
  });
}
