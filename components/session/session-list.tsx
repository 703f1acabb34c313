import { formatOffset } from '@/lib/time';
import type { Session } from '@/storage/types';
import { useI18n } from '../app/i18n-context';
import { useUi } from '../app/ui-store';
import { PulseTrend } from './pulse-trend';

/** The body of the session history: the pulse trend and every session, newest first. */
export function SessionList({ sessions, shown }: { sessions: Session[]; shown: Session | null }) {
  const { t, lang } = useI18n();
  const setViewed = useUi((s) => s.setViewedSession);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const latest = sessions[0];

  return (
    <>
      <PulseTrend sessions={sessions} />
      {shown && latest && shown.id !== latest.id && (
        <button type="button" className="secondary" onClick={() => setViewed(null)}>
          {t('backToLatest')}
        </button>
      )}
      <ul className="history-list">
        {sessions.map((s) => (
          <li key={s.id} className={s.id === shown?.id ? 'current' : ''}>
            <button
              type="button"
              className="link"
              aria-label={t('openSession', { date: date.format(s.startedAt) })}
              aria-current={s.id === shown?.id ? 'true' : undefined}
              onClick={() => setViewed(s.id)}
            >
              {date.format(s.startedAt)}
            </button>
            <span className="meta">
              {s.endedAt === undefined ? t('sessionRunning') : formatOffset(s.endedAt - s.startedAt)}
              {s.theme && ` · ${t(`theme_${s.theme}`)}`}
              {s.mood && ` · ${t('mood')} ${s.mood}`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
