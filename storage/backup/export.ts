import type { AizuchiDB } from '../db';
import { LATEST_VERSION } from '../schema';
import { BACKUP_APP, BACKUP_FORMAT, type Backup } from './format';
import { BACKUP_TABLES, rowsOf, type BackupTables, type PlainRow, type TableName } from './tables';

type Row = Record<string, unknown>;

/**
 * Reads every backed-up table in one read transaction (a consistent snapshot), rows in
 * key order. It never validates: export must work even on data a restore would refuse,
 * so that nothing is ever trapped. Run `checkBackup` on the result to warn about that.
 */
export async function exportBackup(db: AizuchiDB, now = Date.now()): Promise<Backup> {
  const stores = BACKUP_TABLES.map((t) => db.table<Row, string>(t.name));
  const read = await db.transaction('r', stores, () =>
    Promise.all(
      BACKUP_TABLES.map(async (t) => sortByKey(await db.table<Row, string>(t.name).toArray(), t.key)),
    ),
  );
  const tables = Object.fromEntries(BACKUP_TABLES.map((t, i) => [t.name, read[i] ?? []]));
  return {
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    schemaVersion: LATEST_VERSION,
    exportedAt: now,
    counts: Object.fromEntries(BACKUP_TABLES.map((t, i) => [t.name, read[i]?.length ?? 0])) as Record<
      TableName,
      number
    >,
    // The rows are what Dexie stored under these tables' types.
    tables: tables as unknown as BackupTables,
  };
}

/** Code-unit order, like IndexedDB's key order; never locale-dependent. */
function sortByKey(rows: Row[], key: string): Row[] {
  return rows.sort((a, b) => {
    const x = String(a[key]);
    const y = String(b[key]);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * The backup as file text. Deterministic: rows in key order, one row per line with its
 * key first and other fields in alphabetical order, so the same data always gives the
 * same bytes (whatever order fields were written in) and files diff line by line.
 */
export function backupToJson(backup: Backup): string {
  const key = (name: TableName) => BACKUP_TABLES.find((t) => t.name === name)?.key ?? 'id';
  const names = BACKUP_TABLES.map((t) => t.name).filter((n) => n in backup.tables);
  const table = (name: TableName) => {
    const rows = rowsOf(backup.tables, name);
    if (rows.length === 0) return `    ${JSON.stringify(name)}: []`;
    const lines = rows.map((row) => `      ${JSON.stringify(canonicalRow(row, key(name)))}`);
    return `    ${JSON.stringify(name)}: [\n${lines.join(',\n')}\n    ]`;
  };
  const counts = Object.fromEntries(names.map((n) => [n, backup.counts[n]]));
  return [
    '{',
    `  "app": ${JSON.stringify(backup.app)},`,
    `  "format": ${backup.format},`,
    `  "schemaVersion": ${backup.schemaVersion},`,
    `  "exportedAt": ${backup.exportedAt},`,
    `  "counts": ${JSON.stringify(counts)},`,
    '  "tables": {',
    names.map(table).join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

function canonicalRow(row: PlainRow, key: string): Row {
  const out: Row = { [key]: row[key] };
  for (const field of Object.keys(row).sort()) {
    if (field !== key && row[field] !== undefined) out[field] = row[field];
  }
  return out;
}
