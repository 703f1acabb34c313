import type { Query } from './match';
import { normalizeText, tokenize } from './tokenize';

/** Prepares what the manager typed for matching; no words means nothing to search. */
export function parseQuery(input: string, locale?: string): Query {
  return { words: tokenize(input, locale), phrase: normalizeText(input).trim() };
}
