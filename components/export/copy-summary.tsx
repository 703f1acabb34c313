import { useState } from 'react';
import type { Member, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useUi } from '../app/ui-store';
import { usePreference } from '../settings/use-preference';
import { sessionSummary, type SummaryChoice } from './session-summary';
import { usePreparedSummary } from './use-prepared-summary';
import { writeClipboard } from './write-clipboard';

interface Props {
  member: Member;
  session: Session;
}

/** `default` follows the layout chosen in the settings; `member` is the member-shareable copy. */
type Target = 'default' | 'member';
type Message = { text: string; error: boolean };

/**
 * One click puts the summary on the clipboard; a member-shareable copy (never with private
 * notes) and a Markdown download beside it. A denied clipboard offers retry and download.
 */
export function CopySummary({ member, session }: Props) {
  const db = useDb();
  const { t, lang } = useI18n();
  const includePrivate = useUi((s) => s.includePrivate);
  const setIncludePrivate = useUi((s) => s.setIncludePrivate);
  const layout = usePreference('summaryLayout');
  const includePrompts = usePreference('summaryIncludePrompts');
  const headingLanguage = usePreference('summaryHeadingLanguage');
  const [message, setMessage] = useState<Message | null>(null);
  const [failed, setFailed] = useState<Target | null>(null);

  const choiceFor = (target: Target): SummaryChoice => ({
    layout: target === 'member' ? 'member' : layout,
    includePrivate,
    includePrompts,
    lang: headingLanguage === 'auto' ? lang : headingLanguage,
  });
  const summaryFor = (target: Target) => sessionSummary(db, member, session, choiceFor(target));
  const prepared = usePreparedSummary(db, member, session, choiceFor('default'));

  const copy = async (target: Target) => {
    try {
      // Prepared from rows already read, the summary is written within the click itself.
      const summary = prepared.summary(choiceFor(target)) ?? (await summaryFor(target));
      await writeClipboard(summary);
      setFailed(null);
      setMessage({ text: target === 'member' ? t('copiedForMember') : t('copied'), error: false });
    } catch (e) {
      setFailed(target);
      setMessage({ text: t('copyFailed', { error: errorText(e) }), error: true });
    }
  };

  const download = async () => {
    try {
      const target = failed ?? 'default';
      // The file helpers load with the first download, beside the summary it saves.
      const [{ downloadText, localDay, safeFileName }, summary] = await Promise.all([
        import('../app/download'),
        summaryFor(target),
      ]);
      const file = `1on1-${safeFileName(member.name)}-${localDay(session.startedAt)}.md`;
      downloadText(file, summary.markdown, 'text/markdown');
      setFailed(null);
      setMessage({ text: t('downloaded', { file }), error: false });
    } catch (e) {
      setMessage({ text: t('saveFailed', { error: errorText(e) }), error: true });
    }
  };

  const memberLayout = layout === 'member';
  return (
    <div className="copy-summary" onPointerEnter={prepared.arm} onFocus={prepared.arm}>
      <div className="copy-row">
        <label className="check">
          <input
            type="checkbox"
            checked={includePrivate && !memberLayout}
            disabled={memberLayout}
            aria-describedby={memberLayout ? 'member-layout-hint' : undefined}
            onChange={(e) => setIncludePrivate(e.target.checked)}
          />
          {t('includePrivate')}
        </label>
        <button
          type="button"
          onClick={() => {
            void copy('default');
          }}
        >
          {t('copySummary')}
        </button>
      </div>
      <div className="copy-row">
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            void copy('member');
          }}
        >
          {t('copyForMember')}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            void download();
          }}
        >
          {t('downloadMd')}
        </button>
      </div>
      {memberLayout && (
        <p id="member-layout-hint" className="hint">
          {t('memberLayoutHint')}
        </p>
      )}
      {message && (
        <div className={`message${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>
          <span>{message.text}</span>
          {failed && (
            <button
              type="button"
              className="link"
              onClick={() => {
                void copy(failed);
              }}
            >
              {t('retryCopy')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}
