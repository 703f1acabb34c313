import type { BackupTables, TableName } from './tables';

export const BACKUP_APP = 'aizuchi';
/** Version of the file's frame (app, counts, tables…); the rows follow `schemaVersion`. */
export const BACKUP_FORMAT = 1;
/**
 * Longest backup text accepted, in UTF-16 code units; refused before JSON.parse. About
 * 150k notes of ordinary length fit; parsing a file this size takes ~100 MB of memory.
 */
export const MAX_BACKUP_CHARS = 40 * 1024 * 1024;
/**
 * A file larger than this many bytes is certainly over MAX_BACKUP_CHARS (UTF-8 needs at
 * most 3 bytes per UTF-16 code unit): the UI can refuse it from `File.size`, unread.
 */
export const MAX_BACKUP_BYTES = 3 * MAX_BACKUP_CHARS;
/** A backup nests 4 levels (file → tables → rows → row); setting values may add a few. */
export const MAX_BACKUP_DEPTH = 16;

export interface Backup {
  app: typeof BACKUP_APP;
  format: typeof BACKUP_FORMAT;
  /** The database schema version the rows follow (storage/schema.ts). */
  schemaVersion: number;
  exportedAt: number;
  counts: Record<TableName, number>;
  tables: BackupTables;
}

/** What the restore dialog shows before the manager confirms. */
export interface BackupSummary {
  members: number;
  sessions: number;
  agendaItems: number;
  notes: number;
}

export function summarize(backup: Backup): BackupSummary {
  const { members, sessions, agendaItems, notes } = backup.tables;
  return {
    members: members.length,
    sessions: sessions.length,
    agendaItems: agendaItems.length,
    notes: notes.length,
  };
}
