import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { sessionsOf } from '@/storage/sessions';
import type { Member, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';

// The list and the pulse trend load the first time the history is opened, not with the panel.
const SessionList = lazy(() => import('./session-list').then((m) => ({ default: m.SessionList })));

/** The member's sessions, newest first: open any to read or fix its notes. */
export function SessionHistory({ member, shown }: { member: Member; shown: Session | null }) {
  const db = useDb();
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const sessions = useLiveQuery(() => sessionsOf(db, member.id), [db, member.id]);
  if (!sessions?.length) return null;

  return (
    <details className="card history" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        {t('pastSessions')} ({sessions.length})
      </summary>
      {opened && (
        <Suspense fallback={null}>
          <SessionList sessions={sessions} shown={shown} />
        </Suspense>
      )}
    </details>
  );
}
