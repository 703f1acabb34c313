import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  agendaFor,
  applyAgendaTemplate,
  editAgendaItem,
  setDiscussed,
} from '@/storage/agenda';
import type { AizuchiDB } from '@/storage/db';
import { addMember, checkMemberName, listMembers } from '@/storage/members';
import { endSession, startSession } from '@/storage/sessions';
import { freshDb } from '../helpers/db';

let db: AizuchiDB;
beforeEach(() => {
  db = freshDb();
});

describe('agenda carry-over', () => {
  it('keeps undiscussed items for the next session and drops discussed ones', async () => {
    const m = await addMember(db, '佐藤');
    const a = await addAgendaItem(db, m.id, '評価', 1);
    const b = await addAgendaItem(db, m.id, 'キャリア', 2);
    const s1 = await startSession(db, m.id, 10);
    await setDiscussed(db, a!.id, s1.id, 20);
    expect((await agendaFor(db, m.id, s1.id)).map((i) => i.text)).toEqual(['評価', 'キャリア']);
    await endSession(db, s1.id, 30);

    const s2 = await startSession(db, m.id, 40);
    expect((await agendaFor(db, m.id, s2.id)).map((i) => i.id)).toEqual([b!.id]);
  });

  it('brings an item back when it is unmarked', async () => {
    const m = await addMember(db, '佐藤');
    const a = await addAgendaItem(db, m.id, '評価');
    const s1 = await startSession(db, m.id, 10);
    await setDiscussed(db, a!.id, s1.id);
    await setDiscussed(db, a!.id, undefined);
    expect(await agendaFor(db, m.id, 'another-session')).toHaveLength(1);
  });

  it('ignores empty items and keeps members apart', async () => {
    const m1 = await addMember(db, 'A');
    const m2 = await addMember(db, 'B');
    expect(await addAgendaItem(db, m1.id, '   ')).toBeNull();
    await addAgendaItem(db, m2.id, 'only B');
    expect(await agendaFor(db, m1.id, undefined)).toEqual([]);
  });
});

describe('members', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['あ'.repeat(200), null],
    ['あ'.repeat(201), 'too-long'],
  ])('checkMemberName(%j…) → %s', (name, expected) => {
    expect(checkMemberName(name)).toBe(expected);
  });

  it('lists active members by name; duplicates are allowed', async () => {
    await addMember(db, '鈴木');
    await addMember(db, 'Alex');
    await addMember(db, 'Alex');
    expect((await listMembers(db)).map((m) => m.name)).toEqual(['Alex', 'Alex', '鈴木']);
  });
});

describe('editing and templates', () => {
  it('edits text and owner; refuses empty text', async () => {
    const m = await addMember(db, '佐藤');
    const item = (await addAgendaItem(db, m.id, '評価'))!;
    expect(await editAgendaItem(db, item.id, { text: '  評価面談の準備 ', owner: 'member' })).toBe(true);
    expect(await editAgendaItem(db, item.id, { text: '   ' })).toBe(false);
    expect(await db.agendaItems.get(item.id)).toMatchObject({ text: '評価面談の準備', owner: 'member' });
  });

  it('applies a template once, after what is there', async () => {
    const m = await addMember(db, '佐藤');
    await addAgendaItem(db, m.id, '既存の話題', 1);
    expect(await applyAgendaTemplate(db, m.id, ['A', 'B'], 10)).toBe(2);
    expect(await applyAgendaTemplate(db, m.id, ['A', 'B'], 20)).toBe(0);
    expect((await agendaFor(db, m.id, undefined)).map((i) => i.text)).toEqual(['既存の話題', 'A', 'B']);
  });
});
