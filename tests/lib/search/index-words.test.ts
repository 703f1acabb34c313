import { describe, expect, it } from 'vitest';
import {
  AFTER_LAST_BUCKET,
  BUCKET_MS,
  bucketOf,
  bucketOfKey,
  bucketPrefix,
  bucketWords,
  entryId,
  indexKey,
  indexWords,
  MAX_INDEXED_LENGTH,
  termEntry,
  termKeys,
} from '@/lib/search/index-words';
import { matchText } from '@/lib/search/match';
import { parseQuery } from '@/lib/search/query';

describe('indexWords', () => {
  it.each([
    ['資料を共有', ['資料', '料', '共有', '有']],
    ['資料を再共有', ['資料', '料', '再', '共有', '有']],
    ['来週から週報は箇条書き', ['来週', '週', 'から', 'ら', '週報', '報', '箇条書', '条書', '書']],
    ['Shared the DECK, deck!', ['shared', 'the', 'deck']],
    ['ＡＢＣ　テスト', ['abc', 'テスト', 'スト', 'ト']],
    ['', []],
  ])('%j → %j', (text, words) => {
    expect(indexWords(text)).toEqual(words);
  });

  it('caps long words so a pasted URL or hash stays a short index key', () => {
    const words = indexWords(`x${'a'.repeat(100)}`);
    expect(words.every((w) => w.length <= MAX_INDEXED_LENGTH)).toBe(true);
    expect(indexKey('X'.repeat(40))).toBe('x'.repeat(MAX_INDEXED_LENGTH));
  });

  // The index may only narrow the search: whatever it finds, the matcher must accept.
  it.each([
    ['資料', '評価面談の資料を共有した'],
    ['共有', '資料を再共有'],
    ['箇条書き', '来週から週報は箇条書きにする'],
    ['share deck', 'Shared the decks'],
    ['番号9999', 'について話した 番号9999'],
    ['1on1 振り返り', '1on1の振り返り'],
    ['条書', '箇条書きにする'],
    ['料', '資料'],
  ])('every word of %j is the start of an index word of %j, and the matcher agrees', (query, text) => {
    const words = indexWords(text);
    for (const word of parseQuery(query).words)
      expect(
        words.some((w) => w.startsWith(indexKey(word))),
        word,
      ).toBe(true);
    expect(matchText(text, parseQuery(query))).not.toBeNull();
  });
});

describe('bucketWords', () => {
  it('files every word under the bucket of the note time, read back from the key', () => {
    const at = Date.UTC(2026, 10, 27, 9);
    const words = bucketWords(['資料', 'deck'], at);
    expect(words).toEqual([`${bucketPrefix(bucketOf(at))}資料`, `${bucketPrefix(bucketOf(at))}deck`]);
    expect(words.map(bucketOfKey)).toEqual([bucketOf(at), bucketOf(at)]);
    expect(bucketOf(at + BUCKET_MS)).toBe(bucketOf(at) + 1);
  });

  it('sorts keys by bucket first (fixed width), so a bucket and a word start are one key range', () => {
    const buckets = [0, 9, 10, 35, 36, 1_295, 1_296, 40_000, 36 ** 3 - 1];
    const keys = buckets.map((b) => `${bucketPrefix(b)}z`);
    expect([...keys].sort()).toEqual(keys);
    expect(`${bucketPrefix(9)}zzz` < `${bucketPrefix(10)}a`).toBe(true);
    expect(keys.map(bucketOfKey)).toEqual(buckets);
    expect(keys.every((k) => k < AFTER_LAST_BUCKET)).toBe(true);
    expect(['budget', '資料', '0zz', '00bf-x'].map(bucketOfKey)).toEqual([NaN, NaN, NaN, NaN]);
  });

  it.each([
    [-5, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [BUCKET_MS - 1, 0],
    [BUCKET_MS, 1],
    [Number.MAX_SAFE_INTEGER, 36 ** 3 - 1],
  ])('a stamp of %d falls in bucket %d', (at, bucket) => {
    expect(bucketOf(at)).toBe(bucket);
  });
});

const CHUNK_MS = 2 ** 29; // ~6 days, eight to a bucket
const SEP = '\u0000';

describe('termKeys', () => {
  it('files each word under the bucket of the note time and its chunk there: <bucket>\\0<word>\\0<chunk>', () => {
    const at = Date.UTC(2026, 10, 27, 9);
    const bucket = bucketOf(at);
    const chunk = Math.floor((at - bucket * BUCKET_MS) / CHUNK_MS);
    expect(termKeys(['資料', 'deck'], at)).toEqual([
      `${bucketPrefix(bucket)}資料${SEP}${chunk}`,
      `${bucketPrefix(bucket)}deck${SEP}${chunk}`,
    ]);
    expect(termKeys(['資料'], at).map(bucketOfKey)).toEqual([bucket]);
    expect(termKeys([], at)).toEqual([]);
  });

  it.each([
    [0, 0],
    [CHUNK_MS - 1, 0],
    [CHUNK_MS, 1],
    [3 * CHUNK_MS + 12_345, 3],
    [7 * CHUNK_MS, 7],
    [BUCKET_MS - 1, 7],
  ])('a stamp %d ms into a bucket falls in chunk %d of it', (offset, chunk) => {
    const start = 700 * BUCKET_MS;
    expect(termKeys(['w'], start + offset)).toEqual([`${bucketPrefix(700)}w${SEP}${chunk}`]);
  });

  it('starts again at chunk 0 in the next bucket', () => {
    expect(termKeys(['w'], 701 * BUCKET_MS)).toEqual([`${bucketPrefix(701)}w${SEP}0`]);
  });

  it.each([
    [-5, 0, 0],
    [-BUCKET_MS * 3, 0, 0],
    [Number.NaN, 0, 0],
    [Number.NEGATIVE_INFINITY, 0, 0],
    [Number.POSITIVE_INFINITY, 0, 0],
    [Number.MAX_SAFE_INTEGER, 36 ** 3 - 1, 7],
  ])('a bad stamp %d is clamped to bucket %d, chunk %d', (at, bucket, chunk) => {
    expect(termKeys(['w'], at)).toEqual([`${bucketPrefix(bucket)}w${SEP}${chunk}`]);
  });

  it('keeps "words of a bucket starting with k" one key range, over every chunk, and nothing else', () => {
    const bucket = 700;
    const keys = [0, 3, 7].flatMap((c) =>
      termKeys(['資料', '資料作成', '評価資料', 'deck', 'deck1', 'decks'], bucket * BUCKET_MS + c * CHUNK_MS),
    );
    const other = termKeys(['資料'], (bucket + 1) * BUCKET_MS);
    const range = (key: string) =>
      [...keys, ...other].filter((k) => k.startsWith(bucketPrefix(bucket) + key)).sort();
    expect(range('資料')).toEqual(
      [0, 3, 7]
        .flatMap((c) => [
          `${bucketPrefix(bucket)}資料${SEP}${c}`,
          `${bucketPrefix(bucket)}資料作成${SEP}${c}`,
        ])
        .sort(),
    );
    // A chunk number never reads as part of a word: "deck" in chunk 1 is not "deck1".
    expect(range('deck1')).toEqual([0, 3, 7].map((c) => `${bucketPrefix(bucket)}deck1${SEP}${c}`));
    expect(termKeys(['deck'], bucket * BUCKET_MS + CHUNK_MS)).not.toEqual(
      termKeys(['deck1'], bucket * BUCKET_MS),
    );
    // Keys sort by bucket first, so a bucket's keys sit below every key of the next one.
    expect(keys.every((k) => k < other[0]!)).toBe(true);
    expect(keys.every((k) => k < AFTER_LAST_BUCKET)).toBe(true);
  });
});

describe('termEntry and entryId', () => {
  const id = '3f2b8a4e-1c9d-4e7a-9b0c-5d6e7f8a9b0c';

  it('writes the stamp in nine base-36 digits before the id, and gives the id back', () => {
    const at = Date.UTC(2026, 10, 27, 9, 30);
    const entry = termEntry({ id, createdAt: at });
    expect(entry).toBe(at.toString(36).padStart(9, '0') + id);
    expect(parseInt(entry.slice(0, 9), 36)).toBe(at);
    expect(entryId(entry)).toBe(id);
  });

  it('sorts entries as strings in the order of their stamps, whatever the ids', () => {
    const stamps = [
      0,
      1,
      35,
      36,
      1_295,
      1_296,
      1_000_000,
      Date.UTC(2001, 0, 1),
      Date.UTC(2026, 10, 27),
      36 ** 9 - 1,
    ];
    // Ids that would sort the other way round if they came first.
    const entries = stamps.map((createdAt, i) => termEntry({ id: `${'z'.repeat(10 - i)}-${i}`, createdAt }));
    expect([...entries].reverse().sort()).toEqual(entries);
    // Equal stamps: the id decides, so the order is still total.
    expect(termEntry({ id: 'a', createdAt: 5 }) < termEntry({ id: 'b', createdAt: 5 })).toBe(true);
  });

  it.each([
    ['a UUID', id],
    ['digits only', '0123456789'],
    ['an id that looks like a stamp', '00000000z'],
    ['one character', 'x'],
    ['an empty id', ''],
  ])('round-trips %s', (_, noteId) => {
    for (const createdAt of [0, 1, Date.UTC(2026, 0, 1), -7, Number.NaN, Number.MAX_SAFE_INTEGER])
      expect(entryId(termEntry({ id: noteId, createdAt }))).toBe(noteId);
  });

  it.each([
    [-1, '000000000'],
    [-Date.UTC(2026, 0, 1), '000000000'],
    [Number.NaN, '000000000'],
    [Number.NEGATIVE_INFINITY, '000000000'],
    [Number.POSITIVE_INFINITY, '000000000'],
    [36 ** 9, 'zzzzzzzzz'],
    [Number.MAX_SAFE_INTEGER, 'zzzzzzzzz'],
    [1.9, '000000001'],
  ])('a stamp of %d is clamped to %j', (createdAt, stamp) => {
    const entry = termEntry({ id, createdAt });
    expect(entry).toBe(stamp + id);
    expect(entryId(entry)).toBe(id);
  });
});
