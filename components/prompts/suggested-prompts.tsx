import { Suspense, useCallback, useState } from 'react';
import type { RankedSuggestion } from '@/lib/prompts/engine';
import { hidePromptFor, hidePromptForever, restorePromptPref, setFavourite } from '@/storage/prompts';
import { markPromptAsked, startSession } from '@/storage/sessions';
import type { Member, PromptPref, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { lazyPart } from '../app/lazy-part';
import { useUi } from '../app/ui-store';
import { PromptItem, type PromptActions } from './prompt-item';
import { useSuggestions } from './use-suggestions';
import { WaitCue } from './wait-cue';

// Writing one's own prompt is rare: its form loads when asked for, or when the pointer or
// focus reaches its button.
const ownPromptForm = lazyPart(() => import('./own-prompt-form').then((m) => m.OwnPromptForm));

interface Props {
  member: Member;
  running: Session | null;
}

/** At most three prompts for now, each with why it was picked; star, hide, mark asked, or write your own. */
export function SuggestedPrompts({ member, running }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const setUndo = useUi((s) => s.setUndo);
  const { context, suggestions, prefs, error: loadError } = useSuggestions(member, running);
  // Each deeper question asked restarts the wait cue (a new key remounts it).
  const [waitKey, setWaitKey] = useState<number | null>(null);
  const endWait = useCallback(() => setWaitKey(null), []);
  const [error, setError] = useState('');
  const [writing, setWriting] = useState(false);
  const [saved, setSaved] = useState(false);

  const report = (e: unknown) => setError(t('saveFailed', { error: String(e) }));

  const hide = (s: RankedSuggestion, run: Promise<PromptPref | undefined>, message: string) => {
    run
      .then((before) => {
        setUndo({ message, run: () => restorePromptPref(db, s.prompt.id, before) });
        setError('');
      })
      .catch(report);
  };

  const actions: PromptActions = {
    asked: (s) => {
      (async () => {
        const session = running ?? (await startSession(db, member.id));
        await markPromptAsked(db, session.id, s.prompt.id);
        // A deeper question needs silence afterwards: a quiet cue to wait for their words.
        setWaitKey(s.prompt.depth === 'deeper' ? (k) => (k ?? 0) + 1 : null);
        setError('');
      })().catch(report);
    },
    favourite: (s, on) => {
      setFavourite(db, s.prompt.id, on)
        .then(() => setError(''))
        .catch(report);
    },
    hideForMember: (s) =>
      hide(s, hidePromptFor(db, s.prompt.id, member.id), t('promptHiddenFor', { name: member.name })),
    hideForever: (s) => hide(s, hidePromptForever(db, s.prompt.id), t('promptHiddenForever')),
  };

  const writeButton = (busy: boolean) => (
    <button
      type="button"
      className="secondary small"
      aria-busy={busy || undefined}
      onPointerEnter={ownPromptForm.preload}
      onFocus={ownPromptForm.preload}
      onClick={() => {
        setWriting(true);
        setSaved(false);
      }}
    >
      {t('writeOwnPrompt')}
    </button>
  );

  return (
    <section className="card prompts" aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">{t('suggestedPrompts')}</h2>
      {running && context?.phase === 'closing' && <p className="banner">{t('closingCard')}</p>}
      {waitKey !== null && <WaitCue key={waitKey} onDone={endWait} />}
      {context && suggestions.length === 0 && <p className="empty">{t('noPrompts')}</p>}
      <ol aria-label={t('suggestedPrompts')} className="prompt-list">
        {context &&
          suggestions.map((s) => (
            <PromptItem
              key={s.prompt.id}
              suggestion={s}
              context={context}
              member={member}
              pref={prefs.get(s.prompt.id)}
              actions={actions}
            />
          ))}
      </ol>
      {writing ? (
        // Until the form's code is there, its button stays in its place.
        <Suspense fallback={writeButton(true)}>
          <ownPromptForm.Part
            theme={context?.theme}
            onSaved={() => {
              setWriting(false);
              setSaved(true);
            }}
            onCancel={() => setWriting(false)}
          />
        </Suspense>
      ) : (
        writeButton(false)
      )}
      {saved && (
        <p className="message" role="status">
          {t('ownPromptSaved')}
        </p>
      )}
      {(error || loadError) && (
        <p className="message error" role="alert">
          {error || t('loadFailed', { error: loadError })}
        </p>
      )}
    </section>
  );
}
