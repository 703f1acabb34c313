/**
 * Why a backup file was refused. The codes are stable: the UI translates them, logs and
 * tests read the English text of `describeProblem`.
 */
export type ProblemCode =
  /** Larger than the size limit; refused before parsing. */
  | 'too-large'
  /** Arrays/objects nested deeper than any backup needs; refused before parsing. */
  | 'too-deep'
  /** Not JSON at all (or cut short). */
  | 'not-json'
  /** A `__proto__`, `constructor` or `prototype` key anywhere. */
  | 'forbidden-key'
  /** JSON, but not an Aizuchi backup. */
  | 'not-aizuchi'
  /** Written by a newer Aizuchi (newer schema version or backup format). */
  | 'newer-version'
  /** A version this build cannot read (malformed, or too old). */
  | 'unsupported-version'
  /** The frame of the file (counts, tables…) is missing parts, has extra parts or wrong types. */
  | 'invalid-file'
  /** The counts recorded in the file do not match its rows. */
  | 'count-mismatch'
  /** A row has a missing, extra or wrongly typed field, or text that is too long. */
  | 'invalid-row'
  /** A time stamp before 2000 or in the future. */
  | 'date-out-of-range'
  /** Two rows of one table share an id. */
  | 'duplicate-id'
  /** A row refers to a member or session the file does not contain. */
  | 'dangling-reference';

export const PROBLEM_CODES: readonly ProblemCode[] = [
  'too-large',
  'too-deep',
  'not-json',
  'forbidden-key',
  'not-aizuchi',
  'newer-version',
  'unsupported-version',
  'invalid-file',
  'count-mismatch',
  'invalid-row',
  'date-out-of-range',
  'duplicate-id',
  'dangling-reference',
];

const MESSAGES: Record<ProblemCode, string> = {
  'too-large': 'The file is too large to be a backup',
  'too-deep': 'The file is nested too deeply to be a backup',
  'not-json': 'The file is not valid JSON (it may be damaged or cut short)',
  'forbidden-key': 'The file contains a forbidden key',
  'not-aizuchi': 'The file is not an Aizuchi backup',
  'newer-version': 'The backup was made by a newer version of Aizuchi; update the extension first',
  'unsupported-version': 'The backup has a version this Aizuchi cannot read',
  'invalid-file': 'The backup file is malformed',
  'count-mismatch': 'The backup is incomplete: its counts do not match its contents',
  'invalid-row': 'The backup contains an invalid record',
  'date-out-of-range': 'The backup contains a date before 2000 or in the future',
  'duplicate-id': 'The backup contains two records with the same id',
  'dangling-reference': 'The backup contains a record that refers to a missing member or session',
};

/** English text for logs and tests; the UI shows its own translation of the code. */
export function describeProblem(code: ProblemCode, detail?: string): string {
  return detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code];
}
