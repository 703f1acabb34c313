import { en, type MessageKey, type Messages } from './en';
import { ja } from './ja';

export type Lang = 'ja' | 'en';
export type { MessageKey, Messages };

const CATALOGUES: Record<Lang, Messages> = { en, ja };

/** The UI language for the browser's preferred languages: Japanese if it comes first, else English. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ja' || base === 'en') return base;
  }
  return 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translate function for one language; `{name}` placeholders are filled from params. */
export function translator(lang: Lang): Translate {
  const messages = CATALOGUES[lang];
  // Types keep both catalogues complete; at run time a missing text still never breaks the panel.
  return (key, params) =>
    (messages[key] ?? en[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
