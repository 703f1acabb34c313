import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { notesOf } from '@/storage/notes';
import type { Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { NoteRow } from './note-row';
import { VIRTUALIZE_FROM, VirtualNotes } from './virtual-notes';

/**
 * The session's notes in order, each with its offset into the call. Text renders as text.
 * A long session (T18) renders only the rows in view; a usual one renders every row.
 */
export function NotesList({ session }: { session: Session | null }) {
  const db = useDb();
  const { t } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  const notes = useLiveQuery(async () => (session ? notesOf(db, session.id) : []), [db, session?.id]);

  return (
    <section className="card notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes')}</h2>
      {notes && notes.length === 0 && <p className="empty">{t('notesEmpty')}</p>}
      {session && notes && notes.length >= VIRTUALIZE_FROM ? (
        <VirtualNotes notes={notes} session={session} label={t('notes')} />
      ) : (
        <ol aria-label={t('notes')} className="notes-list" ref={list} tabIndex={-1}>
          {session &&
            notes?.map((note) => (
              <NoteRow key={note.id} note={note} session={session} onDeleted={() => list.current?.focus()} />
            ))}
        </ol>
      )}
    </section>
  );
}
