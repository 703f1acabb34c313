import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { Note, Session } from '@/storage/types';
import { NoteRow } from './note-row';

const ROW_ESTIMATE = 44;
const ROW_GAP = 4;

interface Props {
  notes: readonly Note[];
  session: Session;
  memberName: string;
  label: string;
}

/**
 * A long session's notes in their own scroll box, only the rows in view (and a few more)
 * in the DOM. It opens at the newest note and follows new ones while scrolled to the end.
 */
export function VirtualNotes({ notes, session, memberName, label }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const atEnd = useRef(true);
  const focusList = useCallback(() => list.current?.focus(), []);
  // The panel is not built with React Compiler, so nothing memoizes the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: notes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => notes[i]?.id ?? i,
    gap: ROW_GAP,
    overscan: 6,
    // Opens at the end: the newest notes are what the manager looks at during a call.
    initialOffset: () => notes.length * (ROW_ESTIMATE + ROW_GAP),
  });
  const count = notes.length;

  // A new note is shown when the list was at its end; reading older notes is not interrupted.
  useLayoutEffect(() => {
    if (atEnd.current) virtualizer.scrollToIndex(count - 1, { align: 'end' });
  }, [count, virtualizer]);

  return (
    <div
      className="notes-scroll"
      ref={scroller}
      onScroll={(e) => {
        const box = e.currentTarget;
        atEnd.current = box.scrollHeight - box.scrollTop - box.clientHeight < ROW_ESTIMATE;
      }}
    >
      <ol
        aria-label={label}
        className="notes-list virtual"
        ref={list}
        tabIndex={-1}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <NoteRow
            key={item.key}
            note={notes[item.index]!}
            session={session}
            memberName={memberName}
            onDeleted={focusList}
            virtual={{
              index: item.index,
              setSize: count,
              start: item.start,
              measure: virtualizer.measureElement,
            }}
          />
        ))}
      </ol>
    </div>
  );
}
