import { normalizeText, tokenize } from './tokenize';

/** Longest indexed word: longer query words are looked up by this prefix, then verified. */
export const MAX_INDEXED_LENGTH = 16;

// Han, kana and the prolonged sound mark: scripts written without spaces, where the
// segmenter's word boundaries may differ between a note and a query.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;

/**
 * The `*words` index entries of a note's text: its normalized words (lib/search tokenize),
 * and for Japanese words also every ending (a query may split a word differently), so a query word
 * that is a prefix of an entry is a substring of the text: "資料" finds "資料を共有" and
 * "評価資料", "deck" finds "decks". English is matched from the start of a word.
 */
export function indexWords(text: string, locale = 'ja'): string[] {
  const words = new Set<string>();
  for (const word of tokenize(text, locale)) {
    words.add(word.slice(0, MAX_INDEXED_LENGTH));
    if (CJK.test(word)) {
      for (let i = 1; i < word.length; i++) words.add(word.slice(i, i + MAX_INDEXED_LENGTH));
    }
  }
  return [...words];
}

/** The key a query word is looked up by in the `*words` index (a prefix of it). */
export function indexKey(word: string): string {
  return normalizeText(word).slice(0, MAX_INDEXED_LENGTH);
}

/**
 * Width of a time bucket of the stored index words: 2^32 ms, about 50 days. A search walks
 * buckets newest first and stops at a full page, so its work follows the page, not the notes.
 * Stored in every note's index words: changing it needs a schema version that rewrites them.
 */
export const BUCKET_MS = 2 ** 32;
const BUCKET_DIGITS = 4;
const BUCKET_RADIX = 36;
/** The last bucket (36^3 buckets of 50 days: far past any clock): every key starts with "0". */
const LAST_BUCKET = BUCKET_RADIX ** (BUCKET_DIGITS - 1) - 1;
const SEPARATOR = '\u0000';

/** The time bucket of a note's `createdAt` (a bad stamp falls in the first bucket). */
export function bucketOf(createdAt: number): number {
  const bucket = Math.floor(createdAt / BUCKET_MS);
  return Number.isFinite(bucket) ? Math.min(LAST_BUCKET, Math.max(0, bucket)) : 0;
}

/** The start every stored index word of a bucket shares: fixed width, so keys sort by bucket. */
export function bucketPrefix(bucket: number): string {
  return bucket.toString(BUCKET_RADIX).padStart(BUCKET_DIGITS, '0') + SEPARATOR;
}

const BUCKETED = /^[0-9a-z]{4}$/;

/** The bucket a stored index word belongs to (read back from its fixed-width start); NaN for any other string. */
export function bucketOfKey(key: string): number {
  const start = key.slice(0, BUCKET_DIGITS);
  return BUCKETED.test(start) && key.charAt(BUCKET_DIGITS) === SEPARATOR
    ? parseInt(start, BUCKET_RADIX)
    : Number.NaN;
}

/** Above every bucketed index word (all start with "0"), below most words stored in another form. */
export const AFTER_LAST_BUCKET = '1';

/** A note's stored index words of schema v3–v4 (its words each behind its time bucket), for the upgrade to v3. */
export function bucketWords(words: readonly string[], createdAt: number): string[] {
  const prefix = bucketPrefix(bucketOf(createdAt));
  return words.map((w) => prefix + w);
}

/**
 * Width of a chunk of a term's entries: 2^29 ms, about 6 days, eight to a bucket. A `terms`
 * row lists the notes of one word in one chunk, so adding a note rewrites short rows only.
 */
const CHUNK_MS = 2 ** 29;
const CHUNKS_PER_BUCKET = BUCKET_MS / CHUNK_MS;

/**
 * The keys of a note's `terms` rows (storage/terms): `<bucket>\0<word>\0<chunk>` for each of
 * its index words (`indexWords`), so "words of this bucket starting with k" is one key range,
 * as it was for the v3–v4 `*words` index.
 */
export function termKeys(words: readonly string[], createdAt: number): string[] {
  const bucket = bucketOf(createdAt);
  const chunk = Number.isFinite(createdAt)
    ? Math.min(CHUNKS_PER_BUCKET - 1, Math.max(0, Math.floor((createdAt - bucket * BUCKET_MS) / CHUNK_MS)))
    : 0;
  const prefix = bucketPrefix(bucket);
  return words.map((w) => `${prefix}${w}${SEPARATOR}${chunk}`);
}

const STAMP_DIGITS = 9;
const LAST_STAMP = BUCKET_RADIX ** STAMP_DIGITS - 1;

/**
 * A note's entry in its `terms` rows: its `createdAt` (fixed-width base 36, so entries sort as
 * the notes' stamps do) and its id. Candidates of a search are entries: intersected as strings,
 * sorted newest first, and only the notes a page needs are read.
 */
export function termEntry(note: { id: string; createdAt: number }): string {
  const at = Number.isFinite(note.createdAt)
    ? Math.min(LAST_STAMP, Math.max(0, Math.floor(note.createdAt)))
    : 0;
  return at.toString(BUCKET_RADIX).padStart(STAMP_DIGITS, '0') + note.id;
}

/** The note id of a `terms` entry. */
export function entryId(entry: string): string {
  return entry.slice(STAMP_DIGITS);
}
