import { beforeEach, describe, expect, it } from 'vitest';
import { carriedActions, setActionDetails, setActionDone } from '@/storage/actions';
import { addAgendaItem, agendaFor, deleteAgendaItem, moveAgendaItem, setDiscussed } from '@/storage/agenda';
import type { AizuchiDB } from '@/storage/db';
import {
  addMember,
  deleteMember,
  listMembers,
  membersByDue,
  restoreMember,
  setArchived,
} from '@/storage/members';
import { captureNote } from '@/storage/notes';
import { endSession, latestSession, setCheckIn, startSession } from '@/storage/sessions';
import { freshDb } from '../helpers/db';

let db: AizuchiDB;
beforeEach(() => {
  db = freshDb();
});

/** Session 1 with three topics (one discussed) and an action item, ended; session 2 started. */
async function twoSessions() {
  const m = await addMember(db, '佐藤');
  const [a, b, c] = [
    (await addAgendaItem(db, m.id, '評価', 1))!,
    (await addAgendaItem(db, m.id, 'キャリア', 2))!,
    (await addAgendaItem(db, m.id, '勉強会', 3))!,
  ];
  const s1 = await startSession(db, m.id, 100);
  await setDiscussed(db, a.id, s1.id, 110);
  const action = await captureNote(db, m.id, 'action', '資料を共有する', 120);
  await endSession(db, s1.id, 200);
  const s2 = await startSession(db, m.id, 1_000);
  return { m, a, b, c, s1, s2, action };
}

describe('carry-over rules', () => {
  it('undiscussed topics carry over in their order; discussed ones stay with their session', async () => {
    const { m, b, c, s1, s2 } = await twoSessions();
    expect((await agendaFor(db, m.id, s2.id)).map((i) => i.id)).toEqual([b.id, c.id]);
    expect((await agendaFor(db, m.id, s1.id)).map((i) => i.text)).toEqual(['評価', 'キャリア', '勉強会']);
  });

  it('a deleted topic does not carry over', async () => {
    const { m, b, c, s2 } = await twoSessions();
    await deleteAgendaItem(db, b.id);
    expect((await agendaFor(db, m.id, s2.id)).map((i) => i.id)).toEqual([c.id]);
  });

  it('an open action item of an earlier session is carried over until done', async () => {
    const { m, s1, s2, action } = await twoSessions();
    expect((await carriedActions(db, m.id, s2)).map((n) => n.id)).toEqual([action.id]);
    // Not carried into its own session: there it is one of the notes.
    expect(await carriedActions(db, m.id, s1)).toEqual([]);
  });

  it('an action done in this session stays visible (checked) here, and is gone next time', async () => {
    const { m, s2, action } = await twoSessions();
    await setActionDone(db, action.id, true, 1_100);
    expect((await carriedActions(db, m.id, s2))[0]?.action?.doneAt).toBe(1_100);
    await endSession(db, s2.id, 1_500);
    const s3 = await startSession(db, m.id, 2_000);
    expect(await carriedActions(db, m.id, s3)).toEqual([]);
  });

  it('a reopened action carries over again', async () => {
    const { m, s2, action } = await twoSessions();
    await setActionDone(db, action.id, true, 1_100);
    await endSession(db, s2.id, 1_500);
    await setActionDone(db, action.id, false);
    const s3 = await startSession(db, m.id, 2_000);
    expect((await carriedActions(db, m.id, s3)).map((n) => n.id)).toEqual([action.id]);
  });

  it('an archived member keeps agenda and actions; restored, everything is there', async () => {
    const { m, b, c, s2, action } = await twoSessions();
    await setArchived(db, m.id, true);
    expect(await listMembers(db)).toEqual([]);
    await setArchived(db, m.id, false);
    expect((await listMembers(db)).map((x) => x.id)).toEqual([m.id]);
    expect((await agendaFor(db, m.id, s2.id)).map((i) => i.id)).toEqual([b.id, c.id]);
    expect((await carriedActions(db, m.id, s2)).map((n) => n.id)).toEqual([action.id]);
  });
});

describe('agenda order', () => {
  it('moves an item up and down, ignoring moves past the ends', async () => {
    const { m, b, c, s2 } = await twoSessions();
    await moveAgendaItem(db, await agendaFor(db, m.id, s2.id), c.id, -1);
    expect((await agendaFor(db, m.id, s2.id)).map((i) => i.id)).toEqual([c.id, b.id]);
    await moveAgendaItem(db, await agendaFor(db, m.id, s2.id), c.id, -1);
    expect((await agendaFor(db, m.id, s2.id)).map((i) => i.id)).toEqual([c.id, b.id]);
    const added = await addAgendaItem(db, m.id, '新しい話題');
    expect((await agendaFor(db, m.id, s2.id)).at(-1)?.id).toBe(added!.id);
  });
});

describe('T10 deleting a member', () => {
  it('ends their running session, keeps their data, and can be undone', async () => {
    const { m, s2 } = await twoSessions();
    await deleteMember(db, m.id, 1_200);
    expect(await listMembers(db)).toEqual([]);
    expect((await latestSession(db, m.id))?.endedAt).toBe(1_200);
    expect(await db.sessions.count()).toBe(2);
    expect(await db.notes.count()).toBe(1);
    await restoreMember(db, m.id);
    expect((await listMembers(db)).map((x) => x.id)).toEqual([m.id]);
    expect((await db.sessions.get(s2.id))?.endedAt).toBe(1_200);
  });
});

describe('check-in', () => {
  it("prepared before the call, it becomes the session's when the session starts", async () => {
    const m = await addMember(db, '佐藤');
    await setCheckIn(db, { memberId: m.id }, { theme: 'career' });
    await setCheckIn(db, { memberId: m.id }, { wants: 'listen' });
    const s = await startSession(db, m.id, 10);
    expect(s).toMatchObject({ theme: 'career', wants: 'listen', plannedMinutes: 30 });
    expect((await db.members.get(m.id))?.plan).toBeUndefined();
    await setCheckIn(db, { sessionId: s.id }, { mood: 2 });
    expect((await db.sessions.get(s.id))?.mood).toBe(2);
  });
});

describe('member order', () => {
  it('puts the member not met for longest first, never-met ones before anyone', async () => {
    const a = await addMember(db, 'A');
    const b = await addMember(db, 'B');
    await addMember(db, 'C');
    const sa = await startSession(db, a.id, 5_000);
    await endSession(db, sa.id, 6_000);
    const sb = await startSession(db, b.id, 1_000);
    await endSession(db, sb.id, 2_000);
    expect((await membersByDue(db)).map((m) => m.name)).toEqual(['C', 'B', 'A']);
  });

  it('keeps when each member was last met on the member, so the order reads no sessions', async () => {
    const a = await addMember(db, 'A');
    const b = await addMember(db, 'B');
    const first = await startSession(db, a.id, 5_000);
    await endSession(db, first.id, 6_000);
    // A running session is returned as it is; the time stays that of its start.
    await startSession(db, b.id, 7_000);
    await startSession(db, b.id, 8_000);
    // A clock set back does not make an earlier session the latest.
    await startSession(db, a.id, 1_000);
    expect((await db.members.get(a.id))?.lastMetAt).toBe(5_000);
    expect((await db.members.get(b.id))?.lastMetAt).toBe(7_000);
    expect((await membersByDue(db)).map((m) => m.name)).toEqual(['A', 'B']);
  });
});

describe('action details', () => {
  it('sets the owner and due day of an action item, and clears the day', async () => {
    const { action } = await twoSessions();
    await setActionDetails(db, action.id, { owner: 'member', due: '2026-12-04' });
    expect((await db.notes.get(action.id))?.action).toEqual({ owner: 'member', due: '2026-12-04' });
    await setActionDetails(db, action.id, { due: undefined });
    expect((await db.notes.get(action.id))?.action).toEqual({ owner: 'member' });
    await expect(setActionDetails(db, action.id, { due: 'next friday' })).rejects.toThrow();
  });
});
