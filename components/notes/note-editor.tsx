import { useState, type KeyboardEvent } from 'react';
import { parseKindPrefix } from '@/lib/notes/prefix';
import { MAX_NOTE_LENGTH } from '@/storage/limits';
import { checkNote, updateNote } from '@/storage/notes';
import { NOTE_KINDS, type Note, type NoteKind } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';
import { saveErrorText } from './save-error';

interface Props {
  note: Note;
  onDone: () => void;
}

/** A note edited in place: Enter saves, Escape cancels; neither while an IME converts. */
export function NoteEditor({ note, onDone }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const [text, setText] = useState(note.text);
  const [kind, setKind] = useState<NoteKind>(note.kind);
  const [error, setError] = useState('');

  const save = async () => {
    const prefixed = parseKindPrefix(text);
    const next = prefixed ?? { kind, text };
    const problem = checkNote(next.kind, next.text);
    if (problem === 'empty') return setError(t('noteEmpty'));
    if (problem === 'too-long')
      return setError(t('noteTooLong', { length: next.text.length, max: MAX_NOTE_LENGTH }));
    try {
      await updateNote(db, note.id, next);
      onDone();
    } catch (e) {
      setError(saveErrorText(t, e));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (isComposing(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
    } else if (event.key === 'Enter' && !event.shiftKey && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      save().catch((e: unknown) => setError(saveErrorText(t, e)));
    }
  };

  return (
    <div className="note-editor" onKeyDown={onKeyDown}>
      <select aria-label={t('editKind')} value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
        {NOTE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind_${k}`)}
          </option>
        ))}
      </select>
      <textarea
        aria-label={t('editNoteBox')}
        aria-describedby="edit-hint"
        aria-keyshortcuts="Enter Shift+Enter Escape"
        aria-invalid={text.length > MAX_NOTE_LENGTH || undefined}
        rows={Math.min(8, text.split('\n').length + 1)}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
      />
      <p id="edit-hint" className="hint">
        {t('editHint')}
      </p>
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
