import { useRef, useState, type ChangeEvent, type CompositionEvent, type KeyboardEvent } from 'react';
import { parseKindPrefix } from '@/lib/notes/prefix';
import { saveNoteFromBox } from '@/storage/drafts';
import { MAX_NOTE_LENGTH } from '@/storage/limits';
import { captureNote, checkNote } from '@/storage/notes';
import { NOTE_KINDS, type Member, type NoteKind } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';
import { useUi } from '../app/ui-store';
import { saveErrorText } from './save-error';
import { noteStored } from './stored-notes';
import { useNoteDraft } from './use-note-draft';

/** The id of the note box, for the panel's "go to the note box" key. */
export const NOTE_BOX_ID = 'note-box';

/**
 * The note box. Enter saves, Shift+Enter adds a line, and an Enter that confirms an IME
 * conversion does nothing. A note typed while no session runs starts one. `/a ` and the
 * other quick prefixes switch the kind. The text is kept as a draft until it is saved.
 */
export function NoteComposer({ member, runningId }: Props) {
  // One box per member: switching members writes this one's draft and restores the other's.
  return <ComposerBox key={member.id} member={member} runningId={runningId} />;
}

interface Props {
  member: Member;
  /** The member's running session as the panel shows it: where the first note most likely goes. */
  runningId: string | undefined;
}

const clock = () => Date.now();

function ComposerBox({ member, runningId }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const kind = useUi((s) => s.noteKind);
  const setKind = useUi((s) => s.setNoteKind);
  const setViewed = useUi((s) => s.setViewedSession);
  const draft = useNoteDraft(member.id);
  const { text } = draft;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Where the last note went (else the session shown running): most likely where the next one
  // goes, which makes its save one round trip.
  const lastSessionId = useRef<string | undefined>(undefined);

  const fail = (e: unknown) => setMessage({ text: saveErrorText(t, e), error: true });

  // A note is being written: what the box holds at each Enter meanwhile (less the note being
  // written) is saved in turn once that write is stored, so a fast typist loses no note and the
  // same text is never saved twice.
  const writing = useRef<string | null>(null);
  const queued = useRef<string[]>([]);

  const save = async (queuedText?: string) => {
    const inFlight = writing.current;
    if (inFlight !== null) {
      // The box still holds the notes not yet stored (typing appends to them): keep only what is new.
      let typed = draft.current();
      for (const ahead of [inFlight, ...queued.current])
        if (typed.startsWith(ahead)) typed = typed.slice(ahead.length);
      queued.current.push(typed);
      return;
    }
    const text = queuedText ?? draft.current();
    const kind = useUi.getState().noteKind;
    const problem = checkNote(kind, text);
    if (problem === 'empty') {
      // A second Enter on a note already being stored: nothing to say.
      if (queuedText === undefined) setMessage({ text: t('noteEmpty'), error: false });
    } else if (problem === null) {
      await write(text, kind);
    } // too long: the limit message is already on screen
    const next = queued.current.shift();
    if (next !== undefined) await save(next);
  };

  const write = async (text: string, kind: NoteKind) => {
    const stamp = draft.beforeSave();
    // Nothing on screen changes until the note is stored (a few ms): a change now would make the
    // browser lay out and paint the panel before the write can finish.
    writing.current = text;
    try {
      const note = await saveNoteFromBox(db, member.id, kind, text, stamp, clock(), {
        sessionId: lastSessionId.current ?? runningId,
      });
      lastSessionId.current = note.sessionId;
      // One render: the note in the list and the box emptied, but for anything typed since Enter.
      noteStored(note);
      const typed = draft.current();
      draft.settle(typed.startsWith(text) ? typed.slice(text.length) : typed);
      setKind('note');
      // The note went to the running session: show it, not a past one being read.
      setViewed(null);
      setMessage(null);
    } catch (e) {
      // The text stays in the box and is kept as the draft (the transaction left the stored one as it was).
      draft.change(draft.current(), kind);
      fail(e);
    } finally {
      writing.current = null;
    }
  };

  const markMoment = async () => {
    try {
      await captureNote(db, member.id, 'moment', '');
      setViewed(null);
    } catch (e) {
      fail(e);
    }
  };

  const applyText = (value: string) => {
    const prefixed = parseKindPrefix(value);
    if (prefixed) setKind(prefixed.kind);
    draft.change(prefixed ? prefixed.text : value, prefixed?.kind ?? kind);
  };

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    // Changing the text mid-conversion would break the IME: prefixes wait for the commit.
    if ((event.nativeEvent as InputEvent).isComposing) draft.change(event.target.value, kind);
    else applyText(event.target.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || isComposing(event)) return;
    event.preventDefault();
    save().catch(fail);
  };

  const over = text.length > MAX_NOTE_LENGTH;
  const shown = over
    ? { text: t('noteTooLong', { length: text.length, max: MAX_NOTE_LENGTH }), error: true }
    : message;
  return (
    <div className="composer">
      <div className="row">
        <select
          aria-label={t('noteKind')}
          value={kind}
          onChange={(e) => {
            const next = e.target.value as NoteKind;
            setKind(next);
            if (text) draft.change(text, next);
          }}
        >
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            markMoment().catch(fail);
          }}
        >
          {t('markMoment')}
        </button>
      </div>
      <textarea
        id={NOTE_BOX_ID}
        aria-label={t('note')}
        aria-describedby="note-hint"
        aria-keyshortcuts="Enter Shift+Enter"
        aria-invalid={over || undefined}
        placeholder={t('notePlaceholder')}
        rows={3}
        value={text}
        onChange={onChange}
        onCompositionEnd={(e: CompositionEvent<HTMLTextAreaElement>) => applyText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="note-hint" className="hint">
        {t('noteHint')} · {t('prefixHint')}
        {over && ` · ${text.length.toLocaleString()} / ${MAX_NOTE_LENGTH.toLocaleString()}`}
      </p>
      {shown && (
        <p className={`message${shown.error ? ' error' : ''}`} role={shown.error ? 'alert' : 'status'}>
          {shown.text}
        </p>
      )}
      {draft.error !== null && (
        <p className="message error" role="status">
          {t('draftFailed', { error: draft.error })}
        </p>
      )}
    </div>
  );
}
