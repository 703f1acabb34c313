import type { AizuchiDB } from './db';
import { checkNote, lastNoteOf, newNote, noteStamp } from './notes';
import { indexQueuedLater, queueTerms } from './terms';
import { latestSession, startSession } from './sessions';
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

/** The performance mark a note saved from the box leaves when its transaction commits (detail: its id). */
export const NOTE_STORED_MARK = 'aizuchi:note-saved';

/** What the box knows before it saves: both optional, both only make the save faster. */
export interface BoxGuess {
  /** The note's id, chosen by the box so the row it shows at once is the row the list reads back. */
  id?: string;
  /** The session the box saved its last note to, most likely the running one. */
  sessionId?: string;
}

/**
 * Saves a note from the box and, in the same transaction, removes the draft it came from.
 * A draft written since by another panel (another stamp, other text) is left alone.
 *
 * A note into the session the box last saved to costs what a bare write costs: every read and
 * write is sent at once, on the guess that this session still runs and that the clock has not
 * moved back, and what the reads find corrects the guess in the same transaction (so nothing
 * else ever sees it). Otherwise the session is looked up (and started) first.
 */
export async function saveNoteFromBox(
  db: AizuchiDB,
  memberId: string,
  kind: NoteKind,
  text: string,
  ownDraftStamp: number | undefined,
  now = Date.now(),
  { id = crypto.randomUUID(), sessionId }: BoxGuess = {},
): Promise<Note> {
  const problem = checkNote(kind, text);
  if (problem) throw new Error(`note: ${problem}`);
  const key = noteDraftKey(memberId);
  const guess =
    sessionId === undefined ? undefined : newNote({ id: sessionId, memberId }, kind, text, now, id);
  const saved = await db.transaction(
    'rw',
    [db.sessions, db.notes, db.termsQueue, db.members, db.settings, db.drafts],
    async (tx) => {
      // Read by the benchmark and the e2e run: when the note was stored, stamped by the event itself.
      tx.idbtrans.addEventListener('complete', (event) => {
        performance.mark(NOTE_STORED_MARK, { startTime: event.timeStamp, detail: id });
      });
      const reads = Promise.all([
        latestSession(db, memberId),
        db.drafts.get(key),
        sessionId === undefined ? undefined : lastNoteOf(db, sessionId),
      ]);
      // The note's search index is written just after this transaction (`indexQueued`).
      const writes = Promise.all([db.drafts.delete(key), guess && db.notes.add(guess), queueTerms(db, id)]);
      // Awaited below, after the reads: a failed write must not count as unhandled meanwhile.
      void writes.catch(() => undefined);
      const [latest, draft, lastOfGuess] = await reads;
      if (draft && draft.updatedAt !== ownDraftStamp && draft.text.trim() !== text.trim()) {
        await db.drafts.put(draft);
      }
      const running = latest?.endedAt === undefined ? latest : undefined;
      const session = running ?? (await startSession(db, memberId, now));
      const last = !running
        ? undefined
        : running.id === sessionId
          ? lastOfGuess
          : await lastNoteOf(db, running.id);
      const note = newNote(session, kind, text, noteStamp(now, session, last), id);
      await writes;
      if (guess && guess.sessionId === note.sessionId && guess.createdAt === note.createdAt) return guess;
      // The guess was wrong (another session, or a later stamp): the note is mended.
      await (guess ? db.notes.put(note) : db.notes.add(note));
      return note;
    },
  );
  indexQueuedLater(db);
  return saved;
}
