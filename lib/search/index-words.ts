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

/**
 * A note's stored index words: its words (from `indexWords`) each behind its time bucket, so
 * "words of this bucket starting with k" is one key range. The `*words` index holds these.
 */
export function bucketWords(words: readonly string[], createdAt: number): string[] {
  const prefix = bucketPrefix(bucketOf(createdAt));
  return words.map((w) => prefix + w);
}
