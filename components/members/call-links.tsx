import { useState, type KeyboardEvent } from 'react';
import { parseCallUrl } from '@/lib/call/url';
import { linkCallToMember, unlinkCallUrl } from '@/storage/members';
import type { Member } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';

/** The call links a member uses: a call on one of them starts the member's session by itself. */
export function CallLinks({ member }: { member: Member }) {
  const db = useDb();
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const fail = (e: unknown) => setError(t('saveFailed', { error: String(e) }));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || isComposing(event)) return;
    event.preventDefault();
    const call = parseCallUrl(url.trim());
    if (!call) {
      setError(t('linkInvalid'));
      return;
    }
    linkCallToMember(db, member.id, call)
      .then(() => {
        setUrl('');
        setError('');
      })
      .catch(fail);
  };

  return (
    <div className="field">
      {t('callLinks')}
      <ul className="call-links">
        {member.callUrls.map((link) => (
          <li key={link}>
            <span>{link}</span>
            <button
              type="button"
              className="icon"
              aria-label={t('removeLink', { url: link })}
              onClick={() => {
                unlinkCallUrl(db, member.id, link).catch(fail);
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        aria-label={t('addLink')}
        placeholder={t('addLinkPlaceholder')}
        value={url}
        inputMode="url"
        onChange={(e) => setUrl(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
