import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type KeyboardEvent } from 'react';
import { addAgendaItem, agendaFor, setDiscussed } from '@/storage/agenda';
import { MAX_AGENDA_LENGTH } from '@/storage/limits';
import type { Member, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';

interface Props {
  member: Member;
  session: Session | null;
}

/** The member's running agenda: undiscussed items carry over from session to session. */
export function AgendaPanel({ member, session }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const items = useLiveQuery(() => agendaFor(db, member.id, session?.id), [db, member.id, session?.id]);
  const [text, setText] = useState('');
  const [error, setError] = useState('');

  const report = (e: unknown) => setError(t('saveFailed', { error: String(e) }));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || isComposing(event)) return;
    event.preventDefault();
    if (!text.trim()) return;
    addAgendaItem(db, member.id, text)
      .then(() => {
        setText('');
        setError('');
      })
      .catch(report);
  };

  return (
    <section className="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda')}</h2>
      {items && items.length === 0 && <p className="empty">{t('agendaEmpty')}</p>}
      <ul aria-label={t('agenda')} className="agenda-list">
        {items?.map((item) => (
          <li key={item.id} className={item.discussedAt !== undefined ? 'done' : ''}>
            <label>
              <input
                type="checkbox"
                aria-label={t('discussed', { text: item.text })}
                checked={item.discussedAt !== undefined}
                disabled={!session}
                onChange={(e) => {
                  setDiscussed(db, item.id, e.target.checked ? session?.id : undefined).catch(report);
                }}
              />
              <span>{item.text}</span>
            </label>
          </li>
        ))}
      </ul>
      <input
        aria-label={t('newAgendaItem')}
        placeholder={t('agendaPlaceholder')}
        value={text}
        maxLength={MAX_AGENDA_LENGTH}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
