import { Dexie, RangeSet, type IndexableType, type Table } from 'dexie';
import type { AizuchiDB } from '../db';
import { syncLastMet } from '../members';
import { TermWrites, termsOf } from '../terms';
import type { Note } from '../types';
import type { Backup } from './format';
import { sameRow } from './same-row';
import { BACKUP_TABLES, rowsOf, type PlainRow, type TableDef, type TableName } from './tables';

/** merge: upsert by id (a row with the same id is overwritten by the file's version); replace: clear, then add. */
export type RestoreMode = 'merge' | 'replace';

export interface RestoreProgress {
  table: TableName;
  /** Rows of the file done so far (written, or found already stored as they are). */
  written: number;
  total: number;
}

/** Rows compared and written per step; progress is reported after each. */
const CHUNK = 2_000;

type Row = PlainRow;
type Key = string;

/**
 * Writes a backup (from parseBackup) in ONE read-write transaction over every backed-up
 * table: if anything fails, IndexedDB rolls everything back and the database is as before.
 * Only what changes is written: a row already stored exactly as the file has it is left
 * alone (each IndexedDB write costs far more than a read), and in `replace` mode rows the
 * file lacks are deleted, which leaves the same tables as a clear followed by adding the file.
 * `onProgress` is called synchronously inside the transaction: it must not await anything.
 * Resolves with the rows of the file per table.
 */
export async function restoreBackup(
  db: AizuchiDB,
  backup: Backup,
  mode: RestoreMode,
  onProgress?: (progress: RestoreProgress) => void,
  /** Rows per step; tests make it small to cross chunk boundaries with little data. */
  chunkSize = CHUNK,
): Promise<Record<TableName, number>> {
  const stores = [...BACKUP_TABLES.map((t) => db.table<Row, Key>(t.name)), db.terms];
  const total = BACKUP_TABLES.reduce((sum, t) => sum + backup.tables[t.name].length, 0);
  // Sorted outside the transaction: pure CPU on rows the transaction then walks in key order.
  const sorted = BACKUP_TABLES.map((t) => sortByKey(rowsOf(backup.tables, t.name), t.key));
  return db.transaction('rw', stores, async () => {
    markAllChanged(db);
    const counts: Partial<Record<TableName, number>> = {};
    let done = 0;
    // The search index of every note written or deleted, each `terms` row written once at the end.
    const terms = new TermWrites();
    for (const [i, t] of BACKUP_TABLES.entries()) {
      const rows = sorted[i] ?? [];
      const changes = t.name === 'notes' ? terms : undefined;
      await restoreTable(db.table<Row, Key>(t.name), t, rows, mode, chunkSize, changes, (n) => {
        done += n;
        onProgress?.({ table: t.name, written: done, total });
      });
      counts[t.name] = rows.length;
    }
    await terms.write(db);
    // When members were last met follows from the sessions now stored, not from the file.
    await syncLastMet(db);
    return counts as Record<TableName, number>;
  });
}

/**
 * One table, chunk by chunk in key order: each chunk reads the stored rows of its key
 * range, writes the file's rows that differ from them and (replace) deletes the others.
 * The ranges of consecutive chunks meet, so replace covers every stored key. The next
 * chunk's read is queued before this chunk is compared, and writes are not awaited one
 * by one, so the database works while the page compares and segments notes for search.
 */
async function restoreTable(
  store: Table<Row, Key>,
  def: TableDef,
  rows: readonly Row[],
  mode: RestoreMode,
  size: number,
  /** Where a notes table's index changes go. */
  terms: TermWrites | undefined,
  onChunk: (rows: number) => void,
): Promise<void> {
  const chunks = Math.max(Math.ceil(rows.length / size), mode === 'replace' ? 1 : 0);
  const range = (c: number): [IndexableType, IndexableType] => [
    c === 0 ? Dexie.minKey : (rows[c * size - 1]?.[def.key] as Key),
    // The last chunk reaches to the end of the key space: nothing stored escapes replace.
    c === chunks - 1 ? Dexie.maxKey : (rows[(c + 1) * size - 1]?.[def.key] as Key),
  ];
  const read = (c: number) => {
    const [lower, upper] = range(c);
    return store
      .where(':id')
      .between(lower, upper, c === 0, true)
      .toArray();
  };
  const writes: Promise<unknown>[] = [];
  // Awaited together below; marked handled now so an early failure is not reported as unhandled.
  const write = (p: Promise<unknown>) => {
    p.catch(() => undefined);
    writes.push(p);
  };
  let next = chunks > 0 ? read(0) : undefined;
  for (let c = 0; next !== undefined; c++) {
    const stored = await next;
    next = c + 1 < chunks ? read(c + 1) : undefined;
    const byKey = new Map(stored.map((row) => [row[def.key] as Key, row]));
    const chunk = rows.slice(c * size, (c + 1) * size);
    const changed = chunk.filter((row) => {
      const old = byKey.get(row[def.key] as Key);
      byKey.delete(row[def.key] as Key);
      if (old !== undefined && sameRow(old, row)) return false;
      terms?.add({ before: old && termsOf(old as unknown as Note), after: termsOf(row as unknown as Note) });
      return true;
    });
    if (mode === 'replace' && byKey.size > 0) {
      for (const old of byKey.values()) terms?.add({ before: termsOf(old as unknown as Note) });
      write(store.bulkDelete([...byKey.keys()]));
    }
    if (changed.length > 0) write(putAll(def.name, changed));
    if (chunk.length > 0) onChunk(chunk.length);
  }
  await Promise.all(writes);
}

/**
 * Puts rows through the running transaction's own IndexedDB store, not Dexie's bulkPut:
 * measured in Chromium, bulkPut of notes takes ~1.6× the time of the same native puts, and
 * a restore writes up to every row. Dexie does not see these writes, so `restoreBackup`
 * marks the tables changed on the transaction itself (`markAllChanged`).
 * A failed put fails the transaction, which rolls everything back.
 */
function putAll(table: TableName, rows: readonly Row[]): Promise<void> {
  const tx = Dexie.currentTransaction;
  const store = tx.idbtrans.objectStore(table);
  let last: IDBRequest | undefined;
  for (const row of rows) last = store.put(row);
  return new Dexie.Promise<void>((resolve, reject) => {
    if (!last) return resolve();
    const request = last;
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`restore: writing ${table} failed`));
  });
}

/**
 * Marks every backed-up table and the search index (rows, deletions, each index) as changed
 * anywhere, on the transaction itself: on commit Dexie then drops its cached query results,
 * re-runs this page's live queries and tells other pages and the background, as it does after
 * its own large bulk writes. `Dexie.on('storagemutated').fire` alone reaches only the other pages.
 * `mutatedParts` is where Dexie's observability middleware collects a transaction's
 * changes (dexie 4); tests/storage/backup.test.ts checks a live query sees a restore.
 */
function markAllChanged(db: AizuchiDB): void {
  const idbtrans = Dexie.currentTransaction.idbtrans as IDBTransaction & {
    mutatedParts?: Record<string, RangeSet>;
  };
  const parts: Record<string, RangeSet> = { ...idbtrans.mutatedParts };
  for (const name of [...BACKUP_TABLES.map((t) => t.name), 'terms']) {
    const prefix = `idb://${db.name}/${name}/`;
    const indexes = db.table(name).schema.indexes.map((i) => i.name);
    for (const part of ['', ':dels', ...indexes]) {
      parts[`${prefix}${part}`] = new RangeSet(Dexie.minKey, Dexie.maxKey);
    }
  }
  idbtrans.mutatedParts = parts;
}

/** Code-unit order, the order of IndexedDB's string keys; never locale-dependent. */
function sortByKey(rows: readonly Row[], key: string): Row[] {
  return [...rows].sort((a, b) => {
    const x = String(a[key]);
    const y = String(b[key]);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
