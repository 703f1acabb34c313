import { MAX_PROMPT_LENGTH, MAX_PROMPT_THEMES } from '@/lib/prompts/limits';
import { THEMES } from '@/lib/prompts/themes';
import type { Theme } from '@/lib/prompts/types';
import type { AizuchiDB } from './db';
import type { CustomPrompt, PromptPref } from './types';

/** A prompt as the manager writes it or an import hands it over: one language may be empty. */
export interface NewPrompt {
  text: { ja?: string; en?: string };
  themes: readonly Theme[];
}

export type PromptProblem = 'empty' | 'too-long' | 'no-theme' | 'too-many-themes' | 'bad-theme';

/** Why a prompt cannot be saved, or null when it can. */
export function checkPrompt(prompt: NewPrompt): PromptProblem | null {
  const ja = prompt.text.ja?.trim() ?? '';
  const en = prompt.text.en?.trim() ?? '';
  if (ja === '' && en === '') return 'empty';
  if (ja.length > MAX_PROMPT_LENGTH || en.length > MAX_PROMPT_LENGTH) return 'too-long';
  if (prompt.themes.length === 0) return 'no-theme';
  if (new Set(prompt.themes).size > MAX_PROMPT_THEMES) return 'too-many-themes';
  if (prompt.themes.some((t) => !THEMES.includes(t))) return 'bad-theme';
  return null;
}

function toRow(prompt: NewPrompt, origin: CustomPrompt['origin'], now: number): CustomPrompt {
  const problem = checkPrompt(prompt);
  if (problem) throw new Error(`prompt: ${problem}`);
  return {
    id: crypto.randomUUID(),
    text: { ja: prompt.text.ja?.trim() ?? '', en: prompt.text.en?.trim() ?? '' },
    themes: [...new Set(prompt.themes)],
    origin,
    createdAt: now,
  };
}

/** Saves a prompt the manager wrote. Throws when `checkPrompt` refuses it. */
export async function addCustomPrompt(
  db: AizuchiDB,
  prompt: NewPrompt,
  now = Date.now(),
): Promise<CustomPrompt> {
  const row = toRow(prompt, 'manual', now);
  await db.customPrompts.add(row);
  return row;
}

/**
 * Saves a whole imported bank in ONE transaction: every prompt is checked first, and if
 * anything fails nothing is written. Resolves with the rows written.
 */
export async function importPrompts(
  db: AizuchiDB,
  prompts: readonly NewPrompt[],
  now = Date.now(),
): Promise<CustomPrompt[]> {
  // One millisecond apart, so "oldest first" keeps the file's order.
  const rows = prompts.map((p, i) => toRow(p, 'import', now + i));
  await db.transaction('rw', db.customPrompts, () => db.customPrompts.bulkAdd(rows));
  return rows;
}

/** Every prompt the manager wrote or imported, oldest first. */
export async function customPrompts(db: AizuchiDB): Promise<CustomPrompt[]> {
  const rows = await db.customPrompts.toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

export async function deleteCustomPrompt(db: AizuchiDB, id: string): Promise<void> {
  await db.transaction('rw', db.customPrompts, db.promptPrefs, async () => {
    await db.customPrompts.delete(id);
    await db.promptPrefs.delete(id);
  });
}

export async function promptPrefs(db: AizuchiDB): Promise<PromptPref[]> {
  return db.promptPrefs.toArray();
}

/** A pref with nothing set is no row at all. */
function isEmpty(pref: PromptPref): boolean {
  return !pref.favourite && !pref.hidden && (pref.hiddenFor?.length ?? 0) === 0;
}

/**
 * Changes one prompt's pref in a transaction and resolves with what it was before
 * (undefined when it had none), so the change can be undone with `restorePromptPref`.
 */
async function updatePref(
  db: AizuchiDB,
  promptId: string,
  change: (pref: PromptPref) => PromptPref,
): Promise<PromptPref | undefined> {
  return db.transaction('rw', db.promptPrefs, async () => {
    const before = await db.promptPrefs.get(promptId);
    const after = change(before ? structuredClone(before) : { promptId });
    if (isEmpty(after)) await db.promptPrefs.delete(promptId);
    else await db.promptPrefs.put(after);
    return before;
  });
}

/** Stars or unstars a prompt (a boost in the ranking, not a must). */
export function setFavourite(db: AizuchiDB, promptId: string, favourite: boolean) {
  return updatePref(db, promptId, (pref) => {
    const next: PromptPref = { ...pref, favourite: true };
    if (!favourite) delete next.favourite;
    return next;
  });
}

/** Never suggests the prompt again, for anyone. Resolves with the pref before, for undo. */
export function hidePromptForever(db: AizuchiDB, promptId: string) {
  return updatePref(db, promptId, (pref) => ({ ...pref, hidden: true }));
}

/** Never suggests the prompt for this member. Resolves with the pref before, for undo. */
export function hidePromptFor(db: AizuchiDB, promptId: string, memberId: string) {
  return updatePref(db, promptId, (pref) => {
    const hiddenFor = pref.hiddenFor ?? [];
    return hiddenFor.includes(memberId) ? pref : { ...pref, hiddenFor: [...hiddenFor, memberId] };
  });
}

/** Puts a prompt's pref back as it was (undo of a hide or star). */
export async function restorePromptPref(
  db: AizuchiDB,
  promptId: string,
  before: PromptPref | undefined,
): Promise<void> {
  await db.transaction('rw', db.promptPrefs, async () => {
    if (before && !isEmpty(before)) await db.promptPrefs.put(before);
    else await db.promptPrefs.delete(promptId);
  });
}
