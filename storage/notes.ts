import type { AizuchiDB } from './db';
import { MAX_NOTE_LENGTH } from './limits';
import { startSession } from './sessions';
import type { Note, NoteKind, Session } from './types';

export type NoteProblem = 'empty' | 'too-long';

/** Why a note cannot be saved, or null. A moment needs no text. */
export function checkNote(kind: NoteKind, text: string): NoteProblem | null {
  if (text.length > MAX_NOTE_LENGTH) return 'too-long';
  if (kind !== 'moment' && !text.trim()) return 'empty';
  return null;
}

export async function addNote(
  db: AizuchiDB,
  session: Pick<Session, 'id' | 'memberId'>,
  kind: NoteKind,
  text: string,
  now = Date.now(),
): Promise<Note> {
  const problem = checkNote(kind, text);
  if (problem) throw new Error(`note: ${problem}`);
  const note: Note = {
    id: crypto.randomUUID(),
    sessionId: session.id,
    memberId: session.memberId,
    kind,
    // Keep the text exactly as typed (inner whitespace and line breaks matter), trimming only the ends.
    text: text.trim(),
    createdAt: now,
    ...(kind === 'action' ? { action: { owner: 'me' as const } } : {}),
  };
  await db.notes.add(note);
  return note;
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
  return db.transaction('rw', db.sessions, db.notes, db.members, async () => {
    const session = await startSession(db, memberId, now);
    return addNote(db, session, kind, text, now);
  });
}
