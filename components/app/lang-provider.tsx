import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, type ReactNode } from 'react';
import { loadMessages, pickLang, type Lang } from '@/lib/i18n';
import { getPreference, type LanguagePreference } from '@/storage/settings';
import { useBoot } from './boot-context';
import { useDb } from './db-context';
import { LangContext } from './i18n-context';

function shownLang(preference: LanguagePreference): Lang {
  return preference === 'auto' ? pickLang(navigator.languages) : preference;
}

/**
 * Provides the panel's language from the `language` setting (live), falling back to the
 * browser's, and applies the `appearance` setting as `data-theme` on <html>. Starts from the
 * settings read before the first render (boot); without them it renders nothing until the
 * settings and the language's messages load, so the panel never flashes in the wrong language.
 */
export function LangProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const boot = useBoot();
  const prefs = useLiveQuery(
    async () => {
      const [language, appearance] = await Promise.all([
        getPreference(db, 'language'),
        getPreference(db, 'appearance'),
      ]).catch(() => ['auto', 'system'] as const);
      const lang = shownLang(language);
      // A language is shown once its messages are loaded (chunks of their own), with the parts
      // a view already open needs (the settings view's, after a switch there); this comes after
      // the reads, so the live query still sees every table it read.
      await loadMessages(lang);
      return { lang, appearance };
    },
    [db],
    boot ? { lang: shownLang(boot.prefs.language), appearance: boot.prefs.appearance } : undefined,
  );
  const lang = prefs?.lang ?? shownLang('auto');
  const appearance = prefs?.appearance ?? 'system';

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    const root = document.documentElement;
    if (appearance === 'system') delete root.dataset.theme;
    else root.dataset.theme = appearance;
  }, [appearance]);

  if (!prefs) return null;
  return <LangContext value={lang}>{children}</LangContext>;
}
