import { useState, type KeyboardEvent } from 'react';
import { MAX_NOTE_LENGTH } from '@/storage/limits';
import { captureNote, checkNote } from '@/storage/notes';
import { NOTE_KINDS, type Member, type NoteKind } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';
import { useUi } from '../app/ui-store';

/**
 * The note box. Enter saves, Shift+Enter adds a line, and an Enter that confirms an IME
 * conversion does nothing. A note typed while no session runs starts one.
 */
export function NoteComposer({ member }: { member: Member }) {
  const db = useDb();
  const { t } = useI18n();
  const kind = useUi((s) => s.noteKind);
  const setKind = useUi((s) => s.setNoteKind);
  const setViewed = useUi((s) => s.setViewedSession);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const save = async (saveKind: NoteKind, saveText: string) => {
    const problem = checkNote(saveKind, saveText);
    if (problem === 'empty') {
      setMessage({ text: t('noteEmpty'), error: false });
      return;
    }
    if (problem === 'too-long') {
      setMessage({ text: t('noteTooLong', { length: saveText.length, max: MAX_NOTE_LENGTH }), error: true });
      return;
    }
    try {
      await captureNote(db, member.id, saveKind, saveText);
      if (saveKind !== 'moment') setText('');
      setKind('note');
      // The note went to the running session: show it, not a past one being read.
      setViewed(null);
      setMessage(null);
    } catch (e) {
      // The text stays in the box: nothing typed is ever lost to a failed save.
      setMessage({ text: t('saveFailed', { error: String(e) }), error: true });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || isComposing(event)) return;
    event.preventDefault();
    void save(kind, text);
  };

  const over = text.length > MAX_NOTE_LENGTH;
  return (
    <div className="composer">
      <div className="row">
        <select aria-label={t('noteKind')} value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => void save('moment', '')}>
          {t('markMoment')}
        </button>
      </div>
      <textarea
        aria-label={t('note')}
        aria-describedby="note-hint"
        aria-keyshortcuts="Enter Shift+Enter"
        aria-invalid={over || undefined}
        placeholder={t('notePlaceholder')}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="note-hint" className="hint">
        {t('noteHint')}
        {over && ` · ${text.length.toLocaleString()} / ${MAX_NOTE_LENGTH.toLocaleString()}`}
      </p>
      {message && (
        <p className={`message${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
