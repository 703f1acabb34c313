import { beforeEach, describe, expect, it } from 'vitest';
import {
  forgetReadNotes,
  noteStored,
  savesSoFar,
  useStoredNotes,
  withStoredNotes,
} from '@/components/notes/stored-notes';
import type { Note } from '@/storage/types';

const note = (id: string, sessionId = 's1'): Note => ({
  id,
  sessionId,
  memberId: 'm1',
  kind: 'note',
  text: id,
  createdAt: 1_000,
});
const session = { id: 's1' };

beforeEach(() => {
  useStoredNotes.setState({ stored: [], saves: 0 });
});

describe('notes stored but not read back yet', () => {
  it('follow the notes a read made before they were stored, in the session they went to', () => {
    const read = [note('a')];
    const before = savesSoFar();
    noteStored(note('b'));
    noteStored(note('elsewhere', 's2'));
    const { stored } = useStoredNotes.getState();
    expect(withStoredNotes(read, stored, session, before).map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('are not shown twice once a read holds them, and nothing changes when none are left', () => {
    const before = savesSoFar();
    noteStored(note('b'));
    const read = [note('a'), note('b')];
    expect(withStoredNotes(read, useStoredNotes.getState().stored, session, before)).toBe(read);
  });

  it('a read made after they were stored shows them as they are now (e.g. deleted since)', () => {
    noteStored(note('b'));
    const after = savesSoFar();
    const read = [note('a')];
    expect(withStoredNotes(read, useStoredNotes.getState().stored, session, after)).toBe(read);
    forgetReadNotes(after);
    expect(useStoredNotes.getState().stored).toEqual([]);
  });

  it('a read made before a later save does not forget that save', () => {
    noteStored(note('b'));
    const between = savesSoFar();
    noteStored(note('c'));
    forgetReadNotes(between);
    expect(useStoredNotes.getState().stored.map((s) => s.note.id)).toEqual(['c']);
  });
});
