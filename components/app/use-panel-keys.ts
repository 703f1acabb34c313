import { useEffect } from 'react';
import { isComposingNative } from './is-composing';

export interface PanelKeyActions {
  /** `?`: show the shortcut sheet. */
  openSheet: () => void;
  /** Escape outside any field that handles it itself: close what is open. */
  escape: () => void;
  /** Single keys that move focus to a control, by element id (e.g. `n` → the note box). */
  focusKeys: Readonly<Record<string, string>>;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Panel-wide keys. They never fire while an IME composition runs, and single letters only
 * outside text fields, so typing a note never triggers one.
 */
export function usePanelKeys({ openSheet, escape, focusKeys }: PanelKeyActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isComposingNative(event)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        escape();
        return;
      }
      if (isTextField(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        openSheet();
        return;
      }
      const id = focusKeys[event.key];
      if (id !== undefined) {
        event.preventDefault();
        document.getElementById(id)?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openSheet, escape, focusKeys]);
}
