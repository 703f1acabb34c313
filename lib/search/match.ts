import { normalizeText } from './tokenize';

/** A prepared query: its words and its whole normalized text (a phrase hit ranks first). */
export interface Query {
  words: readonly string[];
  phrase: string;
}

/**
 * How well a text matches: null unless it contains every word of the query (anywhere,
 * also inside longer words, so "資料" finds "資料を共有" and "deck" finds "decks");
 * 2 when it holds the whole query as typed, else 1.
 */
export function matchText(text: string, query: Query): 1 | 2 | null {
  if (query.words.length === 0) return null;
  const haystack = normalizeText(text);
  for (const word of query.words) if (!haystack.includes(word)) return null;
  return query.phrase && haystack.includes(query.phrase) ? 2 : 1;
}

/** Up to `radius` characters either side of the first place a word occurs, with ellipses where cut. */
export function excerpt(text: string, words: readonly string[], radius = 40): string {
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), text.length));
  const start = at >= text.length ? 0 : Math.max(0, at - radius);
  const end = Math.min(text.length, start + radius * 2 + (words[0]?.length ?? 0));
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
