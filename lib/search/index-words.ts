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
