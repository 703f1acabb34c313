import { Dexie, type EntityTable, type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './schema';
import type { AgendaItem, CustomPrompt, Draft, Member, Note, PromptPref, Session, Setting } from './types';

export type AizuchiDB = Dexie & {
  members: EntityTable<Member, 'id'>;
  sessions: EntityTable<Session, 'id'>;
  agendaItems: EntityTable<AgendaItem, 'id'>;
  notes: EntityTable<Note, 'id'>;
  drafts: EntityTable<Draft, 'key'>;
  customPrompts: EntityTable<CustomPrompt, 'id'>;
  promptPrefs: EntityTable<PromptPref, 'promptId'>;
  settings: EntityTable<Setting, 'key'>;
  /** The search index (schema v5, storage/terms): entries of the notes holding a word, by `<bucket>\0<word>\0<chunk>`. */
  terms: Table<string[], string>;
  /** Notes (by id) whose `terms` rows are still to be written (storage/terms `indexQueued`); the value means nothing. */
  termsQueue: Table<1, string>;
};

export const DB_NAME = 'aizuchi';

/** Opens (lazily) the database with every shipped schema version applied. */
export function createDb(name = DB_NAME): AizuchiDB {
  const db = new Dexie(name) as AizuchiDB;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
  return db;
}

let shared: AizuchiDB | undefined;

/**
 * The extension's database. Only extension pages and the background may call this:
 * in a content script it would open the call site's IndexedDB.
 */
export function getDb(): AizuchiDB {
  shared ??= createDb();
  return shared;
}
