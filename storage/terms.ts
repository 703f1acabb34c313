import { indexWords, termEntry, termKeys } from '@/lib/search/index-words';
import type { AizuchiDB } from './db';
import type { Note } from './types';

/** What a note is filed in the search index by. */
export type Indexed = Pick<Note, 'id' | 'text' | 'createdAt'>;

/** A note's place in the `terms` table: the rows (keys) that list it, and its entry there. */
export interface NoteTerms {
  keys: string[];
  entry: string;
}

/** The `terms` rows a note belongs in, and its entry there (segmenting the text: ~0.1 ms a note). */
export function termsOf(note: Indexed): NoteTerms {
  return { keys: termKeys(indexWords(note.text), note.createdAt), entry: termEntry(note) };
}

/** A note's index before and after a write: only `after` for a new note, only `before` for a deleted one. */
export interface TermChange {
  before?: NoteTerms;
  after?: NoteTerms;
}

interface RowChange {
  add: Set<string>;
  remove: Set<string>;
}

/**
 * Index changes gathered from many notes (a restore), so each `terms` row is read and written
 * once however many of its notes change: `add` each note's change, then `write`.
 */
export class TermWrites {
  private readonly rows = new Map<string, RowChange>();

  add({ before, after }: TermChange): void {
    // Rows the note stays in are not emptied of it. Every row it belongs in is still read: one an
    // older segmenter left it out of gets it now, and `write` skips rows that already list it.
    const kept = before && after && before.entry === after.entry ? new Set(after.keys) : undefined;
    // A later change of the same note overrides an earlier one in the same batch.
    if (before) {
      for (const key of before.keys) {
        if (kept?.has(key)) continue;
        const row = this.row(key);
        row.add.delete(before.entry);
        row.remove.add(before.entry);
      }
    }
    if (after) {
      for (const key of after.keys) {
        const row = this.row(key);
        row.remove.delete(after.entry);
        row.add.add(after.entry);
      }
    }
  }

  /**
   * Reads each row a change touches once, mends it and writes it back (deletes it when it lists
   * no note). Must run inside the read-write transaction that writes the notes, including
   * `db.terms`, so the index never disagrees with them.
   */
  async write(db: AizuchiDB): Promise<void> {
    if (this.rows.size === 0) return;
    const keys = [...this.rows.keys()];
    const stored = await db.terms.bulkGet(keys);
    const put: { key: string; entries: string[] }[] = [];
    const gone: string[] = [];
    keys.forEach((key, i) => {
      const { add, remove } = this.rows.get(key)!;
      const old = stored[i] ?? [];
      const entries = remove.size > 0 ? old.filter((e) => !remove.has(e)) : [...old];
      const listed = new Set(entries);
      for (const e of add) if (!listed.has(e)) entries.push(e);
      if (entries.length === old.length && remove.size === 0) return;
      if (entries.length > 0) put.push({ key, entries });
      else if (old.length > 0) gone.push(key);
    });
    this.rows.clear();
    await Promise.all([
      put.length > 0 &&
        db.terms.bulkPut(
          put.map((p) => p.entries),
          put.map((p) => p.key),
        ),
      gone.length > 0 && db.terms.bulkDelete(gone),
    ]);
  }

  private row(key: string): RowChange {
    let change = this.rows.get(key);
    if (!change) this.rows.set(key, (change = { add: new Set(), remove: new Set() }));
    return change;
  }
}

/**
 * Applies notes' index changes to the `terms` table (`TermWrites`). A note whose entry and
 * words stay (an edit of kind, an action's owner) writes nothing.
 */
export function applyTermChanges(db: AizuchiDB, changes: readonly TermChange[]): Promise<void> {
  const writes = new TermWrites();
  for (const change of changes) writes.add(change);
  return writes.write(db);
}

/**
 * Queues a note's index: a blind write of its id, for a save whose transaction must stay short
 * (the note box: Enter waits for its commit). Call inside the read-write transaction that writes
 * the note, including `db.termsQueue`; then `indexQueued` once it has committed. Until then a
 * search reads the queued notes themselves (storage/search), so nothing saved is ever missed,
 * even when the page closes in between.
 */
export function queueTerms(db: AizuchiDB, noteId: string): Promise<string> {
  return db.termsQueue.put(1, noteId);
}

/**
 * Files every queued note in `terms` by its text as stored now (a note edited or deleted since
 * it was queued is filed as it is, or not at all) and empties the queue, in one transaction.
 * Also takes up what a closed page left queued.
 */
export async function indexQueued(db: AizuchiDB): Promise<void> {
  await db.transaction('rw', [db.termsQueue, db.notes, db.terms], async () => {
    const ids = await db.termsQueue.toCollection().primaryKeys();
    if (ids.length === 0) return;
    const writes = new TermWrites();
    for (const note of await db.notes.bulkGet(ids)) if (note) writes.add({ after: termsOf(note) });
    await Promise.all([writes.write(db), db.termsQueue.bulkDelete(ids)]);
  });
}

/** How long after the last save from the box its queued notes are filed. */
const FILE_AFTER_MS = 1_000;
const filing = new WeakMap<AizuchiDB, ReturnType<typeof setTimeout>>();

/**
 * `indexQueued` a second after the last save: notes typed in a row are filed together, in one
 * transaction that never makes the next Enter wait behind it. A failure stays queued for the
 * next save, and is searched meanwhile.
 */
export function indexQueuedLater(db: AizuchiDB): void {
  clearTimeout(filing.get(db));
  filing.set(
    db,
    setTimeout(() => void indexQueued(db).catch(() => undefined), FILE_AFTER_MS),
  );
}

/**
 * The `terms` rows of notes filed all at once (seeded data, fixtures): each row's key and the
 * entries of the notes it lists, as `applyTermChanges` would have left them.
 */
export function termRowsOf(notes: readonly Indexed[]): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const note of notes) {
    const { keys, entry } = termsOf(note);
    for (const key of keys) {
      const row = rows.get(key);
      if (row) row.push(entry);
      else rows.set(key, [entry]);
    }
  }
  return rows;
}
