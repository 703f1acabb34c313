import type { MessageKey, Messages } from './en';
import type { SettingsKey, SettingsMessages } from './en-settings';

export type Lang = 'ja' | 'en';
export type { MessageKey, Messages, SettingsKey };

/**
 * A language's messages come in parts, each language × part a chunk of its own (issue 9, P5):
 * `core` is what the panel's first view shows, `settings` only the lazy settings view.
 */
export type Part = 'core' | 'settings';

const sources: Record<Part, Record<Lang, () => Promise<Messages | SettingsMessages>>> = {
  core: {
    en: () => import('./en').then((m) => m.en),
    ja: () => import('./ja').then((m) => m.ja),
  },
  settings: {
    en: () => import('./en-settings').then((m) => m.enSettings),
    ja: () => import('./ja-settings').then((m) => m.jaSettings),
  },
};

// Per language, the text of every part loaded so far, in the one object its translators read.
const loaded: Record<Lang, Partial<Messages & SettingsMessages>> = { en: {}, ja: {} };
const loading: Partial<Record<`${Lang}.${Part}`, Promise<void>>> = {};
const done = new Set<`${Lang}.${Part}`>();
// Parts some view has shown: a language switch loads them all before the new language shows,
// so a view already open never renders a key.
const wanted = new Set<Part>(['core']);

function loadPart(lang: Lang, part: Part): Promise<void> {
  const id = `${lang}.${part}` as const;
  loading[id] ??= sources[part][lang]().then((messages) => {
    Object.assign(loaded[lang], messages);
    done.add(id);
  });
  return loading[id];
}

/** Loads a language's core messages, and every other part a view has asked for (loadPart); once each. */
export async function loadMessages(lang: Lang): Promise<void> {
  await Promise.all([...wanted].map((part) => loadPart(lang, part)));
}

/**
 * Loads the settings view's messages of a language; from then on loadMessages loads them too,
 * for any language the panel switches to.
 */
export function loadSettingsMessages(lang: Lang): Promise<void> {
  wanted.add('settings');
  return loadPart(lang, 'settings');
}

/** Whether translator(lang) can translate the keys of a part (the core by default) now. */
export function hasMessages(lang: Lang, part: Part = 'core'): boolean {
  return done.has(`${lang}.${part}`);
}

/** The UI language for the browser's preferred languages: Japanese if it comes first, else English. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ja' || base === 'en') return base;
  }
  return 'en';
}

/** Translates a key; the core keys by default, the settings view's too with `Translate<MessageKey | SettingsKey>`. */
export type Translate<Key extends string = MessageKey> = (
  key: Key,
  params?: Record<string, string | number>,
) => string;

/**
 * A translate function for one language whose messages are loaded (loadMessages, and
 * loadSettingsMessages for the settings keys); `{name}` placeholders are filled from params.
 * Types keep both catalogues complete; at run time a missing text (or a part not loaded, a bug)
 * shows the key and never breaks the panel.
 */
export function translator(lang: Lang): Translate<MessageKey | SettingsKey> {
  const messages = loaded[lang];
  return (key, params) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
