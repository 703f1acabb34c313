import { Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { NOTE_BOX_ID } from '../notes/note-composer';
import { SEARCH_BOX_ID, SearchNotes } from '../search/search-notes';
import { useI18n } from './i18n-context';
import { lazyPart } from './lazy-part';
import { usePanelKeys } from './use-panel-keys';

// The shortcut sheet loads when first opened, or when the pointer or focus reaches its button.
const sheet = lazyPart(() => import('./shortcut-sheet').then((m) => m.ShortcutSheet));

/** Search across all notes, the `?` button and sheet, and the panel-wide keys. */
export function PanelTools() {
  const { t } = useI18n();
  const [sheetOpen, setSheetOpen] = useState(false);
  const opener = useRef<Element | null>(null);

  const openSheet = useCallback(() => {
    opener.current = document.activeElement;
    setSheetOpen(true);
  }, []);
  const closeSheet = useCallback(() => {
    setSheetOpen(false);
    if (opener.current instanceof HTMLElement) opener.current.focus();
  }, []);
  const escape = useCallback(() => {
    if (sheetOpen) closeSheet();
  }, [sheetOpen, closeSheet]);
  const focusKeys = useMemo(() => ({ n: NOTE_BOX_ID, N: NOTE_BOX_ID, '/': SEARCH_BOX_ID }), []);
  usePanelKeys({ openSheet, escape, focusKeys });

  return (
    <>
      <div className="row tools">
        <SearchNotes />
        <button
          type="button"
          className="secondary small"
          aria-label={t('shortcuts')}
          aria-keyshortcuts="?"
          aria-expanded={sheetOpen}
          onPointerEnter={sheet.preload}
          onFocus={sheet.preload}
          onClick={() => (sheetOpen ? closeSheet() : openSheet())}
        >
          ?
        </button>
      </div>
      {sheetOpen && (
        <Suspense
          fallback={
            // Opened by `?` before its code came: the sheet's frame and title, until its keys show.
            <section className="card shortcut-sheet" aria-busy="true">
              <h2>{t('shortcuts')}</h2>
            </section>
          }
        >
          <sheet.Part onClose={closeSheet} />
        </Suspense>
      )}
    </>
  );
}
