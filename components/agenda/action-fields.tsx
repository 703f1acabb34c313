import { setActionDetails } from '@/storage/actions';
import type { Note, Owner } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';

interface Props {
  note: Note;
  /**
   * The member's name, for the owner choice. From the parent, which has the member: a live
   * query per row would be one more subscriber for every database write to check (issue 9, P2).
   */
  memberName: string;
  onError: (e: unknown) => void;
}

/** Who does an action item and by when. */
export function ActionFields({ note, memberName, onError }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const save = (changes: { owner?: Owner; due?: string | undefined }) => {
    setActionDetails(db, note.id, changes).catch(onError);
  };
  return (
    <span className="action-fields">
      <select
        aria-label={t('actionOwner', { text: note.text })}
        value={note.action?.owner ?? 'me'}
        onChange={(e) => save({ owner: e.target.value as Owner })}
      >
        <option value="me">{t('ownerMe')}</option>
        <option value="member">{memberName}</option>
      </select>
      <input
        type="date"
        aria-label={t('actionDue', { text: note.text })}
        value={note.action?.due ?? ''}
        onChange={(e) => save({ due: e.target.value || undefined })}
      />
    </span>
  );
}
