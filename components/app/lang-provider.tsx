import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, type ReactNode } from 'react';
import { pickLang } from '@/lib/i18n';
import { getPreference } from '@/storage/settings';
import { useDb } from './db-context';
import { LangContext } from './i18n-context';

/**
 * Provides the panel's language from the `language` setting (live), falling back to the
 * browser's, and applies the `appearance` setting as `data-theme` on <html>. Renders
 * nothing for the few milliseconds the settings take to load, so the panel never flashes
 * in the wrong language.
 */
export function LangProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const prefs = useLiveQuery(async () => {
    const [language, appearance] = await Promise.all([
      getPreference(db, 'language'),
      getPreference(db, 'appearance'),
    ]).catch(() => ['auto', 'system'] as const);
    return { language, appearance };
  }, [db]);
  const lang = prefs && prefs.language !== 'auto' ? prefs.language : pickLang(navigator.languages);
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
