import { AFTER_LAST_BUCKET, bucketOf, bucketOfKey, bucketPrefix, indexKey } from '@/lib/search/index-words';
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

/** Ids a round may list: where lists are short, listing buckets ahead costs less than a round trip. */
const ROUND_IDS = 500;

/**
 * A bucket's notes are read by their ids (one read each) when the ids are fewer than the
 * entries of its shortest list over this; else in one read of that list's range (values),
 * several times cheaper a note.
 */
const SPARSE = 6;

/** Buckets a round lists at most (one read per key each, even when empty). */
const MAX_ROUND = 64;

/**
 * How many buckets the next round lists, after `walked` buckets listing `found` candidates in
 * `ids` index entries: as many as the candidates per bucket so far say the page still needs
 * (a quarter more, for luck), at most four times as many as were listed, four times as many
 * when nothing was found yet; but as many as `ROUND_IDS` entries at the rate so far allow,
 * since each round waits for the last and a short list costs little.
 */
export function nextRound(walked: number, found: number, ids: number, limit: number): number {
  const needed =
    found === 0 ? walked * 4 : Math.min(walked * 4, Math.ceil(((limit - found) * walked * 1.25) / found));
  const affordable = ids === 0 ? MAX_ROUND : Math.floor((ROUND_IDS * walked) / ids);
  return Math.max(1, Math.min(MAX_ROUND, Math.max(needed, affordable)));
}

/**
 * Notes of every member (deleted members left out) holding every word of the query,
 * whole-phrase hits first, then newest first.
 *
 * Index words are filed by time bucket (lib/search/index-words `bucketWords`): the search walks
 * buckets newest first, a round of buckets at a time in one read transaction. A round lists
 * the ids under each query key (keys only); the notes of listed buckets are read newest bucket
 * first, only as far as the page needs, while the next round is listed (one round trip a
 * round). The walk stops once it has a full page of verified hits. A walk that stops early has
 * read only the newest notes, so its work follows the page, not the number of notes; `total`
 * then counts the hits found so far and `more` is set.
 *
 * Ranking: among the notes walked, whole-phrase hits come first, then the newest, as before. A
 * walk that stops early does not pull an older whole-phrase hit (past the walked buckets) ahead
 * of newer hits of the separate words; a query whose hits fit one page walks every bucket and
 * ranks exactly as before.
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
  // The longest key first: usually the rarest, and the one read whole when every key is common.
  const keys = [...new Set(query.words.map(indexKey))].sort((a, b) => b.length - a.length);
  return db.transaction('r', [db.notes, db.members, db.sessions], async () => {
    // The first round is listed from today's bucket, while the newest bucket is looked up: most
    // searches find their newest notes there, and save the round trip of asking first.
    const guess = roundFrom(bucketOf(now), FIRST_ROUND, 0);
    const [newest, oldest, guessed, guessedBelow] = await Promise.all([
      bucketBelow(db),
      bucketAbove(db),
      Promise.all(guess.map((b) => candidatesOf(db, b, keys))),
      bucketBelow(db, guess[guess.length - 1] ?? 0),
    ]);
    // The members table is small (a manager's reports): one getAll() beats a get per member.
    const members = db.members.toArray().then((all) => new Map(all.filter(isCurrent).map((m) => [m.id, m])));

    const listed: Candidates[] = [];
    let next = newest;
    if (newest !== undefined && newest <= guess[0]!) {
      // Buckets of the guess above the newest are empty: nothing is skipped.
      listed.push(...guessed);
      next = guessedBelow;
    }
    const found: { note: Note; score: number }[] = [];
    const keep = (note: Note, { prefix, unchecked }: Candidates, current: Map<string, Member>) => {
      if (!current.has(note.memberId)) return;
      // Keys whose index list was too long to read are checked on the note's own words.
      const own = note.words ?? [];
      if (!unchecked.every((key) => own.some((w) => w.startsWith(prefix + key)))) return;
      const score = matchText(note.text, query);
      if (score !== null) found.push({ note, score });
    };
    // Walk from the newest bucket down; each round also asks where the next non-empty bucket is,
    // so a gap of months (or a note stamped by a wrong clock) costs one read, not one per bucket.
    let read = 0;
    let more = false;
    for (let round = listed.length > 0 ? roundAfter(listed, limit) : FIRST_ROUND; ;) {
      // The notes of listed buckets, newest first, as far as the page needs…
      const batch: Candidates[] = [];
      let wanted = limit - found.length;
      for (; read < listed.length && wanted > 0; read++) {
        batch.push(listed[read]!);
        wanted -= listed[read]!.ids.length;
      }
      // …and, while they are read, the next round, unless the buckets listed may fill the page.
      const buckets = wanted > 0 && next !== undefined ? roundFrom(next, round, oldest) : [];
      const [rows, lists, below, current] = await Promise.all([
        Promise.all(batch.map(async (list) => ({ list, notes: await notesOf(db, list) }))),
        Promise.all(buckets.map((b) => candidatesOf(db, b, keys))),
        buckets.length > 0 ? bucketBelow(db, buckets[buckets.length - 1] ?? 0) : next,
        members,
      ]);
      for (const { list, notes } of rows) for (const note of notes) keep(note, list, current);
      listed.push(...lists);
      next = below;
      if (found.length >= limit) {
        // Buckets listed but unread count only if they list a candidate.
        more = listed.slice(read).some((l) => l.ids.length > 0) || next !== undefined;
        break;
      }
      if (read === listed.length && next === undefined) break;
      round = roundAfter(listed, limit);
    }
    const top = found
      .sort((a, b) => b.score - a.score || b.note.createdAt - a.note.createdAt)
      .slice(0, limit);
    const [sessions, current] = await Promise.all([
      db.sessions.bulkGet(top.map((f) => f.note.sessionId)),
      members,
    ]);
    return {
      hits: top.map((f, i) => ({
        note: withoutWords(f.note),
        member: current.get(f.note.memberId)!,
        session: sessions[i],
      })),
      total: found.length,
      more,
    };
  });
}

const isCurrent = (m: Member) => m.deletedAt === undefined;

/** The size of the round after the buckets listed so far (`nextRound`). */
function roundAfter(listed: readonly Candidates[], limit: number): number {
  const ids = listed.reduce((sum, l) => sum + l.read, 0);
  const candidates = listed.reduce((sum, l) => sum + l.ids.length, 0);
  return nextRound(listed.length, candidates, ids, limit);
}

/** `count` buckets from `bucket` down, none below `oldest`. */
function roundFrom(bucket: number, count: number, oldest: number): number[] {
  const buckets: number[] = [];
  for (let b = bucket; buckets.length < count && b >= oldest; b--) buckets.push(b);
  return buckets;
}

/** The candidates' notes, each once (see `SPARSE`). */
async function notesOf(db: AizuchiDB, list: Candidates): Promise<Note[]> {
  if (list.ids.length === 0) return [];
  if (list.ids.length * SPARSE < list.source.size) {
    return (await db.notes.bulkGet(list.ids)).filter((note) => note !== undefined);
  }
  const wanted = new Set(list.ids);
  // Listed once per index word with the key's start: `delete` keeps the first.
  return (await db.notes.where('words').startsWith(list.source.start).toArray()).filter((note) =>
    wanted.delete(note.id),
  );
}

/** The oldest bucket holding an index word (one key read); 0 when the first key is not a bucketed word. */
async function bucketAbove(db: AizuchiDB): Promise<number> {
  const [key] = await db.notes.where('words').aboveOrEqual(bucketPrefix(0)).limit(1).keys();
  const found = typeof key === 'string' ? bucketOfKey(key) : Number.NaN;
  return Number.isInteger(found) ? found : 0;
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
  /** Index entries read to list them. */
  read: number;
  /** The shortest list read whole, the ids were taken from: its range holds every candidate. */
  source: { start: string; size: number };
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
  let read = lists.reduce((sum, l) => sum + l.ids.length, 0);
  const short = lists.filter((l) => l.ids.length <= LONG_LIST);
  const unchecked = lists.filter((l) => l.ids.length > LONG_LIST).map((l) => l.key);
  if (short.length === 0) {
    short.push({ key: keys[0]!, ids: await byKey(keys[0]!).primaryKeys() });
    unchecked.shift();
    read += short[0]!.ids.length;
  }
  // A note is listed once per index word with that start (資料, 資料作成…).
  short.sort((a, b) => a.ids.length - b.ids.length);
  const [shortest, ...others] = short.map((l) => new Set(l.ids));
  return {
    prefix,
    ids: [...shortest!].filter((id) => others.every((set) => set.has(id))),
    unchecked,
    read,
    source: { start: prefix + short[0]!.key, size: short[0]!.ids.length },
  };
}

function withoutWords(note: Note): Note {
  const plain = { ...note };
  delete plain.words;
  return plain;
}
