import * as v from 'valibot';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../schema';
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_DEPTH,
  summarize,
  type Backup,
  type BackupSummary,
} from './format';
import { checkIntegrity } from './integrity';
import { findForbiddenKey, nestsDeeperThan } from './json-guard';
import type { ProblemCode } from './problems';
import { EARLIEST_STAMP, FUTURE_SLACK_MS, STAMP_OUT_OF_RANGE, stamp, type StampRange } from './fields';
import {
  BACKUP_TABLES,
  OLDEST_BACKUP_SCHEMA,
  rowSchemas,
  type BackupTables,
  type TableDef,
  type TableName,
} from './tables';

export interface ParseOptions {
  /** The present, for the "not in the future" check; pass it for determinism. */
  now?: number;
  maxChars?: number;
  maxDepth?: number;
}

export type ParseFailure = { ok: false; problem: ProblemCode; detail?: string };
export type ParseResult = { ok: true; backup: Backup; summary: BackupSummary } | ParseFailure;

const MAX_DETAIL = 200;

function fail(problem: ProblemCode, detail?: string): ParseFailure {
  if (detail === undefined) return { ok: false, problem };
  return {
    ok: false,
    problem,
    detail: detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail,
  };
}

/**
 * Reads a backup file's text. Pure and synchronous: it never touches the database, so
 * whatever it refuses changes nothing. Checks size and nesting before JSON.parse, then
 * the whole file (frame, every row, ids, references) before returning a backup.
 */
export function parseBackup(text: string, options: ParseOptions = {}): ParseResult {
  const maxChars = options.maxChars ?? MAX_BACKUP_CHARS;
  const maxDepth = options.maxDepth ?? MAX_BACKUP_DEPTH;
  if (text.length > maxChars) return fail('too-large', `${text.length} characters, limit ${maxChars}`);
  if (nestsDeeperThan(text, maxDepth)) return fail('too-deep', `more than ${maxDepth} levels`);
  let value: unknown;
  try {
    // A BOM is what some editors add when the file was opened and saved again.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail('not-json', e instanceof Error ? e.message : undefined);
  }
  return checkBackup(value, options.now);
}

/** Validates an already parsed value as a backup (also usable on a fresh export). */
export function checkBackup(value: unknown, now = Date.now()): ParseResult {
  const key = findForbiddenKey(value);
  if (key !== null) return fail('forbidden-key', key);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not-aizuchi');
  const file = value as Record<string, unknown>;
  if (file.app !== BACKUP_APP) return fail('not-aizuchi');
  const versionProblem = checkVersions(file.format, file.schemaVersion);
  if (versionProblem) return versionProblem;
  const schemaVersion = file.schemaVersion as number;

  const range: StampRange = { min: EARLIEST_STAMP, max: now + FUTURE_SLACK_MS };
  const present = BACKUP_TABLES.filter((t) => t.since <= schemaVersion);
  const frame = v.safeParse(frameSchema(present, range), value, { abortEarly: true });
  if (!frame.success) return fromIssue(frame.issues[0], 'invalid-file', '');
  const { counts, tables: rawTables } = frame.output;

  for (const t of present) {
    const rows = rawTables[t.name] ?? [];
    if (counts[t.name] !== rows.length) {
      return fail('count-mismatch', `${t.name}: counted ${counts[t.name]}, found ${rows.length}`);
    }
  }

  // A backup of an older schemaVersion (once OLDEST_BACKUP_SCHEMA lags LATEST_VERSION)
  // gets its rows upgraded here, before validation against the current row schemas.
  const schemas = rowSchemas(range);
  const tables: Partial<Record<TableName, unknown[]>> = {};
  for (const t of BACKUP_TABLES) {
    const rows = v.safeParse(v.array(schemas[t.name]), rawTables[t.name] ?? [], { abortEarly: true });
    if (!rows.success) return fromIssue(rows.issues[0], 'invalid-row', `tables.${t.name}`);
    tables[t.name] = rows.output;
  }
  const checked = tables as BackupTables;
  const integrity = checkIntegrity(checked);
  if (integrity) return fail(integrity.problem, integrity.detail);

  const backup: Backup = {
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    schemaVersion,
    exportedAt: frame.output.exportedAt,
    counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t.name, checked[t.name].length])) as Record<
      TableName,
      number
    >,
    tables: checked,
  };
  return { ok: true, backup, summary: summarize(backup) };
}

function checkVersions(format: unknown, schemaVersion: unknown): ParseFailure | null {
  if (typeof format === 'number' && Number.isInteger(format) && format > BACKUP_FORMAT) {
    return fail('newer-version', `format ${format}`);
  }
  if (format !== BACKUP_FORMAT)
    return fail('unsupported-version', `format ${JSON.stringify(format) ?? 'missing'}`);
  if (
    typeof schemaVersion === 'number' &&
    Number.isInteger(schemaVersion) &&
    schemaVersion > LATEST_VERSION
  ) {
    return fail('newer-version', `schema version ${schemaVersion}, this Aizuchi knows ${LATEST_VERSION}`);
  }
  const known = SCHEMA_VERSIONS.some((s) => s.version === schemaVersion);
  if (!known || (schemaVersion as number) < OLDEST_BACKUP_SCHEMA) {
    return fail('unsupported-version', `schema version ${JSON.stringify(schemaVersion) ?? 'missing'}`);
  }
  return null;
}

/** The file around the rows; rows themselves are checked table by table afterwards. */
function frameSchema(present: readonly TableDef[], range: StampRange) {
  const count = v.pipe(v.number(), v.integer(), v.minValue(0));
  return v.strictObject({
    app: v.literal(BACKUP_APP),
    format: v.literal(BACKUP_FORMAT),
    schemaVersion: v.number(),
    exportedAt: stamp(range),
    counts: v.strictObject(Object.fromEntries(present.map((t) => [t.name, count]))),
    tables: v.strictObject(Object.fromEntries(present.map((t) => [t.name, v.array(v.unknown())]))),
  });
}

function fromIssue(issue: v.BaseIssue<unknown>, code: ProblemCode, prefix: string): ParseFailure {
  const path = (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('');
  const where = `${prefix}${path}`.replace(/^\./, '') || 'file';
  if (issue.message === STAMP_OUT_OF_RANGE) return fail('date-out-of-range', `${where}: ${issue.received}`);
  return fail(code, `${where}: ${issue.message}`);
}
