import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDraft, noteDraftKey, saveDraft } from '@/storage/drafts';
import type { NoteKind } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useUi } from '../app/ui-store';

/** How long typing may pause before the box is written as a draft. */
export const DRAFT_DELAY_MS = 250;

export interface NoteDraft {
  text: string;
  /** The box changed: show it now, write it as the draft once typing pauses. */
  change: (text: string, kind: NoteKind) => void;
  /** The box's text now (for handlers that run after an await). */
  current: () => string;
  /** Sets the box after a save removed the draft: what is left is written as the draft again. */
  settle: (text: string) => void;
  /** Drops a pending write before a save; returns the stamp of this box's stored draft. */
  beforeSave: () => number | undefined;
  /** Why the last draft write failed (shown to the manager), or null. */
  error: string | null;
}

/**
 * The note box's text, kept as a draft of the member's note: restored when the panel opens
 * again (closed, reloaded, updated, crashed), written at most DRAFT_DELAY_MS after typing stops.
 */
export function useNoteDraft(memberId: string): NoteDraft {
  const db = useDb();
  const key = noteDraftKey(memberId);
  const [text, setText] = useState('');
  // The latest text, for handlers that run after an await.
  const latest = useRef('');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ text: string; kind: NoteKind } | null>(null);
  // Stamp of the draft this box wrote or restored: a save removes that draft and no other.
  const stamp = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (!next) return;
    const now = Date.now();
    stamp.current = now;
    saveDraft(db, key, next.text, next.kind, now)
      .then(() => setError(null))
      .catch((e: unknown) => setError(String(e)));
  }, [db, key]);

  useEffect(() => {
    let alive = true;
    loadDraft(db, key)
      .then((draft) => {
        if (!alive || !draft) return;
        stamp.current = draft.updatedAt;
        // Text typed before the draft came back is kept after it: nothing is lost.
        latest.current = latest.current ? `${draft.text}\n${latest.current}` : draft.text;
        setText(latest.current);
        useUi.getState().setNoteKind(draft.kind);
      })
      .catch((e: unknown) => {
        if (alive) setError(String(e));
      });
    return () => {
      alive = false;
    };
  }, [db, key]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  return {
    text,
    error,
    change: (next, kind) => {
      latest.current = next;
      setText(next);
      pending.current = { text: next, kind };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DELAY_MS);
    },
    current: () => latest.current,
    settle: (next) => {
      clearTimeout(timer.current);
      pending.current = null;
      latest.current = next;
      setText(next);
      if (next.trim()) {
        pending.current = { text: next, kind: 'note' };
        timer.current = setTimeout(flush, DRAFT_DELAY_MS);
      }
    },
    beforeSave: () => {
      clearTimeout(timer.current);
      pending.current = null;
      return stamp.current;
    },
  };
}
