import type { RankedSuggestion, ReasonCode } from '@/lib/prompts/engine';
import type { Translate } from '@/lib/i18n';
import type { PromptContext } from '@/lib/prompts/types';
import type { MessageKey } from '@/lib/i18n';
import type { Member, PromptPref } from '@/storage/types';
import { useI18n } from '../app/i18n-context';

/** A reason in the UI language, from the engine's stable code. */
function reasonText(t: Translate, code: ReasonCode, context: PromptContext): string {
  const key = `reason_${code.replaceAll('-', '_')}` as MessageKey;
  return t(key, {
    theme: context.theme ? t(`theme_${context.theme}`) : '',
    count: context.openActionCount,
    type: context.followerType ? t(`follower_${context.followerType}`).split(' ')[0]! : '',
  });
}

export interface PromptActions {
  asked: (s: RankedSuggestion) => void;
  favourite: (s: RankedSuggestion, on: boolean) => void;
  hideForMember: (s: RankedSuggestion) => void;
  hideForever: (s: RankedSuggestion) => void;
}

interface Props {
  suggestion: RankedSuggestion;
  context: PromptContext;
  member: Member;
  pref: PromptPref | undefined;
  actions: PromptActions;
}

/** One suggested prompt: its text, why it was picked, and what the manager can do with it. */
export function PromptItem({ suggestion: s, context, member, pref, actions }: Props) {
  const { t, lang } = useI18n();
  const text = s.prompt.text[lang];
  const starred = pref?.favourite === true;
  return (
    <li>
      <div className="prompt-head">
        <p className="prompt-text grow" lang={lang}>
          {text}
        </p>
        <button
          type="button"
          className={`icon star${starred ? ' on' : ''}`}
          aria-pressed={starred}
          aria-label={t('favouritePrompt', { text })}
          title={t('favouritePrompt', { text })}
          onClick={() => actions.favourite(s, !starred)}
        >
          {starred ? '★' : '☆'}
        </button>
      </div>
      <div className="prompt-actions">
        <details>
          <summary>{t('whyThis')}</summary>
          <ul className="reasons">
            {s.reasonCodes.map((code) => (
              <li key={code}>{reasonText(t, code, context)}</li>
            ))}
          </ul>
        </details>
        <details className="prompt-hide">
          <summary>{t('hidePrompt')}</summary>
          <div className="prompt-hide-actions">
            <button
              type="button"
              className="secondary small"
              aria-label={t('hidePromptForLabel', { name: member.name, text })}
              onClick={() => actions.hideForMember(s)}
            >
              {t('hidePromptFor', { name: member.name })}
            </button>
            <button
              type="button"
              className="secondary small danger"
              aria-label={t('hidePromptForeverLabel', { text })}
              onClick={() => actions.hideForever(s)}
            >
              {t('hidePromptForever')}
            </button>
          </div>
        </details>
        <button
          type="button"
          className="secondary small"
          aria-label={t('markAskedLabel', { text })}
          onClick={() => actions.asked(s)}
        >
          {t('markAsked')}
        </button>
      </div>
    </li>
  );
}
