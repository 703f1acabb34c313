import { useMemo } from 'react';
import { translator, type Lang, type MessageKey, type SettingsKey, type Translate } from '@/lib/i18n';
import { useI18n } from '../app/i18n-context';

/**
 * useI18n for the settings view, which renders only once its own messages are loaded
 * (SettingsView): its `t` takes the settings keys as well as the core ones.
 */
export function useSettingsI18n(): { lang: Lang; t: Translate<MessageKey | SettingsKey> } {
  const { lang } = useI18n();
  return useMemo(() => ({ lang, t: translator(lang) }), [lang]);
}
