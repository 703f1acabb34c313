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
import { captureNote, updateNote, withWords } from '@/storage/notes';
import { addCustomPrompt, hidePromptFor, setFavourite } from '@/storage/prompts';
import { endSession, markPromptAsked, setCheckIn } from '@/storage/sessions';
import { setSetting } from '@/storage/settings';
import { searchNotes } from '@/storage/search';
import { LATEST_VERSION } from '@/storage/schema';
import { freshDb } from '../helpers/db';

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

  it('recomputes search words from the text instead of trusting the file', async () => {
    const backup = parseOk(backupToJson(await exportBackup(db, NOW)));
    const notes = backup.tables.notes.map((n) => ({ ...n, words: ['forged'] }));
    const target = freshDb();
    await restoreBackup(target, { ...backup, tables: { ...backup.tables, notes } }, 'replace');
    for (const n of await target.notes.toArray()) expect(n.words, n.id).toEqual(withWords(n).words);
    expect((await searchNotes(target, 'forged')).total).toBe(0);
    expect((await searchNotes(target, '資料作成')).total).toBe(1);
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

  it('a note changed since the backup is overwritten by merge, with its words recomputed', async () => {
    const before = backupToJson(await exportBackup(db, NOW));
    const note = (await db.notes.toArray()).find((n) => n.text.startsWith('疲れて'))!;
    await updateNote(db, note.id, { text: 'forged words here' }, NOW - 1_000);
    await restoreBackup(db, parseOk(before), 'merge');
    const back = await db.notes.get(note.id);
    expect(back).toEqual(withWords(note));
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
  });

  it('a stored note without its words is written again, with them', async () => {
    const before = backupToJson(await exportBackup(db, NOW));
    const note = (await db.notes.toArray())[0]!;
    const bare: Partial<typeof note> & { words?: string[] } = { ...note };
    delete bare.words;
    await db.notes.put(bare as typeof note);
    await restoreBackup(db, parseOk(before), 'merge');
    expect(await db.notes.get(note.id)).toEqual(withWords(note));
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
    await vi.waitFor(() => expect(seen).toContain(9));
    await restoreBackup(db, backup, 'merge');
    await vi.waitFor(() => expect(seen.at(-1)).toBe(18));
    subscription.unsubscribe();
  });

  it('replace with a table the file has no rows of empties that table', async () => {
    const backup = parseOk(backupToJson(await exportBackup(db, NOW)));
    const empty = { ...backup, tables: { ...backup.tables, customPrompts: [], notes: [] } };
    await restoreBackup(db, empty, 'replace', undefined, 2);
    expect(await db.customPrompts.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.members.count()).toBe(2);
  });

  it('merge with small steps adds every row of another database and keeps its own', async () => {
    const other = freshDb();
    await seed(other, 10_000);
    await restoreBackup(db, parseOk(backupToJson(await exportBackup(other, NOW))), 'merge', undefined, 2);
    expect(await db.notes.count()).toBe(18);
    expect(await db.members.count()).toBe(4);
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
      const puts = refusePuts('notes');
      await expect(restoreBackup(db, backup, mode)).rejects.toThrow('QuotaExceededError');
      expect(puts.get('members')).toBe(2); // the first tables were written…
      expect(puts.get('sessions')).toBe(2);
      vi.restoreAllMocks();
      expect(backupToJson(await exportBackup(db, NOW))).toBe(before); // …and rolled back
    },
  );

  it.each(['merge', 'replace'] as const)(
    '%s: a failure after some chunks of notes were written rolls back those chunks too',
    async (mode) => {
      const backup = await otherBackup();
      const before = backupToJson(await exportBackup(db, NOW));
      const puts = refusePuts('notes', { allowed: 4 });
      await expect(restoreBackup(db, backup, mode, undefined, 2)).rejects.toThrow('QuotaExceededError');
      expect(puts.get('notes')).toBeGreaterThan(4); // two chunks of two notes went through
      vi.restoreAllMocks();
      expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
    },
  );

  it('replace: the very last row refused by the database rolls back the deletions too', async () => {
    const backup = await otherBackup();
    const before = backupToJson(await exportBackup(db, NOW));
    refusePuts('promptPrefs', { only: undefined, allowed: 1 });
    await expect(restoreBackup(db, backup, 'replace')).rejects.toThrow('QuotaExceededError');
    vi.restoreAllMocks();
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
  });

  it('replace: one note refused by the database (the last one) changes nothing', async () => {
    const backup = await otherBackup();
    const before = backupToJson(await exportBackup(db, NOW));
    refusePuts('notes', { only: backup.tables.notes.at(-1)!.id });
    await expect(restoreBackup(db, backup, 'replace')).rejects.toThrow('QuotaExceededError');
    vi.restoreAllMocks();
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
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
