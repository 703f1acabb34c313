import { useState } from 'react';
import { formatOffset } from '@/lib/time';
import { endSession, startSession } from '@/storage/sessions';
import type { Member, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useNow } from '../app/use-now';
import { useUi } from '../app/ui-store';

interface Props {
  member: Member;
  session: Session | null;
}

/** The session's state and clock (derived from its start stamp), with Start / End. */
export function SessionBar({ member, session }: Props) {
  const db = useDb();
  const { t, lang } = useI18n();
  const running = session !== null && session.endedAt === undefined;
  const now = useNow(running);
  const [error, setError] = useState('');
  const setViewed = useUi((s) => s.setViewedSession);

  const act = async () => {
    try {
      if (running) await endSession(db, session.id);
      else await startSession(db, member.id);
      setViewed(null);
      setError('');
    } catch (e) {
      setError(t('saveFailed', { error: String(e) }));
    }
  };

  let status: string;
  if (!session) status = t('noSession');
  else if (running) status = `${t('sessionRunning')} · ${formatOffset(now - session.startedAt)}`;
  else {
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
      session.startedAt,
    );
    status = `${t('sessionOf', { date })} · ${t('sessionEnded', { length: formatOffset(session.endedAt! - session.startedAt) })}`;
  }

  return (
    <div className="session-bar">
      <p className={`session-status${running ? ' live' : ''}`}>
        {running && <span className="dot" aria-hidden="true" />}
        <span>{status}</span>
      </p>
      <button type="button" className={running ? 'secondary' : ''} onClick={() => void act()}>
        {running ? t('endSession') : t('startSession')}
      </button>
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
