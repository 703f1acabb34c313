import { AFTER_LAST_BUCKET, bucketOfKey, bucketPrefix, indexKey } from '@/lib/search/index-words';
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
  /** Every note that matched when `more` is false; else those found among the newest notes walked. */
  total: number;
  /** The walk stopped at a full page: older notes were not searched ("50+ found"). */
  more: boolean;
}

/** A key's ids in one bucket past which its list is not read (the note's own words check it). */
const LONG_LIST = 400;

/** Buckets (of ~50 days) listed in the first round. */
const FIRST_ROUND = 3;

/**
 * How many buckets the next round lists: as many as the hits per bucket so far say the page
 * still needs (a quarter more, for luck), at most four times as many as were listed; four
 * times as many when nothing was found yet. Few rounds (each waits for the last), and a round
 * lists keys only: its notes are read only as far as the page needs.
 */
export function nextRound(walked: number, found: number, limit: number): number {
  if (found === 0) return walked * 4;
  const needed = Math.ceil(((limit - found) * walked * 1.25) / found);
  return Math.max(1, Math.min(walked * 4, needed));
}

/**
 * Notes of every member (deleted members left out) holding every word of the query,
 * whole-phrase hits first, then newest first.
 *
 * Index words are filed by time bucket (lib/search/index-words `bucketWords`): the search walks
 * buckets newest first, a round of buckets at a time in one read transaction. A round reads
 * the ids under each query key (keys only), then the notes of its buckets, newest bucket first,
 * only as far as the page needs; the walk stops once it has a full page of verified hits. A
 * walk that stops early has read only the newest notes, so its work follows the page, not the
 * number of notes; `total` then counts the hits found so far and `more` is set.
 *
 * Ranking: among the notes walked, whole-phrase hits come first, then the newest, as before. A
 * walk that stops early does not pull an older whole-phrase hit (past the walked buckets) ahead
 * of newer hits of the separate words; a query whose hits fit one page walks every bucket and
 * ranks exactly as before.
 */
export async function searchNotes(
  db: AizuchiDB,
  input: string,
  limit = 50,
  locale?: string,
): Promise<SearchResult> {
  const query = parseQuery(input, locale);
  if (query.words.length === 0) return { hits: [], total: 0, more: false };
  // The longest key first: usually the rarest, and the one read whole when every key is common.
  const keys = [...new Set(query.words.map(indexKey))].sort((a, b) => b.length - a.length);
  return db.transaction('r', [db.notes, db.members, db.sessions], async () => {
    // The members table is small (a manager's reports): one getAll() beats a get per member.
    const [allMembers, newest] = await Promise.all([db.members.toArray(), bucketBelow(db)]);
    const members = new Map<string, Member>();
    for (const m of allMembers) if (m.deletedAt === undefined) members.set(m.id, m);

    const found: { note: Note; score: number }[] = [];
    const keep = (note: Note, { prefix, unchecked }: Candidates) => {
      if (!members.has(note.memberId)) return;
      // Keys whose index list was too long to read are checked on the note's own words.
      const own = note.words ?? [];
      if (!unchecked.every((key) => own.some((w) => w.startsWith(prefix + key)))) return;
      const score = matchText(note.text, query);
      if (score !== null) found.push({ note, score });
    };
    let more = false;
    // Walk from the newest bucket down; each round also asks where the next non-empty bucket is,
    // so a gap of months (or a note stamped by a wrong clock) costs one read, not one per bucket.
    walk: for (let next = newest, walked = 0, round = FIRST_ROUND; next !== undefined;) {
      const buckets: number[] = [];
      for (let b = next; buckets.length < round && b >= 0; b--) buckets.push(b);
      walked += buckets.length;
      // Keys only for the whole round; rows only for as many buckets as the page needs.
      const [lists, below] = await Promise.all([
        Promise.all(buckets.map((b) => candidatesOf(db, b, keys))),
        bucketBelow(db, buckets[buckets.length - 1] ?? 0),
      ]);
      for (let i = 0; i < lists.length;) {
        let j = i;
        for (let wanted = limit - found.length; j < lists.length && wanted > 0; j++)
          wanted -= lists[j]!.ids.length;
        const rows = await Promise.all(
          lists
            .slice(i, j)
            .map(async (list) =>
              list.ids.length === 0 ? [] : (await db.notes.bulkGet(list.ids)).map((note) => ({ note, list })),
            ),
        );
        for (const { note, list } of rows.flat()) if (note) keep(note, list);
        i = j;
        if (found.length >= limit) {
          // Buckets of this round left unread count only if they list a candidate.
          more = lists.slice(i).some((l) => l.ids.length > 0) || below !== undefined;
          break walk;
        }
      }
      next = below;
      round = nextRound(walked, found.length, limit);
    }
    const top = found
      .sort((a, b) => b.score - a.score || b.note.createdAt - a.note.createdAt)
      .slice(0, limit);
    const sessions = await db.sessions.bulkGet(top.map((f) => f.note.sessionId));
    return {
      hits: top.map((f, i) => ({
        note: withoutWords(f.note),
        member: members.get(f.note.memberId)!,
        session: sessions[i],
      })),
      total: found.length,
      more,
    };
  });
}

/**
 * The newest bucket holding an index word, below `bucket` if given (one key read from the end
 * of a range); undefined when there is none, or the key there is not a bucketed word.
 */
async function bucketBelow(db: AizuchiDB, bucket?: number): Promise<number | undefined> {
  const bound = bucket === undefined ? AFTER_LAST_BUCKET : bucketPrefix(bucket);
  const [key] = await db.notes.where('words').below(bound).reverse().limit(1).keys();
  const found = typeof key === 'string' ? bucketOfKey(key) : Number.NaN;
  return Number.isInteger(found) && (bucket === undefined || found < bucket) ? found : undefined;
}

interface Candidates {
  /** The bucket's start of every index word. */
  prefix: string;
  ids: string[];
  /** Query keys the ids were not narrowed by. */
  unchecked: string[];
}

/**
 * The notes of one bucket that may have, for every key, an index word starting with it (the
 * prefix rule of lib/search/index-words): the ids listed under every key (keys only, cheap),
 * each once. A key listing more than `LONG_LIST` notes of the bucket is not read to the end:
 * it is `unchecked`, left to the note's own words; when every key is that common, the longest
 * key's list is read whole.
 */
async function candidatesOf(db: AizuchiDB, bucket: number, keys: readonly string[]): Promise<Candidates> {
  const prefix = bucketPrefix(bucket);
  const byKey = (key: string) => db.notes.where('words').startsWith(prefix + key);
  const lists = await Promise.all(
    keys.map(async (key) => ({
      key,
      ids: await byKey(key)
        .limit(LONG_LIST + 1)
        .primaryKeys(),
    })),
  );
  const read = lists.filter((l) => l.ids.length <= LONG_LIST);
  const unchecked = lists.filter((l) => l.ids.length > LONG_LIST).map((l) => l.key);
  if (read.length === 0) {
    read.push({ key: keys[0]!, ids: await byKey(keys[0]!).primaryKeys() });
    unchecked.shift();
  }
  // A note is listed once per index word with that start (資料, 資料作成…).
  const [shortest, ...others] = read.sort((a, b) => a.ids.length - b.ids.length).map((l) => new Set(l.ids));
  return { prefix, ids: [...shortest!].filter((id) => others.every((set) => set.has(id))), unchecked };
}

function withoutWords(note: Note): Note {
  const plain = { ...note };
  delete plain.words;
  return plain;
}
