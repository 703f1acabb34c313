import { create } from 'zustand';
import type { Note, Session } from '@/storage/types';

/**
 * Notes the box has just stored that the notes list has not read back yet: the list shows a
 * note the moment its transaction commits, not after a read of the database that follows.
 * UI state only, and short-lived: a note leaves once a read made after it was stored is shown.
 */
export interface StoredNote {
  note: Note;
  /** The count of notes stored up to and including this one. */
  saved: number;
}

interface StoredState {
  stored: readonly StoredNote[];
  /** How many notes the box has stored since the panel opened. */
  saves: number;
}

export const useStoredNotes = create<StoredState>()(() => ({ stored: [], saves: 0 }));

export function noteStored(note: Note): void {
  useStoredNotes.setState((s) => ({
    saves: s.saves + 1,
    stored: [...s.stored, { note, saved: s.saves + 1 }],
  }));
}

/** Taken when a read of the notes starts: every note stored up to then is in what it reads. */
export function savesSoFar(): number {
  return useStoredNotes.getState().saves;
}

/** Forgets the notes stored before a read that started after `saves` saves: that read shows them as they are. */
export function forgetReadNotes(saves: number): void {
  const { stored } = useStoredNotes.getState();
  const kept = stored.filter((s) => s.saved > saves);
  if (kept.length !== stored.length) useStoredNotes.setState({ stored: kept });
}

/**
 * The session's notes as read (a read that started after `readAfter` saves), followed by the
 * notes stored into it since. Returns `notes` itself when there are none.
 */
export function withStoredNotes(
  notes: readonly Note[],
  stored: readonly StoredNote[],
  session: Pick<Session, 'id'>,
  readAfter: number,
): readonly Note[] {
  if (stored.length === 0) return notes;
  const read = new Set(notes.map((n) => n.id));
  const more = stored.filter(
    (s) => s.note.sessionId === session.id && s.saved > readAfter && !read.has(s.note.id),
  );
  return more.length === 0 ? notes : [...notes, ...more.map((s) => s.note)];
}
