import { createDb, type AizuchiDB } from '@/storage/db';
import { termRowsOf, type Indexed } from '@/storage/terms';

/** A new, empty database with its own name, so tests never share state. */
export function freshDb(): AizuchiDB {
  return createDb(`test-${crypto.randomUUID()}`);
}

/** `terms` rows compared as a map, each row's entries sorted: their order within a row is not kept. */
const sortedRows = (rows: Map<string, string[]>) =>
  new Map([...rows].map(([key, e]) => [key, [...e].sort()]));

/** The stored `terms` table (keys and entries), as `expectedTerms` gives it. */
export async function storedTerms(db: AizuchiDB): Promise<Map<string, string[]>> {
  const [keys, rows] = await db.transaction('r', db.terms, () =>
    Promise.all([db.terms.toCollection().primaryKeys(), db.terms.toArray()]),
  );
  return sortedRows(new Map(keys.map((key, i) => [key, rows[i]!])));
}

/** The `terms` rows of `notes` as `applyTermChanges` would leave them (their text segmented now). */
export const expectedTerms = (notes: readonly Indexed[]) => sortedRows(termRowsOf(notes));
