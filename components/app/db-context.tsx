import { createContext, useContext } from 'react';
import type { AizuchiDB } from '@/storage/db';

/** The database the panel reads and writes; tests provide a fresh one. */
export const DbContext = createContext<AizuchiDB | null>(null);

export function useDb(): AizuchiDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbContext');
  return db;
}
