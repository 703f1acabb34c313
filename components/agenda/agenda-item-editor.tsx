import { useState, type KeyboardEvent } from 'react';
import { editAgendaItem } from '@/storage/agenda';
import { MAX_AGENDA_LENGTH } from '@/storage/limits';
import type { AgendaItem, Member } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';
import { OwnerSelect } from './owner-select';

interface Props {
  item: AgendaItem;
  member: Member;
  onDone: () => void;
  onError: (error: unknown) => void;
}

/** Inline edit of a topic: Enter saves, Escape cancels (never during an IME conversion). */
export function AgendaItemEditor({ item, member, onDone, onError }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const [text, setText] = useState(item.text);
  const [owner, setOwner] = useState(item.owner);

  const save = () => {
    editAgendaItem(db, item.id, { text, owner })
      .then((saved) => {
        if (saved) onDone();
      })
      .catch(onError);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <div className="row agenda-editor">
      <input
        aria-label={t('editItemBox')}
        value={text}
        maxLength={MAX_AGENDA_LENGTH}
        autoFocus
        className="grow"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <OwnerSelect member={member} value={owner} onChange={setOwner} />
    </div>
  );
}
