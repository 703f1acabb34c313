import { THEMES } from '../themes';
import type { Theme } from '../types';
import { MAX_PROMPT_THEMES } from '../limits';
import { FALLBACK_THEME, guessTheme } from './guess-theme';
import { normalizeKey } from './keys';
import type { ImportedQuestion, RowError } from './types';

/** How a category's questions get their theme: a chosen theme, or a guess from each question. */
export type ThemeChoice = Theme | 'auto';

/** The text as compared for duplicates: NFKC, lower case, no spaces, punctuation or symbols. */
export function duplicateKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Duplicate keys of prompts already known (both languages). */
export function knownKeys(prompts: Iterable<{ text: { ja: string; en: string } }>): Set<string> {
  const keys = new Set<string>();
  for (const p of prompts) {
    for (const t of [p.text.ja, p.text.en]) {
      const key = duplicateKey(t);
      if (key !== '') keys.add(key);
    }
  }
  return keys;
}

export interface ImportPlan {
  /** Questions read from the file (rows with errors not counted). */
  found: number;
  /** New questions, in file order: these are imported. */
  fresh: ImportedQuestion[];
  /** Already in the catalogue or the manager's prompts, or earlier in the same file. */
  duplicates: ImportedQuestion[];
  errors: RowError[];
  /** Each category found, in order of first appearance; '' stands for "no category". */
  categories: string[];
}

/** Splits the parsed questions into new ones and duplicates (by normalised text, in either language). */
export function planImport(
  questions: readonly ImportedQuestion[],
  errors: readonly RowError[],
  known: ReadonlySet<string>,
): ImportPlan {
  const seen = new Set(known);
  const fresh: ImportedQuestion[] = [];
  const duplicates: ImportedQuestion[] = [];
  for (const q of questions) {
    const keys = [q.text.ja, q.text.en].flatMap((t) => (t === undefined ? [] : [duplicateKey(t)]));
    if (keys.some((k) => k !== '' && seen.has(k))) {
      duplicates.push(q);
      continue;
    }
    for (const k of keys) if (k !== '') seen.add(k);
    fresh.push(q);
  }
  const categories = [...new Set(fresh.map(categoryOf))];
  return { found: questions.length, fresh, duplicates, errors: [...errors], categories };
}

/** The category a question is mapped by: its category, else its first tag, else '' (none). */
export function categoryOf(q: ImportedQuestion): string {
  return q.category ?? q.tags[0] ?? '';
}

/** A theme the category's name or its tags name, or a keyword guess; 'auto' when nothing fits. */
export function defaultChoice(category: string): ThemeChoice {
  const norm = normalizeKey(category);
  const exact = THEMES.find((t) => t === norm);
  return exact ?? guessTheme(category) ?? 'auto';
}

/**
 * The themes an imported question gets: its category's choice (or a guess from its own
 * text), then themes its tags name, at most three, no repeats.
 */
export function themesFor(q: ImportedQuestion, choice: ThemeChoice): Theme[] {
  const main =
    choice === 'auto' ? (guessTheme(`${q.text.ja ?? ''}\n${q.text.en ?? ''}`) ?? FALLBACK_THEME) : choice;
  const themes: Theme[] = [main];
  for (const tag of q.tags) {
    const norm = normalizeKey(tag);
    const theme = THEMES.find((t) => t === norm) ?? guessTheme(tag);
    if (theme && !themes.includes(theme)) themes.push(theme);
    if (themes.length >= MAX_PROMPT_THEMES) break;
  }
  return themes;
}
