import { beforeEach, describe, expect, it } from 'vitest';
import type { AizuchiDB } from '@/storage/db';
import { addMember, deleteMember, setArchived } from '@/storage/members';
import { captureNote, deleteNote, restoreNote, updateNote, withWords } from '@/storage/notes';
import { searchNotes } from '@/storage/search';
import { endSession } from '@/storage/sessions';
import type { Note } from '@/storage/types';
import { freshDb } from '../helpers/db';

let db: AizuchiDB;

beforeEach(() => {
  db = freshDb();
});

const texts = (hits: { note: Note }[]) => hits.map((h) => h.note.text);

describe('searchNotes', () => {
  it('finds Japanese and English notes of every member, with member and session', async () => {
    const sato = await addMember(db, '佐藤');
    const alex = await addMember(db, 'Alex');
    const n1 = await captureNote(db, sato.id, 'note', '資料を共有する', 1_000);
    await captureNote(db, sato.id, 'private', '疲れている様子', 2_000);
    await captureNote(db, alex.id, 'action', 'Share the deck with the team', 3_000);
    await captureNote(db, alex.id, 'note', '来週の資料', 65_000);

    const ja = await searchNotes(db, '資料');
    expect(texts(ja.hits)).toEqual(['来週の資料', '資料を共有する']);
    expect(ja.hits[1]).toMatchObject({ member: { name: '佐藤' }, session: { id: n1.sessionId } });

    expect(texts((await searchNotes(db, 'deck')).hits)).toEqual(['Share the deck with the team']);
    expect(texts((await searchNotes(db, 'SHARE DECK')).hits)).toEqual(['Share the deck with the team']);
    expect(texts((await searchNotes(db, '疲れ')).hits)).toEqual(['疲れている様子']); // private notes too
    expect((await searchNotes(db, '議事録')).total).toBe(0);
    expect((await searchNotes(db, '   ')).hits).toEqual([]);
  });

  it('ranks a whole-phrase hit first, then the newest', async () => {
    const m = await addMember(db, '佐藤');
    await captureNote(db, m.id, 'note', '共有した資料', 1_000);
    await captureNote(db, m.id, 'note', '資料共有の件', 2_000);
    await captureNote(db, m.id, 'note', '資料を再共有', 3_000);
    expect(texts((await searchNotes(db, '資料共有')).hits)).toEqual([
      '資料共有の件',
      '資料を再共有',
      '共有した資料',
    ]);
  });

  it('leaves out deleted members, keeps archived ones, and reports the total past the limit', async () => {
    const gone = await addMember(db, 'Gone');
    const old = await addMember(db, 'Old');
    const s = await captureNote(db, gone.id, 'note', 'budget talk', 1_000);
    await endSession(db, s.sessionId, 2_000);
    await deleteMember(db, gone.id);
    for (let i = 0; i < 5; i++) await captureNote(db, old.id, 'note', `budget ${i}`, 3_000 + i);
    await setArchived(db, old.id, true);
    const found = await searchNotes(db, 'budget', 3);
    expect(found.total).toBe(5);
    expect(texts(found.hits)).toEqual(['budget 4', 'budget 3', 'budget 2']);
    expect(found.hits[0]?.member.archived).toBe(true);
  });

  it('a quick check: index look-ups over 10,000 notes (time printed, not asserted)', async () => {
    const members = await Promise.all(Array.from({ length: 20 }, (_, i) => addMember(db, `Member ${i}`)));
    const words = ['資料', '共有', '評価', '面談', 'deck', 'review', 'キャリア', '目標', 'feedback', '来週'];
    const notes: Note[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: crypto.randomUUID(),
      sessionId: `s-${i % 200}`,
      memberId: members[i % 20]!.id,
      kind: 'note',
      text: `${words[i % 10]}について話した。${words[(i * 7) % 10]} and ${words[(i * 3) % 10]} #${i}`,
      createdAt: 1_000 + i,
    }));
    await db.notes.bulkAdd(notes.map(withWords));
    await searchNotes(db, '資料'); // warm-up
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const found = await searchNotes(db, i % 2 ? '評価 deck' : '資料');
      runs.push(performance.now() - start);
      expect(found.total).toBeGreaterThan(0);
    }
    runs.sort((a, b) => a - b);
    console.info(`indexed search over 10k notes (fake-indexeddb): median ${runs[2]!.toFixed(1)} ms`);
  });
});

describe('searchNotes over many notes', () => {
  it('counts every hit, also past the limit, none twice', async () => {
    const m = await addMember(db, 'Paged');
    const notes: Note[] = Array.from({ length: 4_500 }, (_, i) => ({
      id: crypto.randomUUID(),
      sessionId: 's',
      memberId: m.id,
      kind: 'note',
      text: i % 100 === 0 ? `match ${i}` : `other ${i}`,
      createdAt: i,
    }));
    await db.notes.bulkAdd(notes.map(withWords));
    const found = await searchNotes(db, 'match', 100);
    expect(found.total).toBe(45);
    expect(new Set(found.hits.map((h) => h.note.id)).size).toBe(45);
  });
});

describe('searchNotes through the words index', () => {
  it('finds Japanese words inside compounds and English words by their start', async () => {
    const m = await addMember(db, '佐藤');
    await captureNote(db, m.id, 'note', '評価資料を再共有した', 1_000);
    await captureNote(db, m.id, 'note', 'Shared the decks with the team', 2_000);
    await captureNote(db, m.id, 'note', '来週から週報は箇条書きにする', 3_000);
    expect(texts((await searchNotes(db, '資料')).hits)).toEqual(['評価資料を再共有した']);
    expect(texts((await searchNotes(db, '共有')).hits)).toEqual(['評価資料を再共有した']);
    expect(texts((await searchNotes(db, 'share deck')).hits)).toEqual(['Shared the decks with the team']);
    expect(texts((await searchNotes(db, '箇条書き')).hits)).toEqual(['来週から週報は箇条書きにする']);
    expect(texts((await searchNotes(db, '条書')).hits)).toEqual(['来週から週報は箇条書きにする']);
    expect((await searchNotes(db, 'hared')).total).toBe(0); // English matches from a word's start
  });

  it('follows edits, deletes and undo', async () => {
    const m = await addMember(db, '佐藤');
    const note = await captureNote(db, m.id, 'note', '予算の相談', 1_000);
    await updateNote(db, note.id, { text: '採用の相談' }, 2_000);
    expect((await searchNotes(db, '予算')).total).toBe(0);
    expect(texts((await searchNotes(db, '採用')).hits)).toEqual(['採用の相談']);
    const removed = await deleteNote(db, note.id);
    expect((await searchNotes(db, '採用')).total).toBe(0);
    await restoreNote(db, { ...removed!, words: ['stale'] });
    expect(texts((await searchNotes(db, '採用')).hits)).toEqual(['採用の相談']);
    expect((await searchNotes(db, 'stale')).total).toBe(0);
  });

  it('reads only the notes the index names: a note stored without words is not found', async () => {
    const m = await addMember(db, 'Index');
    await captureNote(db, m.id, 'note', 'indexed budget', 1_000);
    await db.notes.add({
      id: 'raw',
      sessionId: 's',
      memberId: m.id,
      kind: 'note',
      text: 'raw budget',
      createdAt: 2,
    });
    expect(texts((await searchNotes(db, 'budget')).hits)).toEqual(['indexed budget']);
  });

  it('hands hits back without their index words', async () => {
    const m = await addMember(db, 'Plain');
    await captureNote(db, m.id, 'note', 'plain note', 1_000);
    const [hit] = (await searchNotes(db, 'plain')).hits;
    expect(hit?.note).not.toHaveProperty('words');
  });
});
