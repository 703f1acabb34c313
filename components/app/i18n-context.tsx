import { createContext, useContext, useMemo } from 'react';
import { translator, type Lang, type Translate } from '@/lib/i18n';

interface I18n {
  lang: Lang;
  t: Translate;
}

export const LangContext = createContext<Lang>('en');

/** The panel's language and its translate function. */
export function useI18n(): I18n {
  const lang = useContext(LangContext);
  return useMemo(() => ({ lang, t: translator(lang) }), [lang]);
}
