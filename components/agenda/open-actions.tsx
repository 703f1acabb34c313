import { useLiveQuery } from 'dexie-react-hooks';
import { carriedActions, setActionDone } from '@/storage/actions';
import type { Member, Note, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useOptimisticValue } from '../app/use-optimistic-value';
import { ActionFields } from './action-fields';

interface Props {
  member: Member;
  session: Session | null;
  onError: (error: unknown) => void;
}

/** Action items promised in earlier sessions, on top of the agenda until they are done. */
export function OpenActions({ member, session, onError }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const actions = useLiveQuery(
    () => carriedActions(db, member.id, session),
    [db, member.id, session?.id, session?.startedAt],
  );
  if (!actions?.length) return null;

  return (
    <>
      <h3 id="open-actions-heading">{t('openActions')}</h3>
      <ul aria-labelledby="open-actions-heading" className="agenda-list actions">
        {actions.map((note) => (
          <ActionRow key={note.id} note={note} memberName={member.name} onError={onError} />
        ))}
      </ul>
    </>
  );
}

function ActionRow({
  note,
  memberName,
  onError,
}: {
  note: Note;
  memberName: string;
  onError: (error: unknown) => void;
}) {
  const db = useDb();
  const { t } = useI18n();
  const [done, setShown] = useOptimisticValue(note.action?.doneAt !== undefined);
  return (
    <li className={done ? 'done' : ''}>
      <label>
        <input
          type="checkbox"
          aria-label={t('actionDone', { text: note.text })}
          checked={done}
          onChange={(e) => {
            setShown(e.target.checked);
            setActionDone(db, note.id, e.target.checked).catch(onError);
          }}
        />
        <span>{note.text}</span>
      </label>
      <ActionFields note={note} memberName={memberName} onError={onError} />
    </li>
  );
}
