import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { deleteAgendaItem, setDiscussed } from '@/storage/agenda';
import type { AgendaItem, Member, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useOptimisticValue } from '../app/use-optimistic-value';
import { AgendaItemEditor } from './agenda-item-editor';

interface Props {
  item: AgendaItem;
  member: Member;
  session: Session | null;
  dragging: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: (event: DragEvent) => void;
  onError: (error: unknown) => void;
}

/** One topic: discussed toggle, owner, edit, delete; draggable, and movable with Alt+↑/↓. */
export function AgendaRow({
  item,
  member,
  session,
  dragging,
  onKeyDown,
  onDragStart,
  onDragEnd,
  onDrop,
  onError,
}: Props) {
  const db = useDb();
  const { t } = useI18n();
  const [discussed, setShown] = useOptimisticValue(item.discussedAt !== undefined);
  const [editing, setEditing] = useState(false);

  if (editing) {
    return (
      <li>
        <AgendaItemEditor item={item} member={member} onDone={() => setEditing(false)} onError={onError} />
      </li>
    );
  }

  return (
    <li
      className={`${discussed ? 'done' : ''}${dragging ? ' dragging' : ''}`}
      draggable
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <label>
        <input
          id={`agenda-item-${item.id}`}
          type="checkbox"
          aria-label={t('discussed', { text: item.text })}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          aria-describedby="agenda-reorder-hint"
          checked={discussed}
          disabled={!session}
          onChange={(e) => {
            setShown(e.target.checked);
            setDiscussed(db, item.id, e.target.checked ? session?.id : undefined).catch(onError);
          }}
          onKeyDown={onKeyDown}
        />
        <span>{item.text}</span>
      </label>
      {item.owner === 'member' && <span className="meta">{member.name}</span>}
      <button
        type="button"
        className="icon"
        aria-label={t('editItem', { text: item.text })}
        onClick={() => setEditing(true)}
      >
        ✎
      </button>
      <button
        type="button"
        className="icon"
        aria-label={t('deleteItem', { text: item.text })}
        onClick={() => {
          deleteAgendaItem(db, item.id).catch(onError);
        }}
      >
        ×
      </button>
    </li>
  );
}
