import Dexie, { type ObservabilitySet } from 'dexie';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Summary } from '@/lib/export/summary';
import { hasMessages } from '@/lib/i18n';
import type { Prompt } from '@/lib/prompts/types';
import type { AizuchiDB } from '@/storage/db';
import type { Member, Session } from '@/storage/types';
import { loadCatalogue } from '../prompts/load-catalogue';
import {
  loadSummaryBuilder,
  readSummaryRows,
  summaryFrom,
  type SummaryBuilder,
  type SummaryChoice,
  type SummaryRows,
} from './session-summary';

/** The tables `readSummaryRows` reads. */
const TABLES = ['notes', 'agendaItems', 'customPrompts'];

interface Held {
  key: string;
  /** Counts the committed writes to those tables since the rows were first asked for. */
  version: number;
  read?: { version: number; rows: SummaryRows; builtIn: readonly Prompt[]; builder: SummaryBuilder };
}

interface Built {
  rows: SummaryRows;
  member: Member;
  session: Session;
  choice: SummaryChoice;
  summary: Summary;
}

/**
 * Holds a session's summary rows, read while the panel is idle, and the usual summary built
 * from them, so a click on "Copy summary" writes the clipboard within the click instead of
 * first waiting on IndexedDB. Nothing is read before the panel is first idle (or a pointer or
 * focus comes near the buttons: `arm`), so the first paint never waits on it; after a write
 * to what a summary reads, the rows are read again when the panel is next idle, never while
 * it renders the change.
 *
 * `summary(choice)` answers only from rows no committed write has changed since (Dexie tells
 * of every commit, this page's and other pages' alike); otherwise it gives undefined and the
 * caller reads the rows itself, as it always did.
 */
export function usePreparedSummary(
  db: AizuchiDB,
  member: Member,
  session: Session,
  usual: SummaryChoice,
): { arm: () => void; summary: (choice: SummaryChoice) => Summary | undefined } {
  const [armed, setArmed] = useState(false);
  const held = useRef<Held | null>(null);
  const built = useRef<Built | null>(null);
  const prepareUsual = useRef<() => void>(() => {});

  const summary = useCallback(
    (choice: SummaryChoice): Summary | undefined => {
      const state = held.current;
      const read = state?.read;
      if (!read || read.version !== state.version || state.key !== keyOf(member.id, session.id)) {
        return undefined;
      }
      // Headings in a language the panel does not show: its messages load on the slower path.
      if (!hasMessages(choice.lang)) return undefined;
      const last = built.current;
      if (
        last?.rows === read.rows &&
        last.member === member &&
        last.session === session &&
        sameChoice(last.choice, choice)
      ) {
        return last.summary;
      }
      const fresh = summaryFrom(read.builder, read.rows, read.builtIn, member, session, choice);
      built.current = { rows: read.rows, member, session, choice, summary: fresh };
      return fresh;
    },
    [member, session],
  );

  // The usual summary is built ahead, when idle, whenever it or its rows change.
  const { layout, includePrivate, includePrompts, lang } = usual;
  useEffect(() => {
    let cancel = () => {};
    prepareUsual.current = () => {
      cancel();
      cancel = whenIdle(() => summary({ layout, includePrivate, includePrompts, lang }));
    };
    prepareUsual.current();
    return () => cancel();
  }, [summary, layout, includePrivate, includePrompts, lang]);

  useEffect(() => {
    if (!armed) return whenIdle(() => setArmed(true));
  }, [armed]);

  useEffect(() => {
    if (!armed) return;
    const state: Held = { key: keyOf(member.id, session.id), version: 0 };
    held.current = state;
    let closed = false;
    let cancelRead = () => {};
    const read = () => {
      const version = state.version;
      Promise.all([readSummaryRows(db, member.id, session.id), loadCatalogue(), loadSummaryBuilder()]).then(
        ([rows, builtIn, builder]) => {
          if (closed || version !== state.version) return; // a later write asked for another read
          state.read = { version, rows, builtIn, builder };
          prepareUsual.current();
        },
        () => {}, // a click then reads the rows itself, and tells of the failure
      );
    };
    const prefixes = TABLES.map((table) => `idb://${db.name}/${table}/`);
    const onMutated = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) return;
      state.version++;
      cancelRead();
      cancelRead = whenIdle(read);
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    read();
    return () => {
      closed = true;
      cancelRead();
      Dexie.on.storagemutated.unsubscribe(onMutated);
      if (held.current === state) held.current = null;
    };
  }, [armed, db, member.id, session.id]);

  const arm = useCallback(() => setArmed(true), []);
  return { arm, summary };
}

const keyOf = (memberId: string, sessionId: string) => `${memberId}\n${sessionId}`;

const sameChoice = (a: SummaryChoice, b: SummaryChoice) =>
  a.layout === b.layout &&
  a.includePrivate === b.includePrivate &&
  a.includePrompts === b.includePrompts &&
  a.lang === b.lang;

/** Runs `run` when the page is next idle (at the latest after 2 s); returns the cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
