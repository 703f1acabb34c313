import type { CustomPrompt, PromptPref } from '@/storage/types';
import type { Prompt } from './types';

/**
 * A prompt the manager wrote or imported, as the engine takes it. One language is enough:
 * the other shows the same text, so it is never missing in either UI language.
 */
export function customToPrompt(custom: CustomPrompt): Prompt {
  const ja = custom.text.ja.trim();
  const en = custom.text.en.trim();
  return {
    id: custom.id,
    text: { ja: ja || en, en: en || ja },
    themes: [...custom.themes],
    depth: 'light',
    source: custom.origin === 'manual' ? 'own' : 'import',
    origin: custom.origin,
  };
}

/** What the engine is given for a member: every prompt not hidden (forever or for them), and the favourites. */
export function promptPool(
  builtIn: readonly Prompt[],
  custom: readonly CustomPrompt[],
  prefs: readonly PromptPref[],
  memberId: string,
): { prompts: Prompt[]; favourites: string[] } {
  const hidden = new Set<string>();
  const favourites: string[] = [];
  for (const pref of prefs) {
    if (pref.hidden || pref.hiddenFor?.includes(memberId)) hidden.add(pref.promptId);
    else if (pref.favourite) favourites.push(pref.promptId);
  }
  const prompts = [...builtIn, ...custom.map(customToPrompt)].filter((p) => !hidden.has(p.id));
  return { prompts, favourites };
}
