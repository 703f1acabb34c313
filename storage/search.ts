import {
  AFTER_LAST_BUCKET,
  bucketOf,
  bucketOfKey,
  bucketPrefix,
  entryId,
  indexKey,
} from '@/lib/search/index-words';
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
  /** The notes found: every note that matches when `more` is false, else a full page. */
  total: number;
  /** The page filled before every candidate was read: more notes may match ("50+ found"). */
  more: boolean;
}

/** Buckets (of ~50 days) listed in the first round. */
const FIRST_ROUND = 3;

/** Entries a round may read: where rows are short, listing buckets ahead costs less than a round trip. */
const ROUND_ENTRIES = 2_000;

/** Buckets a round lists at most (one read per key each, even when empty). */
const MAX_ROUND = 64;

/**
 * How many buckets the next round lists, after `walked` buckets listing `found` candidates from
 * `read` entries of `terms` rows: as many as the candidates per bucket so far say the page still
 * needs (a quarter more, for luck), at most four times as many as were listed, four times as
 * many when nothing was found yet; but as many as `ROUND_ENTRIES` entries at the rate so far
 * allow, since each round waits for the last and a short row costs little.
 */
export function nextRound(walked: number, found: number, read: number, limit: number): number {
  const needed =
    found === 0 ? walked * 4 : Math.min(walked * 4, Math.ceil(((limit - found) * walked * 1.25) / found));
  const affordable = read === 0 ? MAX_ROUND : Math.floor((ROUND_ENTRIES * walked) / read);
  return Math.max(1, Math.min(MAX_ROUND, Math.max(needed, affordable)));
}

/**
 * Notes of every member (deleted members left out) holding every word of the query,
 * whole-phrase hits first, then newest first.
 *
 * The index (storage/terms) files each word's notes by time bucket: the search walks buckets
 * newest first, a round of buckets at a time in one read transaction. For each bucket it reads
 * the rows of every query key (a few short rows a key) and keeps the entries listed under every
 * key: exactly the notes with a word starting with each key, each entry carrying its note's
 * stamp. Candidates are read newest first, only as many as the page still needs, while the next
 * round is listed (one round trip a round); each is checked on its text (lib/search/match). Notes
 * saved but not filed yet (`termsQueue`) are read themselves and checked first. The
 * walk stops at a full page, so its work follows the page, not the number of notes; `total`
 * then counts the hits found so far and `more` is set.
 *
 * Ranking: among the notes read, whole-phrase hits come first, then the newest. A walk that
 * stops early does not pull an older whole-phrase hit (past the notes read) ahead of newer hits
 * of the separate words; a query whose hits fit one page reads every candidate and ranks all.
 *
 * `now` names today's bucket, where the first round is listed before the newest bucket is
 * known; notes newer than it (a wrong clock) are walked all the same.
 */
export async function searchNotes(
  db: AizuchiDB,
  input: string,
  limit = 50,
  locale?: string,
  now = Date.now(),
): Promise<SearchResult> {
  const query = parseQuery(input, locale);
  if (query.words.length === 0) return { hits: [], total: 0, more: false };
  const keys = [...new Set(query.words.map(indexKey))];
  return db.transaction('r', [db.terms, db.termsQueue, db.notes, db.members, db.sessions], async () => {
    // The members table is small (a manager's reports): one getAll() beats a get per member.
    const members = db.members.toArray().then((all) => new Map(all.filter(isCurrent).map((m) => [m.id, m])));
    // Notes saved whose rows are not written yet (storage/terms `queueTerms`): usually none.
    const queued = db.termsQueue
      .toCollection()
      .primaryKeys()
      .then((ids) => (ids.length > 0 ? db.notes.bulkGet(ids) : []));
    // The first round is listed from today's bucket, while the newest bucket is looked up: most
    // searches find their newest notes there, and save the round trip of asking first.
    const guess = roundFrom(bucketOf(now), FIRST_ROUND, 0);
    const [newest, oldest, guessed, guessedBelow, unindexed, current] = await Promise.all([
      bucketBelow(db),
      bucketAbove(db),
      Promise.all(guess.map((b) => candidatesOf(db, b, keys))),
      bucketBelow(db, guess[guess.length - 1] ?? 0),
      queued,
      members,
    ]);

    // Candidates of the buckets listed so far, newest first: buckets are listed newest first
    // and each bucket's entries sort by stamp.
    const queue: string[] = [];
    let walked = 0;
    let entries = 0;
    const list = (lists: readonly Candidates[]) => {
      for (const l of lists) queue.push(...l.entries);
      walked += lists.length;
      entries += lists.reduce((sum, l) => sum + l.read, 0);
    };
    let next = newest;
    if (newest !== undefined && newest <= guess[0]!) {
      // Buckets of the guess above the newest are empty: nothing is skipped.
      list(guessed);
      next = guessedBelow;
    }
    const found: { note: Note; score: number }[] = [];
    const seen = new Set<string>();
    const keep = (note: Note | undefined) => {
      if (!note || seen.has(note.id) || !current.has(note.memberId)) return;
      seen.add(note.id);
      const score = matchText(note.text, query);
      if (score !== null) found.push({ note, score });
    };
    // Queued notes are the newest (just saved): checked first, like the newest candidates.
    for (const note of unindexed) keep(note);
    let read = 0;
    let more = false;
    for (let round = walked > 0 ? nextRound(walked, queue.length, entries, limit) : FIRST_ROUND; ;) {
      // The newest candidates not read yet, as many as the page needs…
      const wanted = limit - found.length;
      const batch = queue.slice(read, read + wanted);
      read += batch.length;
      // …and, while they are read, the next round, unless they may fill the page.
      const buckets = batch.length < wanted && next !== undefined ? roundFrom(next, round, oldest) : [];
      const [notes, lists, below] = await Promise.all([
        batch.length > 0 ? db.notes.bulkGet(batch.map(entryId)) : [],
        Promise.all(buckets.map((b) => candidatesOf(db, b, keys))),
        buckets.length > 0 ? bucketBelow(db, buckets[buckets.length - 1] ?? 0) : next,
      ]);
      for (const note of notes) keep(note);
      list(lists);
      next = below;
      if (found.length >= limit) {
        more = read < queue.length || next !== undefined;
        break;
      }
      if (read === queue.length && next === undefined) break;
      round = nextRound(walked, queue.length, entries, limit);
    }
    const top = found
      .sort((a, b) => b.score - a.score || b.note.createdAt - a.note.createdAt)
      .slice(0, limit);
    const sessions = await db.sessions.bulkGet(top.map((f) => f.note.sessionId));
    return {
      hits: top.map((f, i) => ({
        note: f.note,
        member: current.get(f.note.memberId)!,
        session: sessions[i],
      })),
      total: found.length,
      more,
    };
  });
}

const isCurrent = (m: Member) => m.deletedAt === undefined;

/** `count` buckets from `bucket` down, none below `oldest`. */
function roundFrom(bucket: number, count: number, oldest: number): number[] {
  const buckets: number[] = [];
  for (let b = bucket; buckets.length < count && b >= oldest; b--) buckets.push(b);
  return buckets;
}

/** The oldest bucket holding an index word (one key read); 0 when the first key is not a bucketed word. */
async function bucketAbove(db: AizuchiDB): Promise<number> {
  const [key] = await db.terms.where(':id').aboveOrEqual(bucketPrefix(0)).limit(1).primaryKeys();
  const found = typeof key === 'string' ? bucketOfKey(key) : Number.NaN;
  return Number.isInteger(found) ? found : 0;
}

/**
 * The newest bucket holding an index word, below `bucket` if given (one key read from the end
 * of a range); undefined when there is none, or the key there is not a bucketed word.
 */
async function bucketBelow(db: AizuchiDB, bucket?: number): Promise<number | undefined> {
  const bound = bucket === undefined ? AFTER_LAST_BUCKET : bucketPrefix(bucket);
  const [key] = await db.terms.where(':id').below(bound).reverse().limit(1).primaryKeys();
  const found = typeof key === 'string' ? bucketOfKey(key) : Number.NaN;
  return Number.isInteger(found) && (bucket === undefined || found < bucket) ? found : undefined;
}

interface Candidates {
  /** The bucket's entries listed under every key, newest first. */
  entries: string[];
  /** Entries read to list them. */
  read: number;
}

/**
 * The entries of one bucket's notes that have, for every key, an index word starting with it
 * (the prefix rule of lib/search/index-words): the rows of each key's range (資料, 資料作成… in
 * every chunk of the bucket), each entry once, kept when every key lists it.
 */
async function candidatesOf(db: AizuchiDB, bucket: number, keys: readonly string[]): Promise<Candidates> {
  const prefix = bucketPrefix(bucket);
  let read = 0;
  const lists = await Promise.all(
    keys.map(async (key) => {
      const entries = new Set<string>();
      for (const row of await db.terms
        .where(':id')
        .startsWith(prefix + key)
        .toArray()) {
        read += row.length;
        for (const entry of row) entries.add(entry);
      }
      return entries;
    }),
  );
  lists.sort((a, b) => a.size - b.size);
  const [shortest, ...others] = lists;
  const entries = [...shortest!].filter((e) => others.every((set) => set.has(e)));
  return { entries: entries.sort().reverse(), read };
}
