/**
 * What a backup holds, in ONE place: the tables, their keys, the references between
 * them and a strict valibot schema per row. A new schema version changes this module:
 * new optional fields go into the row schema; a new table gets an entry with `since`
 * set to the version that added it (older backups then simply lack it); a new
 * *required* field needs an upgrade of older rows before validation (see parse.ts).
 */
import * as v from 'valibot';
import { MAX_AGENDA_LENGTH, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../limits';
import { MAX_PROMPT_LENGTH, MAX_PROMPT_THEMES } from '@/lib/prompts/limits';
import {
  NOTE_KINDS,
  type AgendaItem,
  type CustomPrompt,
  type Member,
  type Note,
  type PromptPref,
  type Session,
  type Setting,
} from '../types';
import {
  day,
  FOLLOWER_TYPES,
  jsonValue,
  MAX_LIST_ITEMS,
  MAX_PLANNED_MINUTES,
  MAX_SETTING_KEY_LENGTH,
  MAX_SHORT_TEXT,
  MAX_URL_LENGTH,
  MOODS,
  OWNERS,
  stamp,
  text,
  THEMES,
  uuid,
  WANTS,
  type StampRange,
} from './fields';

export interface BackupTables {
  members: Member[];
  sessions: Session[];
  agendaItems: AgendaItem[];
  notes: Note[];
  settings: Setting[];
  customPrompts: CustomPrompt[];
  promptPrefs: PromptPref[];
}

export type TableName = keyof BackupTables;

export interface TableDef {
  name: TableName;
  /** The primary key field, as in storage/schema.ts. */
  key: string;
  /** The first schema version that has this table. */
  since: number;
  /** Fields that must name a row of another table in the same file (when present). */
  refs: readonly { field: string; to: TableName }[];
}

/**
 * Backed-up tables, parents before children. `drafts` is left out on purpose: a draft is
 * the live text of a note box, and merging an old one over it would lose what is being typed.
 */
export const BACKUP_TABLES: readonly TableDef[] = [
  { name: 'members', key: 'id', since: 1, refs: [] },
  { name: 'sessions', key: 'id', since: 1, refs: [{ field: 'memberId', to: 'members' }] },
  {
    name: 'agendaItems',
    key: 'id',
    since: 1,
    refs: [
      { field: 'memberId', to: 'members' },
      { field: 'discussedIn', to: 'sessions' },
    ],
  },
  {
    name: 'notes',
    key: 'id',
    since: 1,
    refs: [
      { field: 'sessionId', to: 'sessions' },
      { field: 'memberId', to: 'members' },
    ],
  },
  { name: 'settings', key: 'key', since: 1, refs: [] },
  // A pref may name a catalogue prompt, and `hiddenFor` a member deleted since: neither is
  // a reference the file must resolve (a stale one only hides nothing).
  { name: 'customPrompts', key: 'id', since: 2, refs: [] },
  { name: 'promptPrefs', key: 'promptId', since: 2, refs: [] },
];

/**
 * Backups appeared with schema v2, so no file of an older version exists. Reading one
 * would need its rows upgraded like storage/schema.ts upgrades tables.
 */
export const OLDEST_BACKUP_SCHEMA = 2;

/**
 * Settings whose value the product knows: checked exactly. Other keys (added by a newer
 * build without a schema bump) are accepted as bounded plain JSON, so a backup never
 * becomes unreadable because of a preference.
 */
const KNOWN_SETTINGS: Record<string, v.GenericSchema> = {
  selectedMemberId: uuid,
};

/** One strict schema per table row; `range` bounds every time stamp. */
export function rowSchemas(range: StampRange) {
  const at = stamp(range);
  const plannedMinutes = v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(MAX_PLANNED_MINUTES));
  const checkIn = {
    theme: v.optional(v.picklist(THEMES)),
    mood: v.optional(v.picklist(MOODS)),
    wants: v.optional(v.picklist(WANTS)),
  };
  const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_LIST_ITEMS));
  return {
    members: v.strictObject({
      id: uuid,
      name: text(1, MAX_NAME_LENGTH),
      createdAt: at,
      archived: v.boolean(),
      deletedAt: v.optional(at),
      role: v.optional(text(0, MAX_SHORT_TEXT)),
      followerType: v.optional(v.picklist(FOLLOWER_TYPES)),
      usualWant: v.optional(v.picklist(WANTS)),
      background: v.optional(text(0, MAX_NOTE_LENGTH)),
      callUrls: list(text(1, MAX_URL_LENGTH)),
      plan: v.optional(v.strictObject({ ...checkIn, plannedMinutes: v.optional(plannedMinutes) })),
      // Derived from the sessions; restore sets it anew whatever the file says.
      lastMetAt: v.optional(at),
    }),
    sessions: v.pipe(
      v.strictObject({
        id: uuid,
        memberId: uuid,
        startedAt: at,
        endedAt: v.optional(at),
        plannedMinutes,
        ...checkIn,
        askedPromptIds: list(text(1, MAX_SHORT_TEXT)),
      }),
      v.check((s) => s.endedAt === undefined || s.endedAt >= s.startedAt, 'Session ends before it starts'),
    ),
    agendaItems: v.strictObject({
      id: uuid,
      memberId: uuid,
      text: text(1, MAX_AGENDA_LENGTH),
      createdAt: at,
      discussedAt: v.optional(at),
      discussedIn: v.optional(uuid),
      owner: v.picklist(OWNERS),
      order: v.pipe(v.number(), v.finite()),
    }),
    notes: v.pipe(
      v.strictObject({
        id: uuid,
        sessionId: uuid,
        memberId: uuid,
        kind: v.picklist(NOTE_KINDS),
        text: text(0, MAX_NOTE_LENGTH),
        createdAt: at,
        editedAt: v.optional(at),
        action: v.optional(
          v.strictObject({ owner: v.picklist(OWNERS), due: v.optional(day), doneAt: v.optional(at) }),
        ),
        // The search words backups of schema v2–v4 carried; accepted and dropped (the index is
        // derived from the text on write, never taken from a file).
        words: v.optional(list(text(1, MAX_SHORT_TEXT))),
      }),
      v.transform(withoutWords),
    ),
    settings: v.pipe(
      v.strictObject({ key: text(1, MAX_SETTING_KEY_LENGTH), value: jsonValue }),
      v.check((s) => {
        const known = Object.hasOwn(KNOWN_SETTINGS, s.key) ? KNOWN_SETTINGS[s.key] : undefined;
        return known === undefined || v.is(known, s.value);
      }, 'Setting has a value of the wrong type'),
    ),
    customPrompts: v.strictObject({
      id: uuid,
      text: v.pipe(
        v.strictObject({ ja: text(0, MAX_PROMPT_LENGTH), en: text(0, MAX_PROMPT_LENGTH) }),
        v.check((t) => t.ja.trim() !== '' || t.en.trim() !== '', 'Prompt has no text'),
      ),
      themes: v.pipe(
        v.array(v.picklist(THEMES)),
        v.minLength(1),
        v.maxLength(MAX_PROMPT_THEMES),
        v.check((t) => new Set(t).size === t.length, 'Repeated theme'),
      ),
      origin: v.picklist(['manual', 'import']),
      createdAt: at,
    }),
    promptPrefs: v.strictObject({
      promptId: text(1, MAX_SHORT_TEXT),
      favourite: v.optional(v.boolean()),
      hidden: v.optional(v.boolean()),
      hiddenFor: v.optional(list(uuid)),
    }),
  } satisfies { [K in TableName]: v.GenericSchema<unknown, BackupTables[K][number]> };
}

function withoutWords<T extends { words?: unknown }>(row: T): Omit<T, 'words'> {
  const plain = { ...row };
  delete plain.words;
  return plain;
}

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type RowSchemas = ReturnType<typeof rowSchemas>;
/** Fails to compile when a domain type gains a field its row schema does not know (or the reverse). */
export const ROW_SCHEMAS_COVER_TYPES: {
  [K in TableName]: SameKeys<BackupTables[K][number], v.InferOutput<RowSchemas[K]>>;
} = {
  members: true,
  sessions: true,
  agendaItems: true,
  notes: true,
  settings: true,
  customPrompts: true,
  promptPrefs: true,
};

export type PlainRow = Readonly<Record<string, unknown>>;

/** A table's rows as plain records, for code that treats every table alike. */
export function rowsOf(tables: BackupTables, name: TableName): readonly PlainRow[] {
  return tables[name] as readonly object[] as readonly PlainRow[];
}
