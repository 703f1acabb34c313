import { useState } from 'react';
import {
  MAX_PLANNED_MINUTES,
  setSetting,
  type AppearancePreference,
  type LanguagePreference,
  type SettingValues,
} from '@/storage/settings';
import { useDb } from '../app/db-context';
import { LanguageOptions } from './language-options';
import { usePreference } from './use-preference';
import { useSettingsI18n } from './use-settings-i18n';

/** Language and appearance overrides, and the planned length of new sessions. */
export function Preferences() {
  const db = useDb();
  const { t } = useSettingsI18n();
  const language = usePreference('language');
  const appearance = usePreference('appearance');
  const planned = usePreference('defaultPlannedMinutes');
  const [minutes, setMinutes] = useState<string | null>(null);
  const [error, setError] = useState('');

  const save = <K extends keyof SettingValues>(key: K, value: SettingValues[K]) => {
    setSetting(db, key, value)
      .then(() => setError(''))
      .catch((e: unknown) => setError(t('preferenceFailed', { error: String(e) })));
  };
  const minutesValid = (text: string) => /^\d+$/.test(text) && +text >= 1 && +text <= MAX_PLANNED_MINUTES;
  const shownMinutes = minutes ?? String(planned);

  return (
    <>
      <section className="card" aria-labelledby="prefs-heading">
        <h2 id="prefs-heading">{t('preferencesHeading')}</h2>
        <label className="field">
          {t('language')}
          <select value={language} onChange={(e) => save('language', e.target.value as LanguagePreference)}>
            <option value="auto">{t('languageAuto')}</option>
            <LanguageOptions />
          </select>
        </label>
        <label className="field">
          {t('appearance')}
          <select
            value={appearance}
            onChange={(e) => save('appearance', e.target.value as AppearancePreference)}
          >
            <option value="system">{t('appearanceSystem')}</option>
            <option value="light">{t('appearanceLight')}</option>
            <option value="dark">{t('appearanceDark')}</option>
          </select>
        </label>
      </section>
      <section className="card" aria-labelledby="session-defaults-heading">
        <h2 id="session-defaults-heading">{t('sessionDefaultsHeading')}</h2>
        <label className="field">
          {t('defaultPlannedMinutes')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_PLANNED_MINUTES}
            step={1}
            value={shownMinutes}
            aria-invalid={!minutesValid(shownMinutes)}
            aria-describedby="planned-hint"
            onChange={(e) => {
              const text = e.target.value;
              setMinutes(text);
              if (minutesValid(text)) save('defaultPlannedMinutes', Number(text));
            }}
            onBlur={() => setMinutes(null)}
          />
        </label>
        <p id="planned-hint" className={minutesValid(shownMinutes) ? 'hint' : 'message error'}>
          {minutesValid(shownMinutes)
            ? t('defaultPlannedHint')
            : t('plannedInvalid', { max: MAX_PLANNED_MINUTES })}
        </p>
        {error && (
          <p className="message error" role="alert">
            {error}
          </p>
        )}
      </section>
    </>
  );
}
