import { indexKey } from '@/lib/search/index-words';
import { matchText } from '@/lib/search/match';
import { parseQuery } from '@/lib/search/query';
import type { AizuchiDB } from './db';
import type { Member, Note, Session } from './types';

export interface SearchHit {
  note: Note;
  member: Member;
  session: Session | undefined;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Every note that matched, also those past the limit. */
  total: number;
}

/**
 * Notes of every member (deleted members left out) holding every word of the query;
 * whole-phrase hits first, then newest first.
 *
 * The `*words` index (lib/search/index-words) gives the notes with an indexed word starting
 * with the query's longest word; the other words and the matcher confirm each. The work grows
 * with the number of notes holding that word, not with the number of notes.
 */
export async function searchNotes(
  db: AizuchiDB,
  input: string,
  limit = 50,
  locale?: string,
): Promise<SearchResult> {
  const query = parseQuery(input, locale);
  if (query.words.length === 0) return { hits: [], total: 0 };
  const found: { note: Note; score: number }[] = [];
  for (const note of await candidates(db, query.words)) {
    const score = matchText(note.text, query);
    if (score !== null) found.push({ note, score });
  }
  // The members table is small (a manager's reports): one getAll() beats a get per member.
  const members = new Map<string, Member>();
  for (const m of await db.members.toArray()) if (m.deletedAt === undefined) members.set(m.id, m);
  const kept = found
    .filter((f) => members.has(f.note.memberId))
    .sort((a, b) => b.score - a.score || b.note.createdAt - a.note.createdAt);
  const top = kept.slice(0, limit);
  const sessions = await db.sessions.bulkGet(top.map((f) => f.note.sessionId));
  return {
    hits: top.map((f, i) => ({
      note: withoutWords(f.note),
      member: members.get(f.note.memberId)!,
      session: sessions[i],
    })),
    total: kept.length,
  };
}

/** The notes that have, for every query word, an indexed word starting with it. */
async function candidates(db: AizuchiDB, words: readonly string[]): Promise<Note[]> {
  // The longest word is usually the rarest: its notes are read in one getAll() (a bulkGet by
  // id costs a round trip per note, ~0.2 ms each in Chromium); the other words are checked
  // against each note's own index words, with the same prefix rule as the index.
  const [first, ...rest] = [...new Set(words.map(indexKey))].sort((a, b) => b.length - a.length);
  if (first === undefined) return [];
  const seen = new Set<string>();
  const notes: Note[] = [];
  for (const note of await db.notes.where('words').startsWith(first).toArray()) {
    if (seen.has(note.id)) continue; // a note is listed once per index word with that start
    seen.add(note.id);
    const own = note.words ?? [];
    if (rest.every((key) => own.some((w) => w.startsWith(key)))) notes.push(note);
  }
  return notes;
}

function withoutWords(note: Note): Note {
  const plain = { ...note };
  delete plain.words;
  return plain;
}
