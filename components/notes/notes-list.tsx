import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { notesOf } from '@/storage/notes';
import type { Note, Session } from '@/storage/types';
import { useBoot } from '../app/boot-context';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { NoteRow } from './note-row';
import { forgetReadNotes, savesSoFar, useStoredNotes, withStoredNotes } from './stored-notes';

/** From this many notes on, only the rows in view are rendered. */
const VIRTUALIZE_FROM = 100;

// The virtualizer (~7 kB gzip) loads only when a session is that long.
const VirtualNotes = lazy(() => import('./virtual-notes').then((m) => ({ default: m.VirtualNotes })));

/** How many saves of the box each read of the notes started after (see stored-notes). */
const readAfter = new WeakMap<readonly Note[], number>();

/**
 * The session's notes in order, each with its offset into the call. Text renders as text.
 * A long session (T18) renders only the rows in view; a usual one renders every row.
 */
export function NotesList({ session, memberName }: { session: Session | null; memberName: string }) {
  const db = useDb();
  const boot = useBoot();
  const { t } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  const read = useLiveQuery(
    async () => {
      const saves = savesSoFar();
      const found = session ? await notesOf(db, session.id) : [];
      readAfter.set(found, saves);
      return found;
    },
    [db, session?.id],
    // The boot read holds the first session's notes: the list renders with the panel's first frame.
    boot && session?.id === boot.session?.id ? boot.notes : undefined,
  );
  const stored = useStoredNotes((s) => s.stored);
  const saves = read ? (readAfter.get(read) ?? 0) : 0;
  // A note from the box shows as soon as it is stored, before the read that follows.
  const notes = read && session ? withStoredNotes(read, stored, session, saves) : read;
  useEffect(() => {
    if (read) forgetReadNotes(saves);
  }, [read, saves]);
  // The same function on every render, so rows that did not change are not rendered again.
  const focusList = useCallback(() => list.current?.focus(), []);

  return (
    <section className="card notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes')}</h2>
      {notes && notes.length === 0 && <p className="empty">{t('notesEmpty')}</p>}
      {session && notes && notes.length >= VIRTUALIZE_FROM ? (
        <Suspense fallback={null}>
          <VirtualNotes notes={notes} session={session} memberName={memberName} label={t('notes')} />
        </Suspense>
      ) : (
        <ol aria-label={t('notes')} className="notes-list" ref={list} tabIndex={-1}>
          {session &&
            notes?.map((note) => (
              <NoteRow
                key={note.id}
                note={note}
                session={session}
                memberName={memberName}
                onDeleted={focusList}
              />
            ))}
        </ol>
      )}
    </section>
  );
}
