import { useId } from 'react';
import type { SettingsKey } from '@/lib/i18n';
import { MAX_PROMPT_LENGTH } from '@/lib/prompts/limits';
import type { ImportPlan, ThemeChoice } from '@/lib/prompts/import/plan';
import type { RowErrorCode } from '@/lib/prompts/import/types';
import { THEMES } from '@/lib/prompts/themes';
import { useSettingsI18n } from './use-settings-i18n';

/** Rows with errors listed by number; the rest are counted. */
const MAX_LISTED_ERRORS = 10;

const ROW_KEYS: Record<RowErrorCode, SettingsKey> = {
  'no-text': 'importRow_no_text',
  'too-long': 'importRow_too_long',
  'not-a-question': 'importRow_not_a_question',
  'no-language': 'importRow_no_language',
};

interface Props {
  file: string;
  plan: ImportPlan;
  choices: ReadonlyMap<string, ThemeChoice>;
  onChoose: (category: string, choice: ThemeChoice) => void;
  onImport: () => void;
  onCancel: () => void;
}

/** What a question bank holds, the theme of each of its categories, and the `Import` button. */
export function ImportPreview({ file, plan, choices, onChoose, onImport, onCancel }: Props) {
  const { t } = useSettingsI18n();
  const summaryId = useId();
  const listed = plan.errors.slice(0, MAX_LISTED_ERRORS);
  return (
    <div className="confirm import-preview" role="group" aria-labelledby={summaryId}>
      <div id={summaryId} role="status">
        <p>{t('importFound', { count: plan.found, file })}</p>
        {plan.fresh.length > 0 ? (
          <p>{t('importFresh', { count: plan.fresh.length })}</p>
        ) : (
          <p>{t('importNothingNew')}</p>
        )}
        {plan.duplicates.length > 0 && <p>{t('importDuplicates', { count: plan.duplicates.length })}</p>}
      </div>
      {plan.errors.length > 0 && (
        <div className="message error">
          <p>{t('importErrors', { count: plan.errors.length })}</p>
          <ul>
            {listed.map((e) => (
              <li key={e.row}>
                {t('importRowError', {
                  row: e.row,
                  reason: t(ROW_KEYS[e.reason], { max: MAX_PROMPT_LENGTH }),
                })}
              </li>
            ))}
          </ul>
          {plan.errors.length > listed.length && (
            <p>{t('importMoreErrors', { count: plan.errors.length - listed.length })}</p>
          )}
        </div>
      )}
      {plan.fresh.length > 0 && (
        <fieldset className="choices">
          <legend>{t('importMapHeading')}</legend>
          {plan.categories.map((category) => (
            <label key={category} className="field">
              {t('importMapLabel', { category: category === '' ? t('importNoCategory') : category })}
              <select
                value={choices.get(category) ?? 'auto'}
                onChange={(e) => onChoose(category, e.target.value as ThemeChoice)}
              >
                <option value="auto">{t('importAuto')}</option>
                {THEMES.map((th) => (
                  <option key={th} value={th}>
                    {t(`theme_${th}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      <div className="row">
        {plan.fresh.length > 0 && (
          <button type="button" onClick={onImport}>
            {t('importConfirm')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </div>
  );
}
