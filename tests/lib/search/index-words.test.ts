import { describe, expect, it } from 'vitest';
import {
  AFTER_LAST_BUCKET,
  BUCKET_MS,
  bucketOf,
  bucketOfKey,
  bucketPrefix,
  bucketWords,
  indexKey,
  indexWords,
  MAX_INDEXED_LENGTH,
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
