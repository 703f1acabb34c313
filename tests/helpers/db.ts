import { createDb, type AizuchiDB } from '@/storage/db';

/** A new, empty database with its own name, so tests never share state. */
export function freshDb(): AizuchiDB {
  return createDb(`test-${crypto.randomUUID()}`);
}
