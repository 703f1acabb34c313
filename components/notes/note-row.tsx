import { useEffect, useRef, useState } from 'react';
import { formatOffset, offsetInSession } from '@/lib/time';
import { deleteNote, restoreNote } from '@/storage/notes';
import type { Note, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useUi } from '../app/ui-store';
import { ActionFields } from '../agenda/action-fields';
import { KindBadge } from './kind-badge';
import { NoteEditor } from './note-editor';
import { saveErrorText } from './save-error';

interface Props {
  note: Note;
  session: Session;
  /** Where focus goes when this row disappears. */
  onDeleted: () => void;
  /** Set when the row is one of a virtualized list's (VirtualNotes). */
  virtual?: {
    index: number;
    setSize: number;
    start: number;
    measure: (el: HTMLElement | null) => void;
  };
}

/** One note: offset, kind, text; edit in place, or delete with undo. */
export function NoteRow({ note, session, onDeleted, virtual }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const setUndo = useUi((s) => s.setUndo);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const offset = formatOffset(offsetInSession(session.startedAt, note.createdAt));
  const label = { time: offset, text: note.text.slice(0, 40) };

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const remove = async () => {
    const removed = await deleteNote(db, note.id);
    if (!removed) return;
    setUndo({ message: t('noteDeleted'), run: () => restoreNote(db, removed) });
    onDeleted();
  };

  return (
    <li
      className={`note kind-${note.kind}`}
      {...(virtual && {
        ref: virtual.measure,
        'data-index': virtual.index,
        'aria-setsize': virtual.setSize,
        'aria-posinset': virtual.index + 1,
        style: { transform: `translateY(${virtual.start}px)` },
      })}
    >
      <time dateTime={new Date(note.createdAt).toISOString()}>{offset}</time>
      {editing ? (
        <NoteEditor
          note={note}
          onDone={() => {
            returnFocus.current = true;
            setEditing(false);
          }}
        />
      ) : (
        <div className="note-main">
          <p className="note-body">
            <KindBadge kind={note.kind} />
            <span className="note-text">{note.text}</span>
            {note.editedAt !== undefined && <span className="meta edited"> · {t('edited')}</span>}
          </p>
          {/* Icons come from CSS so the row's text stays the note's own text. */}
          <span className="note-actions">
            <button
              ref={editButton}
              type="button"
              className="icon edit"
              aria-label={t('editNote', label)}
              onClick={() => setEditing(true)}
            />
            <button
              type="button"
              className="icon delete"
              aria-label={t('deleteNote', label)}
              onClick={() => {
                remove().catch((e: unknown) => setError(saveErrorText(t, e)));
              }}
            />
          </span>
          {note.kind === 'action' && (
            <ActionFields note={note} onError={(e: unknown) => setError(saveErrorText(t, e))} />
          )}
          {error && (
            <p className="message error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
