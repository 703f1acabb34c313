import { useState } from 'react';
import { setSetting, type HeadingLanguage, type SettingValues, type SummaryLayout } from '@/storage/settings';
import { useDb } from '../app/db-context';
import { LanguageOptions } from './language-options';
import { usePreference } from './use-preference';
import { useSettingsI18n } from './use-settings-i18n';

const LAYOUTS: readonly SummaryLayout[] = ['full', 'actions-first', 'member'];

/** How `Copy summary` lays the summary out, in which language, and whether prompts are listed. */
export function SummaryDefaults() {
  const db = useDb();
  const { t } = useSettingsI18n();
  const layout = usePreference('summaryLayout');
  const headingLanguage = usePreference('summaryHeadingLanguage');
  const includePrompts = usePreference('summaryIncludePrompts');
  const [error, setError] = useState('');

  const save = <K extends keyof SettingValues>(key: K, value: SettingValues[K]) => {
    setSetting(db, key, value)
      .then(() => setError(''))
      .catch((e: unknown) => setError(t('preferenceFailed', { error: String(e) })));
  };

  return (
    <section className="card" aria-labelledby="summary-defaults-heading">
      <h2 id="summary-defaults-heading">{t('summaryDefaultsHeading')}</h2>
      <label className="field">
        {t('summaryLayout')}
        <select value={layout} onChange={(e) => save('summaryLayout', e.target.value as SummaryLayout)}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`layout_${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('summaryHeadingLanguage')}
        <select
          value={headingLanguage}
          onChange={(e) => save('summaryHeadingLanguage', e.target.value as HeadingLanguage)}
        >
          <option value="auto">{t('headingLanguageAuto')}</option>
          <LanguageOptions />
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={includePrompts}
          onChange={(e) => save('summaryIncludePrompts', e.target.checked)}
        />
        {t('includePrompts')}
      </label>
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
