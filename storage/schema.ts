import type { Transaction } from 'dexie';
import { bucketWords, indexWords } from '@/lib/search/index-words';
import { lastMetTimes } from './members';
import { termRowsOf, type Indexed } from './terms';

/**
 * Every schema version the extension has shipped, oldest first.
 * Never edit a shipped entry: add a new version (with an upgrade) instead.
 * Only fields that are queried are indexed.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      members: 'id',
      sessions: 'id, [memberId+startedAt]',
      agendaItems: 'id, memberId',
      notes: 'id, [sessionId+createdAt]',
      settings: 'key',
    },
  },
  {
    // Member profiles, session check-in and planned length, agenda owner and order,
    // action details, note drafts; notes learn their member for open-action look-ups and
    // their search words; the manager's own prompts and prompt preferences.
    version: 2,
    stores: {
      notes: 'id, [sessionId+createdAt], [memberId+kind], *words',
      drafts: 'key',
      customPrompts: 'id',
      promptPrefs: 'promptId',
    },
    async upgrade(tx) {
      await tx
        .table('members')
        .toCollection()
        .modify((m: Record<string, unknown>) => {
          m.callUrls ??= [];
        });
      const memberOfSession = new Map<string, string>();
      await tx
        .table('sessions')
        .toCollection()
        .modify((s: Record<string, unknown>) => {
          s.plannedMinutes ??= 30;
          s.askedPromptIds ??= [];
          memberOfSession.set(s.id as string, s.memberId as string);
        });
      await tx
        .table('agendaItems')
        .toCollection()
        .modify((a: Record<string, unknown>) => {
          a.owner ??= 'me';
          a.order ??= a.createdAt;
        });
      await tx
        .table('notes')
        .toCollection()
        .modify((n: Record<string, unknown>) => {
          n.memberId = memberOfSession.get(n.sessionId as string) ?? '';
          if (n.kind === 'action') n.action ??= { owner: 'me' };
          n.words = indexWords(typeof n.text === 'string' ? n.text : '');
        });
    },
  },
  {
    // Search words filed under a time bucket of the note (`<bucket>\0<word>`), so a search
    // walks the newest notes first and stops at a full page (storage/search.ts). Derived from
    // the words v2 stored and createdAt: no text is segmented again, except for a note that
    // has no stored words.
    version: 3,
    stores: {},
    async upgrade(tx) {
      await tx
        .table('notes')
        .toCollection()
        .modify((n: Record<string, unknown>) => {
          const createdAt = typeof n.createdAt === 'number' ? n.createdAt : 0;
          const words = Array.isArray(n.words)
            ? n.words.filter((w): w is string => typeof w === 'string')
            : indexWords(typeof n.text === 'string' ? n.text : '');
          n.words = bucketWords(words, createdAt);
        });
    },
  },
  {
    // Members keep when their latest session started (`lastMetAt`), so the panel orders them
    // by who is due without reading every session's key on open.
    version: 4,
    stores: {},
    async upgrade(tx) {
      const last = await lastMetTimes(tx.table('sessions'));
      await tx
        .table('members')
        .toCollection()
        .modify((m: Record<string, unknown>) => {
          const at = last.get(m.id as string);
          if (at !== undefined) m.lastMetAt = at;
        });
    },
  },
  {
    // The search index moves out of the notes into `terms` (storage/terms): one row per word,
    // time bucket and ~6-day chunk, listing its notes' entries (stamp + id). A search reads a few
    // rows per word and intersects them exactly, where the `*words` index listed one entry per
    // note and word; and the notes shrink to what the panel shows. Filed from each note's text,
    // segmented as every later write will (not from the words v4 stored, which an older
    // segmenter may have made): an edit or a delete then finds exactly the rows to mend.
    // `termsQueue` holds the ids of notes saved from the box whose rows are written just after
    // (storage/terms `indexQueued`), so typing a note waits for one blind write, not the rows.
    version: 5,
    stores: { notes: 'id, [sessionId+createdAt], [memberId+kind]', terms: '', termsQueue: '' },
    async upgrade(tx) {
      const notes: Indexed[] = [];
      await tx
        .table('notes')
        .toCollection()
        .modify((n: Record<string, unknown>) => {
          delete n.words;
          notes.push({
            id: n.id as string,
            text: typeof n.text === 'string' ? n.text : '',
            createdAt: typeof n.createdAt === 'number' ? n.createdAt : 0,
          });
        });
      const rows = termRowsOf(notes);
      await tx.table('terms').bulkPut([...rows.values()], [...rows.keys()]);
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
