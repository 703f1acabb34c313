/** Full JSON backup and restore: validated before the database is touched, applied atomically. */
export { exportBackup, backupToJson } from './export';
export { parseBackup, checkBackup, type ParseOptions, type ParseResult, type ParseFailure } from './parse';
export { restoreBackup, type RestoreMode, type RestoreProgress } from './restore';
export { describeProblem, PROBLEM_CODES, type ProblemCode } from './problems';
export {
  MAX_BACKUP_BYTES,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_DEPTH,
  type Backup,
  type BackupSummary,
} from './format';
export { BACKUP_TABLES, type BackupTables, type TableName } from './tables';
