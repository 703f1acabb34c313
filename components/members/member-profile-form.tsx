import { useState } from 'react';
import { FOLLOWER_TYPES, WANTS } from '@/lib/prompts/themes';
import { MAX_NAME_LENGTH } from '@/storage/limits';
import { deleteMember, restoreMember, setArchived, updateMember } from '@/storage/members';
import type { FollowerType, Member, Want } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useUi } from '../app/ui-store';
import { CallLinks } from './call-links';

/** The member's profile (used to tailor prompts), archive and delete with undo: the body of MemberDetails. */
export function MemberProfileForm({ member }: { member: Member }) {
  const db = useDb();
  const { t } = useI18n();
  const setUndo = useUi((s) => s.setUndo);
  const [draft, setDraft] = useState(member);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fail = (e: unknown) => setMessage({ text: t('saveFailed', { error: String(e) }), error: true });

  const save = () => {
    const { name, role, followerType, usualWant, background } = draft;
    updateMember(db, member.id, { name, role, followerType, usualWant, background })
      .then(() => setMessage({ text: t('saved'), error: false }))
      .catch(fail);
  };

  const remove = () => {
    deleteMember(db, member.id)
      .then(() => {
        setConfirming(false);
        setUndo({ message: t('deleted', { name: member.name }), run: () => restoreMember(db, member.id) });
      })
      .catch(fail);
  };

  return (
    <>
      <label className="field">
        {t('name')}
        <input
          value={draft.name}
          maxLength={MAX_NAME_LENGTH}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </label>
      <label className="field">
        {t('role')}
        <input
          value={draft.role ?? ''}
          maxLength={MAX_NAME_LENGTH}
          onChange={(e) => setDraft({ ...draft, role: e.target.value })}
        />
      </label>
      <label className="field">
        {t('followerType')}
        <select
          value={draft.followerType ?? ''}
          onChange={(e) =>
            setDraft({ ...draft, followerType: (e.target.value || undefined) as FollowerType | undefined })
          }
        >
          <option value="">{t('followerNone')}</option>
          {FOLLOWER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`follower_${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('usualWant')}
        <select
          value={draft.usualWant ?? ''}
          onChange={(e) =>
            setDraft({ ...draft, usualWant: (e.target.value || undefined) as Want | undefined })
          }
        >
          <option value="">{t('followerNone')}</option>
          {WANTS.map((want) => (
            <option key={want} value={want}>
              {t(`want_${want}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('background')}
        <textarea
          rows={3}
          maxLength={5_000}
          value={draft.background ?? ''}
          onChange={(e) => setDraft({ ...draft, background: e.target.value })}
        />
      </label>
      <CallLinks member={member} />
      <div className="row">
        <button type="button" onClick={save}>
          {t('saveDetails')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setArchived(db, member.id, true).catch(fail);
          }}
        >
          {t('archive')}
        </button>
        <button type="button" className="secondary danger" onClick={() => setConfirming(true)}>
          {t('deleteMember')}
        </button>
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="confirm-delete-text">
          <p id="confirm-delete-text">{t('confirmDelete', { name: member.name })}</p>
          <div className="row">
            <button type="button" className="danger" onClick={remove}>
              {t('confirmDeleteButton')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} autoFocus>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p className={`message${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </>
  );
}
