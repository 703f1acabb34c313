import { useLiveQuery } from 'dexie-react-hooks';
import { setActionDetails } from '@/storage/actions';
import type { Note, Owner } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';

/** Who does an action item and by when. */
export function ActionFields({ note, onError }: { note: Note; onError: (e: unknown) => void }) {
  const db = useDb();
  const { t } = useI18n();
  const memberName = useLiveQuery(
    async () => (await db.members.get(note.memberId))?.name,
    [db, note.memberId],
  );
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
        <option value="member">{memberName ?? t('ownerMember')}</option>
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
