import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupToJson,
  describeProblem,
  exportBackup,
  MAX_BACKUP_CHARS,
  parseBackup,
  PROBLEM_CODES,
  restoreBackup,
  type ParseResult,
  type ProblemCode,
} from '@/storage/backup';
import type { AizuchiDB } from '@/storage/db';
import { addMember } from '@/storage/members';
import { captureNote } from '@/storage/notes';
import { freshDb } from '../helpers/db';

/** After every stamp in the fixtures (January 2026), before 2030. */
const NOW = Date.UTC(2026, 5, 1);
const dir = join(import.meta.dirname, '../fixtures/backup');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
/** Hostile fixtures are named `<expected problem>--<what is wrong>.json`. */
const hostile = readdirSync(dir)
  .filter((f) => f.includes('--'))
  .sort();

let db: AizuchiDB;
let before: string;

beforeEach(async () => {
  db = freshDb();
  const member = await addMember(db, '既存のメンバー', NOW - 86_400_000);
  await captureNote(db, member.id, 'note', '消えてはいけないメモ', NOW - 60_000);
  before = backupToJson(await exportBackup(db, NOW));
});

/** What the restore dialog does: parse, and only when the file is good, restore. */
async function tryRestore(text: string): Promise<ParseResult> {
  const result = parseBackup(text, { now: NOW });
  if (result.ok) await restoreBackup(db, result.backup, 'replace');
  return result;
}

async function expectRefused(text: string, problem: ProblemCode): Promise<void> {
  const result = await tryRestore(text);
  expect(result.ok ? 'accepted' : result.problem).toBe(problem);
  if (!result.ok) expect(describeProblem(result.problem, result.detail)).toMatch(/^[A-Z].{10,}/);
  expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
}

describe('T04 restore rejects hostile files with a clear message each, changing nothing', () => {
  it('has at least 20 hostile fixtures, covering every problem code the fixtures can show', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(20);
    const codes = new Set(hostile.map((f) => f.split('--')[0]));
    for (const code of codes) expect(PROBLEM_CODES).toContain(code);
    for (const code of PROBLEM_CODES.filter((c) => c !== 'too-large')) expect(codes).toContain(code);
  });

  it('the unmutated fixture every hostile file derives from is accepted', () => {
    expect(parseBackup(read('valid.json'), { now: NOW })).toMatchObject({
      ok: true,
      summary: { members: 2, sessions: 2, agendaItems: 2, notes: 4 },
    });
  });

  it.each(hostile)('T04 %s', async (file) => {
    await expectRefused(read(file), file.split('--')[0] as ProblemCode);
  });

  it('T04 a 50 MB string is refused as too large without being parsed', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"app":"aizuchi","tables":{"notes":[{"text":"${'あ'.repeat(50 * 1024 * 1024)}"}]}}`;
    await expectRefused(huge, 'too-large');
    expect(parse).not.toHaveBeenCalled();
  });

  it('T04 just over the limit is too large, the limit itself is read', () => {
    const at = (n: number) => `"${'a'.repeat(n - 2)}"`;
    expect(parseBackup(at(MAX_BACKUP_CHARS + 1))).toMatchObject({ problem: 'too-large' });
    expect(parseBackup(at(MAX_BACKUP_CHARS))).toMatchObject({ problem: 'not-aizuchi' });
  });

  it.each([
    ['arrays', '['.repeat(1_000_000) + ']'.repeat(1_000_000)],
    ['objects', '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000)],
    ['unclosed', '['.repeat(5_000_000)],
  ])('T04 deep nesting (%s) is refused before parsing, without a stack overflow', async (_kind, text) => {
    const parse = vi.spyOn(JSON, 'parse');
    await expectRefused(text, 'too-deep');
    expect(parse).not.toHaveBeenCalled();
  });

  it('T04 brackets and quotes inside strings do not count as nesting', () => {
    const valid = JSON.parse(read('valid.json')) as { tables: { notes: { text: string }[] } };
    valid.tables.notes[0]!.text = `${'[{'.repeat(5_000)} \\" \\\\" ${'"'.repeat(20)}`;
    expect(parseBackup(JSON.stringify(valid), { now: NOW })).toMatchObject({ ok: true });
  });

  it('T04 a 1 MB note inside a file under the limit is an invalid row, named by its path', async () => {
    const valid = JSON.parse(read('valid.json')) as { tables: { notes: { text: string }[] } };
    valid.tables.notes[2]!.text = 'x'.repeat(1024 * 1024);
    const result = await tryRestore(JSON.stringify(valid));
    expect(result).toMatchObject({ ok: false, problem: 'invalid-row' });
    expect(result.ok || result.detail).toMatch(/^tables\.notes\[2\]\.text: /);
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
  });

  it('a parsed __proto__ key never reaches the prototype of anything', async () => {
    await expectRefused(read('forbidden-key--proto-in-row.json'), 'forbidden-key');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file saved again by an editor with a BOM is still read', () => {
    expect(parseBackup(`\uFEFF${read('valid.json')}`, { now: NOW })).toMatchObject({ ok: true });
  });

  it('describes every problem in English, with the detail', () => {
    for (const code of PROBLEM_CODES) expect(describeProblem(code)).toMatch(/^[A-Z]/);
    expect(describeProblem('duplicate-id', 'notes[3].id')).toMatch(/same id \(notes\[3\]\.id\)$/);
  });
});
