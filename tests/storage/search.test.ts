import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AizuchiDB } from '@/storage/db';
import { addMember, deleteMember, setArchived } from '@/storage/members';
import { captureNote, deleteNote, restoreNote, updateNote } from '@/storage/notes';
import { nextRound, searchNotes } from '@/storage/search';
import { endSession } from '@/storage/sessions';
import { termRowsOf } from '@/storage/terms';
import type { Note } from '@/storage/types';
import { BUCKET_MS, termEntry } from '@/lib/search/index-words';
import { freshDb } from '../helpers/db';

let db: AizuchiDB;

beforeEach(() => {
  db = freshDb();
});

const texts = (hits: { note: Note }[]) => hits.map((h) => h.note.text);

/** Stores notes at once, as a restore or the seeding of a benchmark does: the rows and their `terms` rows. */
async function seed(notes: readonly Note[]): Promise<void> {
  const rows = termRowsOf(notes);
  await db.transaction('rw', [db.notes, db.terms], async () => {
    const keys = [...rows.keys()];
    const stored = await db.terms.bulkGet(keys);
    await db.notes.bulkAdd(notes);
    await db.terms.bulkPut(
      keys.map((key, i) => [...(stored[i] ?? []), ...rows.get(key)!]),
      keys,
    );
  });
}

/** The ids of the notes a call reads (db.notes.bulkGet), in the order read. */
function countReads(): string[] {
  const ids: string[] = [];
  const bulkGet = db.notes.bulkGet.bind(db.notes);
  vi.spyOn(db.notes, 'bulkGet').mockImplementation((keys) => {
    ids.push(...keys);
    return bulkGet(keys);
  });
  return ids;
}

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

  it('leaves out deleted members, keeps archived ones, and says when there is more past the limit', async () => {
    const gone = await addMember(db, 'Gone');
    const old = await addMember(db, 'Old');
    const s = await captureNote(db, gone.id, 'note', 'budget talk', 1_000);
    await endSession(db, s.sessionId, 2_000);
    await deleteMember(db, gone.id);
    for (let i = 0; i < 5; i++) await captureNote(db, old.id, 'note', `budget ${i}`, 3_000 + i);
    await setArchived(db, old.id, true);
    const found = await searchNotes(db, 'budget', 3);
    // Only the page's notes are read (storage/search): the total so far, and more.
    expect(found).toMatchObject({ total: 3, more: true });
    expect(texts(found.hits)).toEqual(['budget 4', 'budget 3', 'budget 2']);
    expect(found.hits[0]?.member.archived).toBe(true);
    // With room for all: the five of the archived member, not the deleted member's note.
    const all = await searchNotes(db, 'budget', 10);
    expect(all).toMatchObject({ total: 5, more: false });
    expect(texts(all.hits)).toEqual(['budget 4', 'budget 3', 'budget 2', 'budget 1', 'budget 0']);
  });

  it(
    'a quick check: index look-ups over 10,000 notes (time printed, not asserted)',
    { timeout: 30_000 },
    async () => {
      const members = await Promise.all(Array.from({ length: 20 }, (_, i) => addMember(db, `Member ${i}`)));
      const words = [
        '資料',
        '共有',
        '評価',
        '面談',
        'deck',
        'review',
        'キャリア',
        '目標',
        'feedback',
        '来週',
      ];
      const notes: Note[] = Array.from({ length: 10_000 }, (_, i) => ({
        id: crypto.randomUUID(),
        sessionId: `s-${i % 200}`,
        memberId: members[i % 20]!.id,
        kind: 'note',
        text: `${words[i % 10]}について話した。${words[(i * 7) % 10]} and ${words[(i * 3) % 10]} #${i}`,
        createdAt: 1_000 + i,
      }));
      await seed(notes);
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
    },
  );
});

describe('searchNotes over many notes', () => {
  it(
    'finds exactly the notes where two common words meet, reading only those notes',
    { timeout: 30_000 },
    async () => {
      const m = await addMember(db, 'Weekly');
      const day = 86_400_000;
      const start = Date.UTC(2026, 0, 1);
      // 60 notes with 週報, 60 with 共有, one of each every ~2.5 days over 300 days (seven buckets,
      // every chunk), and the two notes with both at the newest and the oldest end.
      const note = (text: string, createdAt: number): Note => ({
        id: crypto.randomUUID(),
        sessionId: 's',
        memberId: m.id,
        kind: 'note',
        text,
        createdAt,
      });
      const notes = [
        ...Array.from({ length: 60 }, (_, i) => note(`週報 ${i}`, start + i * 5 * day)),
        ...Array.from({ length: 60 }, (_, i) => note(`共有 ${i}`, start + i * 5 * day + 2.5 * day)),
        note('週報を共有した old', start - day),
        note('共有: 週報 new', start + 301 * day),
      ];
      await seed(notes);
      const reads = countReads();
      const found = await searchNotes(db, '週報 共有', 50, undefined, start + 301 * day);
      expect(texts(found.hits)).toEqual(['共有: 週報 new', '週報を共有した old']);
      expect(found).toMatchObject({ total: 2, more: false });
      // The intersection is exact: none of the 120 notes with one of the words is read.
      expect(reads.sort()).toEqual(found.hits.map((h) => h.note.id).sort());
    },
  );

  it('counts every hit, also past the limit, none twice', { timeout: 30_000 }, async () => {
    const m = await addMember(db, 'Paged');
    const notes: Note[] = Array.from({ length: 4_500 }, (_, i) => ({
      id: crypto.randomUUID(),
      sessionId: 's',
      memberId: m.id,
      kind: 'note',
      text: i % 100 === 0 ? `match ${i}` : `other ${i}`,
      createdAt: i,
    }));
    await seed(notes);
    const found = await searchNotes(db, 'match', 100);
    expect(found.total).toBe(45);
    expect(new Set(found.hits.map((h) => h.note.id)).size).toBe(45);
  });
});

describe('searchNotes through the terms index', () => {
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
    await restoreNote(db, removed!);
    expect(texts((await searchNotes(db, '採用')).hits)).toEqual(['採用の相談']);
    expect((await searchNotes(db, '予算')).total).toBe(0);
  });

  it('reads only the notes the index names: a note stored without its terms rows is not found', async () => {
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

  it('hands hits back as stored, without index words (notes carry none since v5)', async () => {
    const m = await addMember(db, 'Plain');
    await captureNote(db, m.id, 'note', 'plain note', 1_000);
    const [hit] = (await searchNotes(db, 'plain')).hits;
    expect(hit?.note).not.toHaveProperty('words');
  });
});

const T0 = 800 * BUCKET_MS; // a bucket start, past today

// The first round is listed from today's bucket (the clock): the same hits whether the notes are
// newer than the clock (a wrong clock), in today's bucket, or long before it.
describe.each([
  ['before the notes', undefined],
  ['in the newest bucket of most cases', T0 + 5 * BUCKET_MS + 1],
  ['a bucket behind the newest of most cases', T0 + 4 * BUCKET_MS + 1],
  ['long after the notes', T0 + 10_000 * BUCKET_MS],
])('searchNotes walks time buckets newest first, the clock %s', (_, now) => {
  const find = (input: string, limit?: number) => searchNotes(db, input, limit, undefined, now);
  /** Stores notes of a member with their index, `at` ms after T0. */
  async function put(memberId: string, notes: [text: string, at: number][]) {
    await seed(
      notes.map(([text, at]) => ({
        id: crypto.randomUUID(),
        sessionId: 's',
        memberId,
        kind: 'note',
        text,
        createdAt: T0 + at,
      })),
    );
  }
  /** `count` notes "budget <bucket>-<i>" in each of the buckets 0…buckets-1 after T0. */
  const spread = (buckets: number, count: number, text = 'budget'): [string, number][] =>
    Array.from({ length: buckets * count }, (_, n) => {
      const [b, i] = [Math.floor(n / count), n % count];
      return [`${text} ${b}-${i}`, b * BUCKET_MS + i * 1_000];
    });

  it('stops once a page is full: the newest hits, the count so far, and more', async () => {
    const m = await addMember(db, 'Many');
    await put(m.id, spread(6, 20));
    const reads = countReads();
    const found = await find('budget', 10);
    expect(texts(found.hits)).toEqual(Array.from({ length: 10 }, (_, i) => `budget 5-${19 - i}`));
    // The first round lists the three newest buckets; the notes of the newest already fill the page.
    expect(found).toMatchObject({ total: 10, more: true });
    // Only the page's notes are read, all of the newest bucket: none of the 110 older candidates.
    expect(new Set(reads)).toEqual(new Set(found.hits.map((h) => h.note.id)));
    expect(reads).toHaveLength(10);
  });

  it('walks every bucket when the hits fit a page: an exact total, no more', async () => {
    const m = await addMember(db, 'Few');
    await put(m.id, spread(12, 3));
    await put(m.id, spread(12, 5, 'other'));
    const found = await find('budget', 50);
    expect(found).toMatchObject({ total: 36, more: false });
    expect(found.hits[0]?.note.text).toBe('budget 11-2');
    expect(found.hits.at(-1)?.note.text).toBe('budget 0-0');
  });

  it('finds a rare word in the oldest bucket, past many newer ones', async () => {
    const m = await addMember(db, 'Rare');
    await put(m.id, spread(20, 5, 'common'));
    await put(m.id, [['一度だけの議事録', -5 * BUCKET_MS]]);
    const found = await find('議事録');
    expect(texts(found.hits)).toEqual(['一度だけの議事録']);
    expect(found).toMatchObject({ total: 1, more: false });
    expect((await find('議事録 common')).total).toBe(0);
  });

  it('jumps over empty buckets: a note stamped in 1970 is found, keys not in bucket form are ignored', async () => {
    const m = await addMember(db, 'Clock');
    await put(m.id, [
      ['budget now', 0],
      ['budget 1970', -T0 + 5],
    ]);
    const plain: Note = {
      id: 'plain',
      sessionId: 's',
      memberId: m.id,
      kind: 'note',
      text: 'budget',
      createdAt: T0,
    };
    await db.notes.add(plain);
    await db.terms.put([termEntry(plain)], 'budget');
    expect(texts((await find('budget')).hits)).toEqual(['budget now', 'budget 1970']);
    expect((await find('budget', 1)).more).toBe(true);
  });

  it('keeps the prefix rule in every bucket: Japanese inside words, English from a word start', async () => {
    const m = await addMember(db, 'Prefix');
    await put(m.id, [
      ['評価資料を再共有した', 0],
      ['Shared the decks with the team', 3 * BUCKET_MS],
      ['資料 only', 5 * BUCKET_MS],
      ['decks only', 7 * BUCKET_MS],
    ]);
    expect(texts((await find('共有')).hits)).toEqual(['評価資料を再共有した']);
    expect(texts((await find('資料')).hits)).toEqual(['資料 only', '評価資料を再共有した']);
    expect(texts((await find('share deck')).hits)).toEqual(['Shared the decks with the team']);
    expect((await find('hared')).total).toBe(0);
    // Every word must be in the same note, not only in the same bucket or the same walk.
    expect((await find('資料 decks')).total).toBe(0);
  });

  it('intersects a common word with a rare one, and lists every note when every word is common', async () => {
    const m = await addMember(db, 'Common');
    await put(m.id, [
      ...Array.from({ length: 450 }, (_, i): [string, number] => [`shared plan ${i}`, i]),
      ['shared plan rare', 500],
      ['shared rare', 501],
      ['plan rare', 502],
    ]);
    expect(texts((await find('share rare')).hits)).toEqual(['shared rare', 'shared plan rare']);
    expect(texts((await find('hared rare')).hits)).toEqual([]); // English: from a word start
    const both = await find('plan share', 500);
    expect(both).toMatchObject({ total: 451, more: false });
    expect(both.hits[0]?.note.text).toBe('shared plan rare');
  });

  it('walks past a newest bucket full of hits of a deleted member', async () => {
    const gone = await addMember(db, 'Gone');
    const kept = await addMember(db, 'Kept');
    await put(
      gone.id,
      spread(4, 30).map(([text, at]) => [text, at + 10 * BUCKET_MS]),
    );
    await put(kept.id, [
      ['budget kept new', 2 * BUCKET_MS],
      ['budget kept old', 0],
    ]);
    await deleteMember(db, gone.id);
    const found = await find('budget', 10);
    expect(texts(found.hits)).toEqual(['budget kept new', 'budget kept old']);
    expect(found).toMatchObject({ total: 2, more: false });
  });

  it('ranks whole-phrase hits first among the notes walked, not past them', async () => {
    const m = await addMember(db, 'Phrase');
    await put(m.id, [
      ['資料共有 old phrase', 0],
      ['資料を共有 newer', 4 * BUCKET_MS],
      ['資料共有 newer phrase', 4 * BUCKET_MS + 1],
      ['資料を共有 newest', 5 * BUCKET_MS],
    ]);
    // The page is full after the newest round (buckets 5 and 4): the older phrase hit is left out.
    expect(texts((await find('資料共有', 3)).hits)).toEqual([
      '資料共有 newer phrase',
      '資料を共有 newest',
      '資料を共有 newer',
    ]);
    // When every bucket is walked the phrase hits all come first, as before.
    expect(texts((await find('資料共有', 50)).hits)).toEqual([
      '資料共有 newer phrase',
      '資料共有 old phrase',
      '資料を共有 newest',
      '資料を共有 newer',
    ]);
  });

  it('reads a note listed under several words of a key (deck, decks, decking) once', async () => {
    const m = await addMember(db, 'Lists');
    await put(m.id, [
      ['deck decks decking', 0],
      ...Array.from({ length: 8 }, (_, i): [string, number] => [`rare ${i}`, i + 1]),
      ...Array.from({ length: 8 }, (_, i): [string, number] => [`deck ${i}`, i + 10]),
      ['deck rare', 20],
    ]);
    const reads = countReads();
    expect(texts((await find('deck rare')).hits)).toEqual(['deck rare']);
    expect(reads).toHaveLength(1);
    const all = await find('deck');
    expect(all).toMatchObject({ total: 10, more: false });
    expect(new Set(all.hits.map((h) => h.note.id)).size).toBe(10);
  });
});

describe('nextRound', () => {
  it.each([
    [3, 0, 4_800, 50, 12], // nothing yet: four times as many
    [3, 5, 4_800, 50, 12], // 5 in 3 buckets, 45 to go: 34 needed, at most four times as many
    [6, 30, 4_800, 50, 5], // 5 a bucket, 20 to go: 4 and a quarter more; 2,000 entries allow fewer
    [6, 30, 1_200, 50, 10], // the same, with rows short enough for 10
    [4, 49, 16_000, 50, 1], // one to go, long rows: at least one bucket
    [4, 49, 4_000, 50, 2], // one to go, but 2,000 entries at the rate so far allow two
    [3, 20, 10, 50, 64], // short rows: as many buckets as 2,000 entries allow, at most 64
    [3, 0, 0, 50, 64], // nothing listed at all: the most a round lists
    [20, 25, 100, 50, 64],
  ])(
    'after %i buckets with %i candidates in %i entries, %i wanted: lists %i',
    (walked, found, entries, limit, next) => {
      expect(nextRound(walked, found, entries, limit)).toBe(next);
    },
  );
});
