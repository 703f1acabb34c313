import { useState } from 'react';
import { buildSummary } from '@/lib/export/summary';
import { agendaFor } from '@/storage/agenda';
import { notesOf } from '@/storage/notes';
import type { Member, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useUi } from '../app/ui-store';

interface Props {
  member: Member;
  session: Session;
}

/** One click puts the summary on the clipboard: Markdown as text/plain, and rich HTML. */
export function CopySummary({ member, session }: Props) {
  const db = useDb();
  const { t, lang } = useI18n();
  const includePrivate = useUi((s) => s.includePrivate);
  const setIncludePrivate = useUi((s) => s.setIncludePrivate);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const copy = async () => {
    try {
      const [notes, agenda] = await Promise.all([
        notesOf(db, session.id),
        agendaFor(db, member.id, session.id),
      ]);
      const summary = buildSummary({
        memberName: member.name,
        session,
        notes,
        agenda: agenda.map((i) => ({ text: i.text, discussed: i.discussedIn === session.id })),
        includePrivate,
        t,
        locale: lang,
      });
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([summary.markdown], { type: 'text/plain' }),
          'text/html': new Blob([summary.html], { type: 'text/html' }),
        }),
      ]);
      setMessage({ text: t('copied'), error: false });
    } catch (e) {
      setMessage({
        text: t('copyFailed', { error: e instanceof Error ? e.message : String(e) }),
        error: true,
      });
    }
  };

  return (
    <div className="copy-summary">
      <label className="check">
        <input
          type="checkbox"
          checked={includePrivate}
          onChange={(e) => setIncludePrivate(e.target.checked)}
        />
        {t('includePrivate')}
      </label>
      <button type="button" onClick={() => void copy()}>
        {t('copySummary')}
      </button>
      {message && (
        <p className={`message${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
