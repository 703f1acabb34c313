import { matchText } from '@/lib/search/match';
import { parseQuery } from '@/lib/search/query';
import type { AizuchiDB } from './db';
import type { Member, Note, Session } from './types';

const SCAN_PAGE = 2_000;

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
 */
export async function searchNotes(
  db: AizuchiDB,
  input: string,
  limit = 50,
  locale?: string,
): Promise<SearchResult> {
  // TODO(2026-11-27): a scan reads every note; an incremental word index replaces it with the
  // performance issue, before the notes outgrow what a scan does in a frame.
  const query = parseQuery(input, locale);
  if (query.words.length === 0) return { hits: [], total: 0 };
  const found: { note: Note; score: number }[] = [];
  // Pages by primary key: each page is one getAll() (a cursor costs a round trip per
  // note: ~600 ms for 10k notes in Chromium), and memory stays bounded by the page.
  for (let after: string | undefined; ;) {
    const page = await (after === undefined ? db.notes.orderBy(':id') : db.notes.where(':id').above(after))
      .limit(SCAN_PAGE)
      .toArray();
    for (const note of page) {
      const score = matchText(note.text, query);
      if (score !== null) found.push({ note, score });
    }
    if (page.length < SCAN_PAGE) break;
    after = page[page.length - 1]!.id;
  }
  const memberIds = [...new Set(found.map((f) => f.note.memberId))];
  const members = new Map<string, Member>();
  for (const m of await db.members.bulkGet(memberIds))
    if (m && m.deletedAt === undefined) members.set(m.id, m);
  const kept = found
    .filter((f) => members.has(f.note.memberId))
    .sort((a, b) => b.score - a.score || b.note.createdAt - a.note.createdAt);
  const top = kept.slice(0, limit);
  const sessions = await db.sessions.bulkGet(top.map((f) => f.note.sessionId));
  return {
    hits: top.map((f, i) => ({ note: f.note, member: members.get(f.note.memberId)!, session: sessions[i] })),
    total: kept.length,
  };
}
