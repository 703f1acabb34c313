import { useLiveQuery } from 'dexie-react-hooks';
import { formatOffset, offsetInSession } from '@/lib/time';
import { notesOf } from '@/storage/notes';
import type { Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { KindBadge } from './kind-badge';

/** The session's notes in order, each with its offset into the call. Text renders as text. */
export function NotesList({ session }: { session: Session | null }) {
  const db = useDb();
  const { t } = useI18n();
  const notes = useLiveQuery(async () => (session ? notesOf(db, session.id) : []), [db, session?.id]);

  return (
    <section className="card notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes')}</h2>
      {notes && notes.length === 0 && <p className="empty">{t('notesEmpty')}</p>}
      <ol aria-label={t('notes')} className="notes-list">
        {session &&
          notes?.map((note) => (
            <li key={note.id} className={`note kind-${note.kind}`}>
              <time dateTime={new Date(note.createdAt).toISOString()}>
                {formatOffset(offsetInSession(session.startedAt, note.createdAt))}
              </time>
              <p className="note-body">
                <KindBadge kind={note.kind} />
                <span className="note-text">{note.text}</span>
              </p>
            </li>
          ))}
      </ol>
    </section>
  );
}
