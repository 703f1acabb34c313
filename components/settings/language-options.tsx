import { useSettingsI18n } from './use-settings-i18n';

/** The two languages as options, each named in its own language; the caller adds its "automatic" option. */
export function LanguageOptions() {
  const { t } = useSettingsI18n();
  return (
    <>
      <option value="ja" lang="ja">
        {t('languageJa')}
      </option>
      <option value="en" lang="en">
        {t('languageEn')}
      </option>
    </>
  );
}
