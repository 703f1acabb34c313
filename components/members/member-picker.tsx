import { useState, type KeyboardEvent } from 'react';
import { addMember, checkMemberName } from '@/storage/members';
import { MAX_NAME_LENGTH } from '@/storage/limits';
import { setSetting } from '@/storage/settings';
import type { Member } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';
import { useUi } from '../app/ui-store';

/** Option labels that tell same-named members apart: their role, else their position by creation. */
export function distinctLabels(members: readonly Member[]): Map<string, string> {
  const byName = new Map<string, Member[]>();
  for (const m of [...members].sort((a, b) => a.createdAt - b.createdAt)) {
    byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  }
  const labels = new Map<string, string>();
  for (const [name, same] of byName) {
    same.forEach((m, i) => {
      const suffix = m.role ? ` · ${m.role}` : ` (${i + 1})`;
      labels.set(m.id, same.length > 1 ? name + suffix : name);
    });
  }
  return labels;
}

interface Props {
  members: Member[];
  selected: Member | null;
}

/** Chooses the member of the 1on1, or adds a new one (Enter saves and selects). */
export function MemberPicker({ members, selected }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const adding = useUi((s) => s.addingMember);
  const setAdding = useUi((s) => s.setAddingMember);
  const [name, setName] = useState('');
  const [error, setError] = useState('');

  const labels = distinctLabels(members);

  const select = (id: string) => {
    setSetting(db, 'selectedMemberId', id).catch((e: unknown) =>
      setError(t('saveFailed', { error: String(e) })),
    );
  };

  const save = async () => {
    const problem = checkMemberName(name);
    if (problem) {
      setError(problem === 'empty' ? t('nameEmpty') : t('nameTooLong', { max: MAX_NAME_LENGTH }));
      return;
    }
    try {
      const member = await addMember(db, name);
      await setSetting(db, 'selectedMemberId', member.id);
      setName('');
      setError('');
      setAdding(false);
    } catch (e) {
      setError(t('saveFailed', { error: String(e) }));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      setAdding(false);
      setError('');
    }
  };

  return (
    <div className="member-picker">
      <div className="row">
        <select
          aria-label={t('member')}
          value={selected?.id ?? ''}
          onChange={(e) => select(e.target.value)}
          className="grow"
        >
          <option value="" disabled>
            {members.length ? t('chooseMember') : t('noMembers')}
          </option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {labels.get(m.id)}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => setAdding(!adding)} aria-expanded={adding}>
          {t('newMember')}
        </button>
      </div>
      {adding && (
        <div className="row">
          <input
            aria-label={t('memberName')}
            placeholder={t('memberNamePlaceholder')}
            value={name}
            maxLength={MAX_NAME_LENGTH * 2}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'member-error' : undefined}
            className="grow"
          />
          <button type="button" onClick={() => void save()}>
            {t('addMember')}
          </button>
        </div>
      )}
      {error && (
        <p id="member-error" className="message error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
