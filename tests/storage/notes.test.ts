import { beforeEach, describe, expect, it } from 'vitest';
import type { AizuchiDB } from '@/storage/db';
import { MAX_NOTE_LENGTH } from '@/storage/limits';
import { addMember } from '@/storage/members';
import { captureNote, checkNote, notesOf } from '@/storage/notes';
import { endSession, latestSession, startSession } from '@/storage/sessions';
import { freshDb } from '../helpers/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let db: AizuchiDB;

beforeEach(() => {
  db = freshDb();
});

describe('checkNote', () => {
  it.each([
    ['note', '', 'empty'],
    ['note', '  \n\t ', 'empty'],
    ['moment', '', null],
    ['note', 'あ'.repeat(MAX_NOTE_LENGTH), null],
    ['note', 'あ'.repeat(MAX_NOTE_LENGTH + 1), 'too-long'],
  ] as const)('%s: %#', (kind, text, expected) => {
    expect(checkNote(kind, text)).toBe(expected);
  });
});

describe('captureNote', () => {
  it('starts a session for the member when none runs, then reuses it', async () => {
    const member = await addMember(db, '佐藤');
    const first = await captureNote(db, member.id, 'note', 'はじめまして', 1_000);
    const second = await captureNote(db, member.id, 'decision', '来週また', 2_000);
    expect(first.sessionId).toBe(second.sessionId);
    const session = await latestSession(db, member.id);
    expect(session).toMatchObject({ id: first.sessionId, startedAt: 1_000 });
    expect(session?.endedAt).toBeUndefined();
  });

  it('starts a new session after the last one ended', async () => {
    const member = await addMember(db, 'Alex');
    const s1 = await startSession(db, member.id, 1_000);
    await endSession(db, s1.id, 5_000);
    const note = await captureNote(db, member.id, 'note', 'next time', 9_000);
    expect(note.sessionId).not.toBe(s1.id);
  });

  it('T29 saves a 10,000-character Japanese note whole, line breaks kept', async () => {
    const member = await addMember(db, '田中');
    const text = '今日は資料の話をしました。\n'.repeat(10_000 / 14).padEnd(10_000, 'あ');
    const note = await captureNote(db, member.id, 'note', text);
    const [stored] = await notesOf(db, note.sessionId);
    expect(stored?.text).toBe(text.trim());
    expect(stored?.text.length).toBeGreaterThan(9_990);
  });

  it('refuses an over-long note and stores nothing', async () => {
    const member = await addMember(db, '田中');
    await expect(captureNote(db, member.id, 'note', 'a'.repeat(MAX_NOTE_LENGTH + 1))).rejects.toThrow(
      'too-long',
    );
    expect(await db.notes.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
  });

  it('T09 gives every record a UUID string id', async () => {
    const member = await addMember(db, '田中');
    const note = await captureNote(db, member.id, 'note', 'x');
    expect(member.id).toMatch(UUID);
    expect(note.id).toMatch(UUID);
    expect(note.sessionId).toMatch(UUID);
  });

  it("lists a session's notes in time order", async () => {
    const member = await addMember(db, '田中');
    const s = await startSession(db, member.id, 0);
    await captureNote(db, member.id, 'note', 'a', 1_000);
    await captureNote(db, member.id, 'note', 'b', 2_000);
    await captureNote(db, member.id, 'note', 'c', 3_000);
    expect((await notesOf(db, s.id)).map((n) => n.text)).toEqual(['a', 'b', 'c']);
  });
});

describe('endSession', () => {
  it('T13 never ends a session before it started', async () => {
    const member = await addMember(db, '田中');
    const s = await startSession(db, member.id, 10_000);
    await endSession(db, s.id, 4_000);
    expect((await latestSession(db, member.id))?.endedAt).toBe(10_000);
  });
});
