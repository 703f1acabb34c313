import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/storage/db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/storage/schema';
import { membersByDue } from '@/storage/members';
import { latestSession } from '@/storage/sessions';
import { notesOf } from '@/storage/notes';
import { searchNotes } from '@/storage/search';
import type { Note } from '@/storage/types';
import { bucketWords, indexWords, termEntry, termKeys } from '@/lib/search/index-words';
import { matchText } from '@/lib/search/match';
import { parseQuery } from '@/lib/search/query';
import { expectedTerms, storedTerms } from '../helpers/db';

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const texts = (hits: { note: { text: string } }[]) => hits.map((h) => h.note.text);

const dir = join(import.meta.dirname, '../fixtures/db');
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture);

/**
 * Writes a fixture with only the schema versions that existed when it was made. A table with
 * outbound keys (`terms`) is held in the fixture as `{ key, entries }` rows.
 */
async function writeAtVersion(name: string, fixture: Fixture) {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= fixture.version))
    old.version(v.version).stores(v.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [name, rows] of Object.entries(fixture.tables)) {
      const table = old.table(name);
      if (table.schema.primKey.keyPath) await table.bulkAdd(rows);
      else
        await table.bulkAdd(
          rows.map((r) => r.entries),
          rows.map((r) => r.key as string),
        );
    }
  });
  old.close();
}

describe('T01 every schema version migrates to the newest', () => {
  it('has a fixture for every shipped version', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it('v1 → v2 fills the new fields from what v1 knew', async () => {
    const v1 = fixtures.find((f) => f.version === 1)!;
    const name = `migrate-v1-details-${crypto.randomUUID()}`;
    await writeAtVersion(name, v1);
    const db = createDb(name);
    const agenda = await db.agendaItems.toArray();
    expect(agenda.map((a) => [a.owner, a.order])).toEqual([
      ['me', 1767578000000],
      ['me', 1767578100000],
    ]);
    expect((await db.sessions.toArray()).map((s) => s.plannedMinutes)).toEqual([30, 30]);
    expect(await db.drafts.count()).toBe(0);
    // The index is filled from each note's text (v2 segmented it), so old notes are found by it.
    const notes = await db.notes.toArray();
    for (const n of notes) expect(n, n.id).not.toHaveProperty('words');
    expect(await storedTerms(db)).toEqual(expectedTerms(notes));
    const found = await searchNotes(db, '資料');
    expect(found.hits.map((h) => h.note.text)).toEqual(['最近は資料作成に時間がかかっている']);
    expect((await searchNotes(db, '共有')).total).toBe(1);
    db.close();
  });

  it("v2 → v3 → v5: the words v2 stored give way to the index of each note's text, and search finds them", async () => {
    const v2 = fixtures.find((f) => f.version === 2)!;
    // As v2 stored them: the words of the text; one note (the moment) left without words.
    const notes = v2.tables.notes!.map((n) =>
      n.kind === 'moment' ? n : { ...n, words: indexWords(n.text as string) },
    );
    // A stored word the text does not yield (an older segmenter's): v5 indexes the text itself.
    notes[0] = { ...notes[0]!, words: [...(notes[0]!.words as string[]), 'v2stored'] };
    const name = `migrate-v2-words-${crypto.randomUUID()}`;
    await writeAtVersion(name, { ...v2, tables: { ...v2.tables, notes } });
    const db = createDb(name);
    const stored = await db.notes.toArray();
    for (const n of stored) expect(n, n.id).not.toHaveProperty('words');
    expect(await storedTerms(db)).toEqual(expectedTerms(stored));
    const [key] = termKeys(['v2stored'], notes[0].createdAt as number);
    expect(await db.terms.get(key!)).toBeUndefined();
    expect(texts((await searchNotes(db, '資料')).hits)).toEqual(['最近は資料作成に時間がかかっている']);
    expect(texts((await searchNotes(db, '共有')).hits)).toEqual(['テンプレートを共有する']);
    db.close();
  });

  it('v3 → v4 keeps on each member when their latest session started', async () => {
    const v3 = fixtures.find((f) => f.version === 3)!;
    const name = `migrate-v3-last-met-${crypto.randomUUID()}`;
    await writeAtVersion(name, v3);
    const db = createDb(name);
    const members = await db.members.toArray();
    // The latest of her two sessions; Alex has none (rows come in id order).
    expect(members.map((m) => [m.name, m.lastMetAt])).toEqual([
      ['Alex Kim', undefined],
      ['佐藤 花子', 1768183200000],
    ]);
    expect(members.find((m) => m.name === 'Alex Kim')).not.toHaveProperty('lastMetAt');
    expect((await membersByDue(db)).map((m) => m.name)).toEqual(['佐藤 花子']);
    db.close();
  });

  it("v4 → v5 moves the search index from the notes into terms, filed from each note's text", async () => {
    const v4 = fixtures.find((f) => f.version === 4)!;
    type V4Note = Note & { words?: string[] };
    const [first, ...others] = v4.tables.notes as unknown as V4Note[];
    const moment = others.find((n) => n.kind === 'moment')!;
    const later = 1768183200000; // the second session's start: another ~6-day chunk of the same bucket
    const stamped = (text: string, createdAt: number, id: string): V4Note => ({
      ...moment,
      id,
      kind: 'note',
      text,
      createdAt,
      words: bucketWords(indexWords(text), createdAt),
    });
    // A v4 row without stored words: indexed from its text like every other.
    const bare = stamped(
      '資料の deck を共有した feedback',
      later + 120_000,
      'a1b2c3d4-0000-4000-8000-000000000003',
    );
    delete bare.words;
    const notes: V4Note[] = [
      // A stored word the text does not give (an older segmenter's): not filed, so a later edit
      // or delete of the note, which segments its text again, finds every row it is in.
      { ...first!, words: [...first!.words!, bucketWords(['v4stored'], first!.createdAt)[0]!] },
      ...others,
      stamped(
        'Feedback on the quarterly deck was positive',
        later + 60_000,
        'a1b2c3d4-0000-4000-8000-000000000001',
      ),
      // Two buckets (~100 days) on: a note stamped by a clock far ahead.
      stamped(
        'Decks and feedback again, 資料も',
        later + 2 * 2 ** 32,
        'a1b2c3d4-0000-4000-8000-000000000002',
      ),
      bare,
    ];
    const plain = notes.map((n): Note => {
      const copy = { ...n };
      delete copy.words;
      return copy;
    });
    const name = `migrate-v4-terms-${crypto.randomUUID()}`;
    await writeAtVersion(name, {
      ...v4,
      tables: { ...v4.tables, notes: notes as unknown as Record<string, unknown>[] },
    });
    const db = createDb(name);

    const stored = await db.notes.toArray();
    expect(stored).toHaveLength(notes.length);
    for (const n of stored) expect(n, n.id).not.toHaveProperty('words');
    // Every other field as v4 had it.
    expect(stored).toEqual(expect.arrayContaining(plain));
    expect(await storedTerms(db)).toEqual(expectedTerms(stored));
    // The key layout: bucket 00bf, the word, chunk 4; the entry: createdAt in base 36, then the id.
    expect(await db.terms.get('00bf\u0000資料\u00004')).toEqual([`0mk0im2tc${first!.id}`]);
    expect(await db.terms.get('00bf\u0000v4stored\u00004')).toBeUndefined();
    // The note without stored words is filed under the words of its text.
    for (const key of termKeys(['資料', 'deck', '共有', 'feedback'], bare.createdAt)) {
      expect(await db.terms.get(key), key).toContain(termEntry(bare));
    }

    // Searches find exactly the notes whose text holds the words, as v4's index found them.
    for (const q of ['資料', '共有', 'いる', 'feedback', 'deck', '資料 deck', 'FEEDBACK Deck']) {
      const expected = plain.filter((n) => matchText(n.text, parseQuery(q)) !== null).map((n) => n.id);
      expect(expected.length, q).toBeGreaterThan(0);
      const found = await searchNotes(db, q);
      expect(found.hits.map((h) => h.note.id).sort(), q).toEqual(expected.sort());
      expect(found.more, q).toBe(false);
    }
    expect((await searchNotes(db, 'v4stored')).total).toBe(0);
    db.close();
  });

  it.each(fixtures.map((f) => [f.version, f] as const))(
    'opens a v%i database with the current schema',
    async (_v, fixture) => {
      const name = `migrate-${fixture.version}-${crypto.randomUUID()}`;
      await writeAtVersion(name, fixture);

      const db = createDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        expect(await db.table(table).count(), table).toBe(rows.length);
      }
      // The queries the panel relies on still work on migrated data.
      const session = await latestSession(db, '6f1c1f2e-8f4e-4a57-9d52-3b1f7f0f2a01');
      expect(session?.id).toBe('1e8b7c6d-5a4f-4b3e-9c2d-8f7e6d5c4b12');
      const notes = await notesOf(db, '9d2e4c1b-7a5f-4e3c-b8d1-2f6a0c9e4b11');
      expect(notes.map((n) => n.kind)).toEqual(['note', 'action', 'private']);

      // Every row has the fields the newest version relies on.
      for (const m of await db.members.toArray()) {
        expect(Array.isArray(m.callUrls), m.id).toBe(true);
        expect(m.lastMetAt, m.id).toBe((await latestSession(db, m.id))?.startedAt);
      }
      for (const s of await db.sessions.toArray()) {
        expect(s.plannedMinutes, s.id).toBeGreaterThan(0);
        expect(Array.isArray(s.askedPromptIds), s.id).toBe(true);
      }
      for (const a of await db.agendaItems.toArray()) {
        expect(['me', 'member'], a.id).toContain(a.owner);
        expect(typeof a.order, a.id).toBe('number');
      }
      for (const n of await db.notes.toArray()) {
        expect(n.memberId, n.id).toBe('6f1c1f2e-8f4e-4a57-9d52-3b1f7f0f2a01');
        if (n.kind === 'action') expect(n.action?.owner, n.id).toMatch(/^(me|member)$/);
      }
      const actions = await db.notes
        .where('[memberId+kind]')
        .equals(['6f1c1f2e-8f4e-4a57-9d52-3b1f7f0f2a01', 'action'])
        .count();
      expect(actions).toBe(1);
      // The notes carry no index; the terms list every note under the words of its text.
      const notesNow = await db.notes.toArray();
      for (const n of notesNow) expect(n, n.id).not.toHaveProperty('words');
      expect(await storedTerms(db)).toEqual(expectedTerms(notesNow));
      // Search finds old notes through the newest index (every fixture alike).
      expect(texts((await searchNotes(db, '資料')).hits)).toEqual(['最近は資料作成に時間がかかっている']);
      db.close();
    },
  );
});
