import { useState } from 'react';
import { THEMES, WANTS } from '@/lib/prompts/themes';
import { DEFAULT_PLANNED_MINUTES, setCheckIn } from '@/storage/sessions';
import type { CheckIn as CheckInValues, Member, Mood, Session, Theme, Want } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useOptimisticValue } from '../app/use-optimistic-value';

const MOODS: readonly Mood[] = [1, 2, 3, 4, 5];
const NONE: CheckInValues = {};
const MIN_PLANNED = 5;
const MAX_PLANNED = 240;

interface Props {
  member: Member;
  /** The running session; without one, the check-in prepares the next session. */
  running: Session | null;
}

/** Today's theme, the member's mood (1–5) and what they want from this 1on1. */
export function CheckIn({ member, running }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const [error, setError] = useState('');
  const stored = running ?? member.plan;
  const [values, setShown] = useOptimisticValue<CheckInValues>(stored ?? NONE);

  const save = (changes: CheckInValues) => {
    setShown({ ...values, ...changes });
    setCheckIn(db, running ? { sessionId: running.id } : { memberId: member.id }, changes)
      .then(() => setError(''))
      .catch((e: unknown) => setError(t('saveFailed', { error: String(e) })));
  };

  return (
    <section className="card check-in" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t('checkIn')}</h2>
      {!running && <p className="hint">{t('planHint')}</p>}
      {values.wants && (
        <p className="banner" role="note">
          {t('todayWants', { want: t(`want_${values.wants}`) })}
        </p>
      )}
      <div className="field">
        <span aria-hidden="true">{t('theme')}</span>
        <select
          aria-label={t('theme')}
          value={values.theme ?? ''}
          onChange={(e) => save({ theme: (e.target.value || undefined) as Theme | undefined })}
        >
          <option value="">{t('themeNone')}</option>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`theme_${theme}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <span aria-hidden="true">{t('mood')}</span>
        <div className="row">
          <div role="radiogroup" aria-label={t('mood')} aria-describedby="mood-hint" className="mood">
            {MOODS.map((mood) => (
              <label key={mood} className={values.mood === mood ? 'checked' : ''}>
                <input
                  type="radio"
                  name={`mood-${member.id}`}
                  aria-label={String(mood)}
                  checked={values.mood === mood}
                  onChange={() => save({ mood })}
                />
                <span aria-hidden="true">{mood}</span>
              </label>
            ))}
          </div>
          <span id="mood-hint" className="hint">
            {t('moodHint')}
          </span>
        </div>
      </div>
      <div className="field">
        <span aria-hidden="true">{t('whatTheyWant')}</span>
        <select
          aria-label={t('whatTheyWant')}
          value={values.wants ?? ''}
          onChange={(e) => save({ wants: (e.target.value || undefined) as Want | undefined })}
        >
          <option value="">{t('wantNone')}</option>
          {WANTS.map((want) => (
            <option key={want} value={want}>
              {t(`want_${want}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="field planned">
        {t('plannedMinutes')}
        <input
          type="number"
          min={MIN_PLANNED}
          max={MAX_PLANNED}
          step={5}
          value={values.plannedMinutes ?? DEFAULT_PLANNED_MINUTES}
          onChange={(e) => {
            const minutes = e.target.valueAsNumber;
            if (minutes >= MIN_PLANNED && minutes <= MAX_PLANNED) save({ plannedMinutes: minutes });
          }}
        />
      </label>
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
