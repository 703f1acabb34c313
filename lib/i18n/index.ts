import type { MessageKey, Messages } from './en';

export type Lang = 'ja' | 'en';
export type { MessageKey, Messages };

// Each language is its own chunk: the panel loads only the one it shows (issue 9, P5).
const loaded: Partial<Record<Lang, Messages>> = {};
const loading: Partial<Record<Lang, Promise<Messages>>> = {};

/** Loads a language's messages once; translator(lang) needs them loaded first. */
export function loadMessages(lang: Lang): Promise<Messages> {
  loading[lang] ??= (
    lang === 'ja' ? import('./ja').then((m) => m.ja) : import('./en').then((m) => m.en)
  ).then((messages) => (loaded[lang] = messages));
  return loading[lang];
}

/** Whether translator(lang) can translate now. */
export function hasMessages(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** The UI language for the browser's preferred languages: Japanese if it comes first, else English. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ja' || base === 'en') return base;
  }
  return 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A translate function for one language whose messages are loaded (loadMessages);
 * `{name}` placeholders are filled from params. Types keep both catalogues complete; at run
 * time a missing text (or a language not loaded, a bug) shows the key and never breaks the panel.
 */
export function translator(lang: Lang): Translate {
  const messages: Partial<Messages> = loaded[lang] ?? {};
  return (key, params) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
