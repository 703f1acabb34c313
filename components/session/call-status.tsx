import { useState } from 'react';
import type { CallPhase } from '@/lib/call/classify';
import type { MessageKey } from '@/lib/i18n';
import { send } from '@/lib/messages';
import type { Member } from '@/storage/types';
import { useI18n } from '../app/i18n-context';
import { useShownCall } from './use-calls';

const PHASE_TEXT: Record<CallPhase, MessageKey> = {
  incall: 'callIn',
  prejoin: 'callWaiting',
  unknown: 'callWaiting',
  ended: 'callEnded',
};

/** What the extension knows of the call, and a way to link an unknown call to the member. */
export function CallStatus({ member }: { member: Member | null }) {
  const { t } = useI18n();
  const call = useShownCall();
  const [error, setError] = useState('');
  const name = call ? (call.title ?? call.meetingKey) : '';

  const link = () => {
    if (!call || !member) return;
    send({ type: 'link-call', tabId: call.tabId, memberId: member.id })
      .then(() => setError(''))
      .catch((e: unknown) => setError(t('saveFailed', { error: String(e) })));
  };

  return (
    <div className="call-status">
      <p role="status" aria-label={t('callStatus')} className={`call-${call?.phase ?? 'none'}`}>
        {call ? `${t(PHASE_TEXT[call.phase])} · ${name}` : t('callNone')}
      </p>
      {call && !call.sessionId && call.phase !== 'ended' && member && (
        <button type="button" className="secondary small" onClick={link}>
          {t('linkCall', { name: member.name })}
        </button>
      )}
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
