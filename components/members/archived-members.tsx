import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listArchived, setArchived } from '@/storage/members';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';

/** Archived members, each with a way back. Hidden when there are none. */
export function ArchivedMembers() {
  const db = useDb();
  const { t } = useI18n();
  const archived = useLiveQuery(() => listArchived(db), [db]);
  const [error, setError] = useState('');
  if (!archived?.length) return null;

  return (
    <details className="archived">
      <summary>
        {t('archivedMembers')} ({archived.length})
      </summary>
      <ul>
        {archived.map((m) => (
          <li key={m.id}>
            <span>{m.name}</span>
            <button
              type="button"
              className="secondary"
              aria-label={t('restoreMember', { name: m.name })}
              onClick={() => {
                setArchived(db, m.id, false).catch((e: unknown) => setError(String(e)));
              }}
            >
              {t('restore')}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="message error" role="alert">
          {t('saveFailed', { error })}
        </p>
      )}
    </details>
  );
}
