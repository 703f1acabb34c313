import { indexWords } from '@/lib/search/index-words';
import type { AizuchiDB } from '../db';
import type { Backup } from './format';
import { BACKUP_TABLES, rowsOf, type PlainRow, type TableName } from './tables';

/** merge: upsert by id (a row with the same id is overwritten by the file's version); replace: clear, then add. */
export type RestoreMode = 'merge' | 'replace';

export interface RestoreProgress {
  table: TableName;
  written: number;
  total: number;
}

/** Rows written per bulk operation; progress is reported after each. */
const CHUNK = 2_000;

type Row = PlainRow;

/**
 * Writes a backup (from parseBackup) in ONE read-write transaction over every backed-up
 * table: if anything fails, IndexedDB rolls everything back and the database is as before.
 * `onProgress` is called synchronously inside the transaction: it must not await anything.
 * Resolves with the rows written per table.
 */
export async function restoreBackup(
  db: AizuchiDB,
  backup: Backup,
  mode: RestoreMode,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<Record<TableName, number>> {
  const stores = BACKUP_TABLES.map((t) => db.table<Row, string>(t.name));
  const total = BACKUP_TABLES.reduce((sum, t) => sum + backup.tables[t.name].length, 0);
  return db.transaction('rw', stores, async () => {
    if (mode === 'replace') {
      for (const store of stores) await store.clear();
    }
    const counts: Partial<Record<TableName, number>> = {};
    let written = 0;
    for (const t of BACKUP_TABLES) {
      const store = db.table<Row, string>(t.name);
      const rows = rowsOf(backup.tables, t.name);
      for (let i = 0; i < rows.length; i += CHUNK) {
        let chunk = rows.slice(i, i + CHUNK);
        // Search words are derived: recomputed from the text, never taken from the file.
        if (t.name === 'notes') chunk = chunk.map(withIndexWords);
        // bulkAdd after a clear: a duplicate key would be a bug, and must fail loudly.
        await (mode === 'replace' ? store.bulkAdd(chunk) : store.bulkPut(chunk));
        written += chunk.length;
        onProgress?.({ table: t.name, written, total });
      }
      counts[t.name] = rows.length;
    }
    return counts as Record<TableName, number>;
  });
}

function withIndexWords(row: Row): Row {
  return { ...row, words: indexWords(typeof row.text === 'string' ? row.text : '') };
}
