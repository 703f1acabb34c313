import { useCallback, useState } from 'react';
import type { RankedSuggestion, ReasonCode } from '@/lib/prompts/engine';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { PromptContext } from '@/lib/prompts/types';
import { markPromptAsked, startSession } from '@/storage/sessions';
import type { Member, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useSuggestions } from './use-suggestions';
import { WaitCue } from './wait-cue';

interface Props {
  member: Member;
  running: Session | null;
}

/** A reason in the UI language, from the engine's stable code. */
function reasonText(t: Translate, code: ReasonCode, context: PromptContext): string {
  const key = `reason_${code.replaceAll('-', '_')}` as MessageKey;
  return t(key, {
    theme: context.theme ? t(`theme_${context.theme}`) : '',
    count: context.openActionCount,
    type: context.followerType ? t(`follower_${context.followerType}`).split(' ')[0]! : '',
  });
}

/** At most three prompts for now, each with why it was picked; "Asked" records it. */
export function SuggestedPrompts({ member, running }: Props) {
  const db = useDb();
  const { t, lang } = useI18n();
  const { context, suggestions } = useSuggestions(member, running);
  // Each deeper question asked restarts the wait cue (a new key remounts it).
  const [waitKey, setWaitKey] = useState<number | null>(null);
  const endWait = useCallback(() => setWaitKey(null), []);
  const [error, setError] = useState('');

  const asked = async (suggestion: RankedSuggestion) => {
    try {
      const session = running ?? (await startSession(db, member.id));
      await markPromptAsked(db, session.id, suggestion.prompt.id);
      // A deeper question needs silence afterwards: a quiet cue to wait for their words.
      setWaitKey(suggestion.prompt.depth === 'deeper' ? (k) => (k ?? 0) + 1 : null);
      setError('');
    } catch (e) {
      setError(t('saveFailed', { error: String(e) }));
    }
  };

  return (
    <section className="card prompts" aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">{t('suggestedPrompts')}</h2>
      {running && context?.phase === 'closing' && <p className="banner">{t('closingCard')}</p>}
      {waitKey !== null && <WaitCue key={waitKey} onDone={endWait} />}
      {context && suggestions.length === 0 && <p className="empty">{t('noPrompts')}</p>}
      <ol aria-label={t('suggestedPrompts')} className="prompt-list">
        {suggestions.map((s) => (
          <li key={s.prompt.id}>
            <p className="prompt-text" lang={lang}>
              {s.prompt.text[lang]}
            </p>
            <div className="prompt-actions">
              <details>
                <summary>{t('whyThis')}</summary>
                <ul className="reasons">
                  {context && s.reasonCodes.map((code) => <li key={code}>{reasonText(t, code, context)}</li>)}
                </ul>
              </details>
              <button
                type="button"
                className="secondary small"
                aria-label={t('markAskedLabel', { text: s.prompt.text[lang] })}
                onClick={() => void asked(s)}
              >
                {t('markAsked')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
