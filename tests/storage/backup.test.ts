import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setActionDone } from '@/storage/actions';
import { addAgendaItem, setDiscussed } from '@/storage/agenda';
import {
  backupToJson,
  exportBackup,
  parseBackup,
  restoreBackup,
  type Backup,
  type RestoreProgress,
} from '@/storage/backup';
import type { AizuchiDB } from '@/storage/db';
import { addMember, updateMember } from '@/storage/members';
import { captureNote, updateNote } from '@/storage/notes';
import { addCustomPrompt, hidePromptFor, setFavourite } from '@/storage/prompts';
import { endSession, markPromptAsked, setCheckIn } from '@/storage/sessions';
import { setSetting } from '@/storage/settings';
import { searchNotes } from '@/storage/search';
import { LATEST_VERSION } from '@/storage/schema';
import type { Note } from '@/storage/types';
import { termEntry } from '@/lib/search/index-words';
import { expectedTerms, freshDb, storedTerms } from '../helpers/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const T0 = Date.UTC(2026, 0, 5, 10);
const NOW = Date.UTC(2026, 5, 1);

/** T05 text: CJK, emoji ZWJ sequences, RTL, combining characters (NFD, not normalised). */
const WORLD_TEXTS = [
  '今日は資料作成の話。\n改行も  空白も そのまま',
  '家族 👩‍👩‍👧‍👦 と 🏳️‍🌈 と 👍🏽',
  'العربية: من اليمين إلى اليسار، mixed with English',
  'cafe\u0301 — e\u0301 and a\u030A (combining)',
  '한국어 · 中文 · ไทย',
];

/** A database shaped by the product's own storage functions, so its rows are real ones. */
async function seed(db: AizuchiDB, offset = 0): Promise<void> {
  const sato = await addMember(db, '佐藤 花子', T0 + offset);
  await updateMember(db, sato.id, {
    role: 'エンジニア',
    followerType: 'pragmatist',
    usualWant: 'think-together',
    background: 'مرحبا — 2024年入社',
    callUrls: ['https://meet.google.com/abc-defg-hij'],
  });
  const alex = await addMember(db, 'Alex 👩‍👩‍👧‍👦', T0 + offset + 1);
  await setCheckIn(db, { memberId: sato.id }, { theme: 'career', mood: 2, wants: 'listen' });
  const item = await addAgendaItem(db, sato.id, '評価面談の準備', T0 + offset + 2);
  await addAgendaItem(db, sato.id, 'キャリアの話', T0 + offset + 3, 'member');
  let at = T0 + offset + 60_000;
  const first = await captureNote(db, sato.id, 'note', WORLD_TEXTS[0]!, at);
  for (const text of WORLD_TEXTS.slice(1)) await captureNote(db, sato.id, 'quote', text, (at += 1_000));
  const action = await captureNote(db, sato.id, 'action', 'テンプレートを共有する', (at += 1_000));
  await setActionDone(db, action.id, true, (at += 1_000));
  await captureNote(db, sato.id, 'private', '疲れている様子', (at += 1_000));
  await captureNote(db, sato.id, 'moment', '', (at += 1_000));
  await markPromptAsked(db, first.sessionId, 'emotion-hardest-part');
  if (item) await setDiscussed(db, item.id, first.sessionId, (at += 1_000));
  await endSession(db, first.sessionId, (at += 1_000));
  await captureNote(db, alex.id, 'decision', 'Next time: career talk', at + 60_000);
  await setSetting(db, 'selectedMemberId', sato.id);
  const own = await addCustomPrompt(
    db,
    { text: { ja: '最近、手応えを感じた瞬間は？' }, themes: ['growth'] },
    at,
  );
  await setFavourite(db, own.id, true);
  await hidePromptFor(db, 'career-most-yourself', sato.id);
}

const withoutExportedAt = (json: string) => json.replace(/^ {2}"exportedAt": \d+,$/m, '');

/** The search index is exactly the stored notes' own: nothing missing, nothing left of notes gone or changed. */
async function expectIndexed(db: AizuchiDB): Promise<void> {
  const notes = await db.notes.toArray();
  for (const n of notes) expect(n, n.id).not.toHaveProperty('words');
  expect(await storedTerms(db)).toEqual(expectedTerms(notes));
}

/** A backup file as plain JSON, to change the way an older or edited file would differ. */
interface BackupJson {
  schemaVersion: number;
  counts: Record<string, number>;
  tables: { notes: (Note & { words?: string[] })[] };
}

async function fileOf(source: AizuchiDB): Promise<BackupJson> {
  return JSON.parse(backupToJson(await exportBackup(source, NOW))) as BackupJson;
}

const foundIds = async (db: AizuchiDB, query: string) =>
  (await searchNotes(db, query, 50, undefined, NOW)).hits.map((h) => h.note.id).sort();

function parseOk(text: string): Backup {
  const result = parseBackup(text, { now: NOW });
  if (!result.ok) throw new Error(`expected a valid backup, got ${result.problem}: ${result.detail}`);
  return result.backup;
}

let db: AizuchiDB;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});

describe('backup round trip', () => {
  it('T05 export → JSON → parse → restore → export is byte-identical apart from exportedAt', async () => {
    const json = backupToJson(await exportBackup(db, NOW - 1_000));
    const target = freshDb();
    await restoreBackup(target, parseOk(json), 'replace');
    const again = backupToJson(await exportBackup(target, NOW));

    expect(again).not.toBe(json); // exportedAt differs…
    expect(withoutExportedAt(again)).toBe(withoutExportedAt(json)); // …and nothing else
    for (const table of [
      'members',
      'sessions',
      'agendaItems',
      'notes',
      'settings',
      'customPrompts',
      'promptPrefs',
    ] as const) {
      expect(await target.table(table).toArray(), table).toEqual(await db.table(table).toArray());
    }
    // The index is rebuilt from the notes, as the notes' own writes had built it.
    expect(await storedTerms(target)).toEqual(await storedTerms(db));
    await expectIndexed(target);
  });

  it('T05 CJK, emoji ZWJ, RTL and combining characters come back unchanged, code unit for code unit', async () => {
    const target = freshDb();
    await restoreBackup(target, parseOk(backupToJson(await exportBackup(db, NOW))), 'replace');
    const texts = (await target.notes.toArray()).map((n) => n.text);
    for (const text of WORLD_TEXTS) expect(texts).toContain(text);
    expect(texts.find((t) => t.startsWith('cafe'))?.normalize('NFC')).not.toBe(
      texts.find((t) => t.startsWith('cafe')),
    ); // still decomposed: nothing normalised it on the way
    expect((await target.members.toArray()).map((m) => m.name)).toContain('Alex 👩‍👩‍👧‍👦');
  });

  it('writes the frame, counts and one row per line, rows sorted by id', async () => {
    const backup = await exportBackup(db, NOW);
    expect(backup).toMatchObject({
      app: 'aizuchi',
      format: 1,
      schemaVersion: LATEST_VERSION,
      exportedAt: NOW,
    });
    expect(backup.counts).toEqual({
      members: 2,
      sessions: 2,
      agendaItems: 2,
      notes: 9,
      settings: 1,
      customPrompts: 1,
      promptPrefs: 2,
    });
    const ids = backup.tables.notes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
    const json = backupToJson(backup);
    expect(json.split('\n').filter((l) => l.startsWith('      {"id":'))).toHaveLength(16);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(backup)));
  });

  it('a fresh export always passes its own validation (nothing the product writes is refused)', async () => {
    const result = parseBackup(backupToJson(await exportBackup(db, NOW)), { now: NOW });
    expect(result).toMatchObject({
      ok: true,
      summary: { members: 2, sessions: 2, agendaItems: 2, notes: 9 },
    });
  });
});

describe('restore modes', () => {
  it('merge is idempotent: the same backup twice changes nothing and duplicates nothing', async () => {
    const before = backupToJson(await exportBackup(db, NOW));
    const backup = parseOk(before);
    await restoreBackup(db, backup, 'merge');
    await restoreBackup(db, backup, 'merge');
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
  });

  it('merge keeps what only the database has and adds what only the file has', async () => {
    const other = freshDb();
    await seed(other, 10_000);
    const backup = parseOk(backupToJson(await exportBackup(other, NOW)));
    const written = await restoreBackup(db, backup, 'merge');
    expect(written).toEqual({
      members: 2,
      sessions: 2,
      agendaItems: 2,
      notes: 9,
      settings: 1,
      customPrompts: 1,
      promptPrefs: 2,
    });
    await restoreBackup(db, backup, 'merge');
    expect(await db.members.count()).toBe(4);
    expect(await db.notes.count()).toBe(18);
    expect(await db.settings.count()).toBe(1); // same key: the file's value wins
  });

  it('replace leaves exactly the backup', async () => {
    const other = freshDb();
    await seed(other, 10_000);
    const json = backupToJson(await exportBackup(other, NOW));
    await restoreBackup(db, parseOk(json), 'replace');
    expect(withoutExportedAt(backupToJson(await exportBackup(db, NOW + 1)))).toBe(withoutExportedAt(json));
  });

  it.each([
    ['merge', 'an empty database'],
    ['replace', 'an empty database'],
    ['merge', 'the database it came from'],
    ['replace', 'the database it came from'],
  ] as const)(
    '%s of an older backup whose notes carry search words into %s drops the words and indexes the text',
    async (mode, into) => {
      const file = await fileOf(db);
      // As schema v2–v4 backups carried them; forged here, so only the text can explain a hit.
      file.schemaVersion = 4;
      for (const n of file.tables.notes) n.words = ['00bf\u0000forged', 'forged'];
      const backup = parseOk(JSON.stringify(file));
      for (const n of backup.tables.notes) expect(n, n.id).not.toHaveProperty('words');
      const target = into === 'an empty database' ? freshDb() : db;
      const index = await storedTerms(db);
      await restoreBackup(target, backup, mode);
      await expectIndexed(target);
      expect(await storedTerms(target)).toEqual(index);
      expect((await searchNotes(target, 'forged')).total).toBe(0);
      expect((await searchNotes(target, '資料作成')).hits.map((h) => h.note.text)).toEqual([WORLD_TEXTS[0]]);
    },
  );

  it.each([
    ['merge', 'an empty database', 1],
    ['replace', 'an empty database', 1],
    ['merge', 'a database with other notes', 2],
    ['replace', 'a database with other notes', 1],
  ] as const)('%s into %s leaves the index of exactly the notes stored', async (mode, into, copies) => {
    const other = freshDb();
    await seed(other, 10_000);
    const target = into === 'an empty database' ? freshDb() : db;
    await restoreBackup(target, parseOk(backupToJson(await exportBackup(other, NOW))), mode);
    // Both seeds hold the same texts: after a merge each is stored (and found) twice.
    expect(await target.notes.count()).toBe(9 * copies);
    await expectIndexed(target);
    expect((await searchNotes(target, 'テンプレート 共有')).total).toBe(copies);
    expect((await searchNotes(target, 'career talk')).total).toBe(copies);
  });

  it.each(['merge', 'replace'] as const)(
    '%s of a file whose note has other text moves its index: search finds the new text, not the old',
    async (mode) => {
      const file = await fileOf(db);
      const tired = file.tables.notes.find((n) => n.text.startsWith('疲れて'))!;
      tired.text = 'Budget review moved to Friday';
      // Another note moved in time: its entry (stamp + id) changes in every row, even where its words stay.
      const template = file.tables.notes.find((n) => n.text.startsWith('テンプレート'))!;
      const oldEntry = termEntry(template);
      template.createdAt += 40 * 24 * 3_600_000;
      expect(await foundIds(db, '疲れ')).toEqual([tired.id]);
      await restoreBackup(db, parseOk(JSON.stringify(file)), mode);
      await expectIndexed(db);
      expect(await foundIds(db, 'budget friday')).toEqual([tired.id]);
      expect(await foundIds(db, '疲れ')).toEqual([]);
      expect(await foundIds(db, '共有')).toEqual([template.id]);
      for (const entries of (await storedTerms(db)).values()) expect(entries).not.toContain(oldEntry);
    },
  );

  it('replace removes the notes the file lacks from the index; merge keeps them', async () => {
    const file = await fileOf(db);
    const gone = file.tables.notes.find((n) => n.text.startsWith('疲れて'))!;
    file.tables.notes = file.tables.notes.filter((n) => n !== gone);
    file.counts.notes = file.tables.notes.length;
    const backup = parseOk(JSON.stringify(file));
    await restoreBackup(db, backup, 'merge');
    expect(await foundIds(db, '疲れ')).toEqual([gone.id]);
    await restoreBackup(db, backup, 'replace');
    expect(await db.notes.get(gone.id)).toBeUndefined();
    await expectIndexed(db);
    expect(await foundIds(db, '疲れ')).toEqual([]);
    const entry = termEntry(gone);
    for (const entries of (await storedTerms(db)).values()) expect(entries).not.toContain(entry);
  });

  it("sets when each member was last met from the sessions stored after the restore, not the file's word", async () => {
    const backup = parseOk(backupToJson(await exportBackup(db, NOW)));
    const [sato, alex] = backup.tables.members;
    // A forged time on one member, none on the other (as a v2 or v3 backup has it).
    const members = [
      { ...sato!, lastMetAt: NOW },
      { ...alex!, lastMetAt: undefined },
    ];
    const target = freshDb();
    await restoreBackup(target, { ...backup, tables: { ...backup.tables, members } }, 'replace');
    const latest = (memberId: string) =>
      Math.max(...backup.tables.sessions.filter((s) => s.memberId === memberId).map((s) => s.startedAt));
    for (const m of await target.members.toArray()) expect(m.lastMetAt, m.name).toBe(latest(m.id));
  });

  it('reports progress up to the total, in order', async () => {
    const backup = parseOk(backupToJson(await exportBackup(db, NOW)));
    const seen: RestoreProgress[] = [];
    await restoreBackup(freshDb(), backup, 'replace', (p) => seen.push(p));
    expect(seen.map((p) => p.table)).toEqual([
      'members',
      'sessions',
      'agendaItems',
      'notes',
      'settings',
      'customPrompts',
      'promptPrefs',
    ]);
    expect(seen.at(-1)).toEqual({ table: 'promptPrefs', written: 19, total: 19 });
  });
});

describe('restore writes only what changes (each IndexedDB write costs far more than a read)', () => {
  const writers = () =>
    (['put', 'add', 'delete', 'clear'] as const).map((method) => vi.spyOn(IDBObjectStore.prototype, method));

  it.each(['merge', 'replace'] as const)(
    '%s of the database’s own backup writes and deletes nothing',
    async (mode) => {
      const before = backupToJson(await exportBackup(db, NOW));
      const spies = writers();
      expect(await restoreBackup(db, parseOk(before), mode)).toMatchObject({ members: 2, notes: 9 });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
    },
  );

  it('a note changed since the backup is overwritten by merge, and its index follows', async () => {
    const before = backupToJson(await exportBackup(db, NOW));
    const index = await storedTerms(db);
    const note = (await db.notes.toArray()).find((n) => n.text.startsWith('疲れて'))!;
    await updateNote(db, note.id, { text: 'forged words here' }, NOW - 1_000);
    expect(await foundIds(db, 'forged')).toEqual([note.id]);
    await restoreBackup(db, parseOk(before), 'merge');
    const back = await db.notes.get(note.id);
    expect(back).toEqual(note);
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
    expect(await storedTerms(db)).toEqual(index);
    expect(await foundIds(db, 'forged')).toEqual([]);
    expect(await foundIds(db, '疲れ')).toEqual([note.id]);
  });

  it('writes each index row it touches once, however many of its notes change', async () => {
    const other = freshDb();
    await seed(other, 10_000);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    // One note per step: the rows of words both seeds share change with every step.
    await restoreBackup(db, parseOk(backupToJson(await exportBackup(other, NOW))), 'merge', undefined, 1);
    const keys = put.mock.contexts
      .map((store, i) => [(store as IDBObjectStore).name, put.mock.calls[i]![1] as string] as const)
      .filter(([store]) => store === 'terms')
      .map(([, key]) => key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).toEqual([...new Set(keys)]);
    // Rows both seeds' notes are listed in (the same texts, the same ~6 days).
    for (const word of ['共有', 'いる', 'る']) {
      expect(keys.filter((key) => key.split('\u0000')[1] === word)).toHaveLength(1);
    }
    await expectIndexed(db);
  });

  it.each([1, 2, 3, 5, 2_000])(
    'replace with %i rows per step leaves exactly the backup (stored keys before, between and after the file’s go)',
    async (chunk) => {
      const other = freshDb();
      await seed(other, 10_000);
      const json = backupToJson(await exportBackup(other, NOW));
      const seen: RestoreProgress[] = [];
      await restoreBackup(db, parseOk(json), 'replace', (p) => seen.push(p), chunk);
      expect(withoutExportedAt(backupToJson(await exportBackup(db, NOW + 1)))).toBe(withoutExportedAt(json));
      expect(seen.at(-1)).toMatchObject({ written: 19, total: 19 });
      // Nothing is left in the index of the notes replaced.
      await expectIndexed(db);
      expect(await storedTerms(db)).toEqual(await storedTerms(other));
    },
  );

  it('live queries see what a restore wrote (its native writes are announced)', async () => {
    const other = freshDb();
    await seed(other, 10_000);
    const backup = parseOk(backupToJson(await exportBackup(other, NOW)));
    const seen: number[] = [];
    const subscription = liveQuery(() => db.notes.orderBy('[sessionId+createdAt]').count()).subscribe((n) => {
      seen.push(n);
    });
    // A search open in the panel reads the index.
    const found: number[] = [];
    const search = liveQuery(() => searchNotes(db, 'career talk')).subscribe((r) => {
      found.push(r.total);
    });
    await vi.waitFor(() => expect(seen).toContain(9));
    await vi.waitFor(() => expect(found).toContain(1));
    await restoreBackup(db, backup, 'merge');
    await vi.waitFor(() => expect(seen.at(-1)).toBe(18));
    await vi.waitFor(() => expect(found.at(-1)).toBe(2));
    subscription.unsubscribe();
    search.unsubscribe();
  });

  it('replace with a table the file has no rows of empties that table', async () => {
    const backup = parseOk(backupToJson(await exportBackup(db, NOW)));
    const empty = { ...backup, tables: { ...backup.tables, customPrompts: [], notes: [] } };
    await restoreBackup(db, empty, 'replace', undefined, 2);
    expect(await db.customPrompts.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.terms.count()).toBe(0);
    expect(await db.members.count()).toBe(2);
  });

  it('merge with small steps adds every row of another database and keeps its own', async () => {
    const other = freshDb();
    await seed(other, 10_000);
    await restoreBackup(db, parseOk(backupToJson(await exportBackup(other, NOW))), 'merge', undefined, 2);
    expect(await db.notes.count()).toBe(18);
    expect(await db.members.count()).toBe(4);
    await expectIndexed(db);
  });
});

describe('T03 restore is all-or-nothing', () => {
  async function otherBackup(): Promise<Backup> {
    const other = freshDb();
    await seed(other, 10_000);
    return parseOk(backupToJson(await exportBackup(other, NOW)));
  }

  /**
   * Makes IndexedDB refuse a put into `store` (like a full disk) once `allowed` puts into it
   * went through, or only the put of the row with id `only`. Counts puts per store.
   */
  function refusePuts(store: string, { allowed = 0, only }: { allowed?: number; only?: string } = {}) {
    const put = IDBObjectStore.prototype.put; // eslint-disable-line @typescript-eslint/unbound-method
    const puts = new Map<string, number>();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const n = (puts.get(this.name) ?? 0) + 1;
      puts.set(this.name, n);
      const row = args[0] as { id?: unknown };
      if (this.name === store && (only === undefined ? n > allowed : row.id === only)) {
        throw new DOMException('QuotaExceededError (simulated)', 'QuotaExceededError');
      }
      return put.apply(this, args);
    });
    return puts;
  }

  it.each(['merge', 'replace'] as const)(
    '%s: notes failing after members and sessions were written changes nothing',
    async (mode) => {
      const backup = await otherBackup();
      const before = backupToJson(await exportBackup(db, NOW));
      const index = await storedTerms(db);
      const puts = refusePuts('notes');
      await expect(restoreBackup(db, backup, mode)).rejects.toThrow('QuotaExceededError');
      expect(puts.get('members')).toBe(2); // the first tables were written…
      expect(puts.get('sessions')).toBe(2);
      vi.restoreAllMocks();
      expect(backupToJson(await exportBackup(db, NOW))).toBe(before); // …and rolled back
      expect(await storedTerms(db)).toEqual(index);
    },
  );

  it.each(['merge', 'replace'] as const)(
    '%s: a failure after some chunks of notes were written rolls back those chunks too',
    async (mode) => {
      const backup = await otherBackup();
      const before = backupToJson(await exportBackup(db, NOW));
      const index = await storedTerms(db);
      const puts = refusePuts('notes', { allowed: 4 });
      await expect(restoreBackup(db, backup, mode, undefined, 2)).rejects.toThrow('QuotaExceededError');
      expect(puts.get('notes')).toBeGreaterThan(4); // two chunks of two notes went through
      vi.restoreAllMocks();
      expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
      expect(await storedTerms(db)).toEqual(index);
    },
  );

  it.each(['merge', 'replace'] as const)(
    '%s: the index refused at the end, after every note was written, changes nothing',
    async (mode) => {
      const backup = await otherBackup();
      const before = backupToJson(await exportBackup(db, NOW));
      const index = await storedTerms(db);
      const puts = refusePuts('terms');
      await expect(restoreBackup(db, backup, mode)).rejects.toThrow('QuotaExceededError');
      expect(puts.get('notes')).toBe(9); // the notes were written…
      expect(puts.get('terms')).toBeGreaterThan(0);
      vi.restoreAllMocks();
      expect(backupToJson(await exportBackup(db, NOW))).toBe(before); // …and rolled back with the index
      expect(await storedTerms(db)).toEqual(index);
      await expectIndexed(db);
      expect((await searchNotes(db, 'career talk')).total).toBe(1);
    },
  );

  it('replace: the very last row refused by the database rolls back the deletions too', async () => {
    const backup = await otherBackup();
    const before = backupToJson(await exportBackup(db, NOW));
    const index = await storedTerms(db);
    refusePuts('promptPrefs', { only: undefined, allowed: 1 });
    await expect(restoreBackup(db, backup, 'replace')).rejects.toThrow('QuotaExceededError');
    vi.restoreAllMocks();
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
    expect(await storedTerms(db)).toEqual(index);
  });

  it('replace: one note refused by the database (the last one) changes nothing', async () => {
    const backup = await otherBackup();
    const before = backupToJson(await exportBackup(db, NOW));
    const index = await storedTerms(db);
    refusePuts('notes', { only: backup.tables.notes.at(-1)!.id });
    await expect(restoreBackup(db, backup, 'replace')).rejects.toThrow('QuotaExceededError');
    vi.restoreAllMocks();
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
    expect(await storedTerms(db)).toEqual(index);
  });

  it('a file that is invalid only at its very last row writes nothing', async () => {
    const backup = JSON.parse(
      backupToJson(
        await (async () => {
          const other = freshDb();
          await seed(other, 10_000);
          return exportBackup(other, NOW);
        })(),
      ),
    ) as { tables: { settings: { value: unknown }[] } };
    backup.tables.settings[0]!.value = 42;
    const before = backupToJson(await exportBackup(db, NOW));
    const result = parseBackup(JSON.stringify(backup), { now: NOW });
    expect(result).toMatchObject({ ok: false, problem: 'invalid-row' });
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
  });
});

describe('T09 ids are UUID strings', () => {
  it('every exported id is a UUID and restore keeps ids as they are (no renumbering)', async () => {
    const backup = await exportBackup(db, NOW);
    const ids = [
      ...backup.tables.members,
      ...backup.tables.sessions,
      ...backup.tables.agendaItems,
      ...backup.tables.notes,
    ].map((r) => r.id);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id).toMatch(UUID);
    const target = freshDb();
    await restoreBackup(target, parseOk(backupToJson(backup)), 'replace');
    expect((await target.notes.toCollection().primaryKeys()).sort()).toEqual(
      backup.tables.notes.map((n) => n.id).sort(),
    );
  });

  it('a row whose id is a number or a non-UUID string is refused', async () => {
    const json = backupToJson(await exportBackup(db, NOW));
    const id = (await db.notes.toCollection().first())!.id;
    expect(parseBackup(json.replace(`"id":"${id}"`, '"id":7'), { now: NOW })).toMatchObject({
      problem: 'invalid-row',
    });
    expect(parseBackup(json.replace(`"id":"${id}"`, '"id":"note-7"'), { now: NOW })).toMatchObject({
      problem: 'invalid-row',
    });
  });
});
