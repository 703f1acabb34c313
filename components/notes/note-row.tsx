import { memo, useEffect, useRef, useState } from 'react';
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
  /** The session's member, named on an action item's owner choice. */
  memberName: string;
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

/**
 * One note: offset, kind, text; edit in place, or delete with undo. Rendered again only when
 * what it shows changed: each read of the list brings new objects for the same notes.
 */
export const NoteRow = memo(Row, sameRow);

function Row({ note, session, memberName, onDeleted, virtual }: Props) {
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
            <ActionFields
              note={note}
              memberName={memberName}
              onError={(e: unknown) => setError(saveErrorText(t, e))}
            />
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

function sameRow(a: Props, b: Props): boolean {
  return (
    a.session === b.session &&
    a.memberName === b.memberName &&
    a.onDeleted === b.onDeleted &&
    sameFields(a.virtual, b.virtual) &&
    sameFields(a.note, b.note)
  );
}

/** Equal own fields, one level deep (a note's action details). */
function sameFields(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    if (Object.is(x[key], y[key])) continue;
    const [u, v] = [x[key], y[key]];
    if (typeof u !== 'object' || typeof v !== 'object' || !u || !v || Array.isArray(u) || Array.isArray(v))
      return false;
    if (!sameFields(u, v)) return false;
  }
  return true;
}
