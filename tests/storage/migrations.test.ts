import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/storage/db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/storage/schema';
import { latestSession } from '@/storage/sessions';
import { notesOf } from '@/storage/notes';

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const dir = join(import.meta.dirname, '../fixtures/db');
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture);

/** Writes a fixture with only the schema versions that existed when it was made. */
async function writeAtVersion(name: string, fixture: Fixture) {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= fixture.version)) old.version(v.version).stores(v.stores);
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

  it.each(fixtures.map((f) => [f.version, f] as const))('opens a v%i database with the current schema', async (_v, fixture) => {
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
    db.close();
  });
});
