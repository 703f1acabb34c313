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
import { bucketWords, indexWords } from '@/lib/search/index-words';

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const texts = (hits: { note: { text: string } }[]) => hits.map((h) => h.note.text);

const dir = join(import.meta.dirname, '../fixtures/db');
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture);

/** Writes a fixture with only the schema versions that existed when it was made. */
async function writeAtVersion(name: string, fixture: Fixture) {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= fixture.version))
    old.version(v.version).stores(v.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
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
    // Search words are filled from each note's text, so old notes are found by the index.
    const notes = await db.notes.toArray();
    for (const n of notes) expect(n.words, n.id).toEqual(bucketWords(indexWords(n.text), n.createdAt));
    const found = await searchNotes(db, '資料');
    expect(found.hits.map((h) => h.note.text)).toEqual(['最近は資料作成に時間がかかっている']);
    expect((await searchNotes(db, '共有')).total).toBe(1);
    db.close();
  });

  it('v2 → v3 files the stored words under the time bucket of each note, and search finds them', async () => {
    const v2 = fixtures.find((f) => f.version === 2)!;
    // As v2 stored them: the words of the text; one note (the moment) left without words.
    const notes = v2.tables.notes!.map((n) =>
      n.kind === 'moment' ? n : { ...n, words: indexWords(n.text as string) },
    );
    // A stored word the text no longer yields proves the upgrade reuses what v2 stored.
    notes[0] = { ...notes[0]!, words: [...(notes[0]!.words as string[]), 'v2stored'] };
    const name = `migrate-v2-words-${crypto.randomUUID()}`;
    await writeAtVersion(name, { ...v2, tables: { ...v2.tables, notes } });
    const db = createDb(name);
    const byId = new Map((await db.notes.toArray()).map((n) => [n.id, n]));
    for (const n of notes) {
      const stored = Array.isArray(n.words) ? (n.words as string[]) : indexWords(n.text as string);
      expect(byId.get(n.id as string)?.words, n.id as string).toEqual(
        bucketWords(stored, n.createdAt as number),
      );
    }
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
      // Search finds old notes through the newest index (v1, v2 and v3 fixtures alike).
      expect(texts((await searchNotes(db, '資料')).hits)).toEqual(['最近は資料作成に時間がかかっている']);
      db.close();
    },
  );
});
