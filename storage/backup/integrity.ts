import { BACKUP_TABLES, rowsOf, type BackupTables, type TableName } from './tables';

export interface IntegrityProblem {
  problem: 'duplicate-id' | 'dangling-reference';
  detail: string;
}

/**
 * Checks keys are unique per table and every reference names a row of the same file.
 * References must resolve inside the file, not in the database: a backup is always a
 * whole database, and a file that is consistent on its own stays consistent whatever
 * it is merged into.
 */
export function checkIntegrity(tables: BackupTables): IntegrityProblem | null {
  const keys = new Map<TableName, Set<unknown>>();
  for (const def of BACKUP_TABLES) {
    const rows = rowsOf(tables, def.name);
    const seen = new Set<unknown>();
    for (let i = 0; i < rows.length; i++) {
      const key = rows[i]?.[def.key];
      if (seen.has(key)) {
        return { problem: 'duplicate-id', detail: `${def.name}[${i}].${def.key} = ${String(key)}` };
      }
      seen.add(key);
    }
    keys.set(def.name, seen);
  }
  for (const def of BACKUP_TABLES) {
    const rows = rowsOf(tables, def.name);
    for (const ref of def.refs) {
      const targets = keys.get(ref.to);
      for (let i = 0; i < rows.length; i++) {
        const value = rows[i]?.[ref.field];
        if (value !== undefined && !targets?.has(value)) {
          return {
            problem: 'dangling-reference',
            detail: `${def.name}[${i}].${ref.field} = ${JSON.stringify(value)} is not in ${ref.to}`,
          };
        }
      }
    }
  }
  return null;
}
