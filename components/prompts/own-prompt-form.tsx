import { useId, useState, type FormEvent } from 'react';
import { MAX_PROMPT_LENGTH, MAX_PROMPT_THEMES } from '@/lib/prompts/limits';
import { THEMES } from '@/lib/prompts/themes';
import type { Theme } from '@/lib/prompts/types';
import type { MessageKey } from '@/lib/i18n';
import { addCustomPrompt, checkPrompt, type PromptProblem } from '@/storage/prompts';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';

const PROBLEM_KEYS: Record<PromptProblem, MessageKey> = {
  empty: 'ownPrompt_empty',
  'too-long': 'ownPrompt_too_long',
  'no-theme': 'ownPrompt_no_theme',
  'too-many-themes': 'ownPrompt_too_many_themes',
  'bad-theme': 'ownPrompt_bad_theme',
};

interface Props {
  /** Today's theme, checked to begin with. */
  theme: Theme | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * Writing a prompt of one's own: Japanese and/or English (one is enough, it shows in
 * both), and 1 to 3 themes. Text boxes are textareas so that Enter confirming an IME
 * conversion never submits.
 */
export function OwnPromptForm({ theme, onSaved, onCancel }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const [ja, setJa] = useState('');
  const [en, setEn] = useState('');
  const [themes, setThemes] = useState<Theme[]>(theme ? [theme] : []);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const hintId = useId();

  const toggle = (th: Theme, on: boolean) =>
    setThemes((list) => (on ? [...list.filter((x) => x !== th), th] : list.filter((x) => x !== th)));

  const save = (e: FormEvent) => {
    e.preventDefault();
    const prompt = { text: { ja, en }, themes };
    const problem = checkPrompt(prompt);
    if (problem) {
      setError(t(PROBLEM_KEYS[problem], { max: MAX_PROMPT_LENGTH }));
      return;
    }
    setSaving(true);
    addCustomPrompt(db, prompt)
      .then(() => {
        setSaving(false);
        onSaved();
      })
      .catch((err: unknown) => {
        setSaving(false);
        setError(t('saveFailed', { error: String(err) }));
      });
  };

  return (
    <form className="own-prompt" aria-label={t('ownPromptHeading')} onSubmit={save}>
      <p className="hint" id={hintId}>
        {t('ownPromptHint')}
      </p>
      <label className="field">
        {t('ownPromptJa')}
        <textarea
          rows={2}
          lang="ja"
          value={ja}
          aria-describedby={hintId}
          onChange={(e) => setJa(e.target.value)}
        />
      </label>
      <label className="field">
        {t('ownPromptEn')}
        <textarea
          rows={2}
          lang="en"
          value={en}
          aria-describedby={hintId}
          onChange={(e) => setEn(e.target.value)}
        />
      </label>
      <fieldset className="choices theme-choices">
        <legend>{t('ownPromptThemes')}</legend>
        {THEMES.map((th) => {
          const checked = themes.includes(th);
          return (
            <label key={th} className="check">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && themes.length >= MAX_PROMPT_THEMES}
                onChange={(e) => toggle(th, e.target.checked)}
              />
              {t(`theme_${th}`)}
            </label>
          );
        })}
      </fieldset>
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={saving}>
          {t('saveOwnPrompt')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
