import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { createCallTracker, RESUME_GRACE_MS } from '@/entrypoints/background/call-tracker';
import { CALLS_KEY, quickNoteDraftKey, type TrackedCalls } from '@/lib/call/tracked';
import type { AizuchiDB } from '@/storage/db';
import { addMember, linkCallToMember } from '@/storage/members';
import { latestSession } from '@/storage/sessions';
import { getSetting } from '@/storage/settings';
import type { Member } from '@/storage/types';
import { freshDb } from '../../helpers/db';

const call = (meetingKey: string, phase: 'prejoin' | 'incall' | 'ended' | 'unknown' | 'none') =>
  ({ type: 'call-state', service: 'meet', meetingKey, phase }) as const;

let db: AizuchiDB;
let member: Member;
let clock: number;
let tracker: ReturnType<typeof createCallTracker>;

const calls = async () => ((await browser.storage.session.get(CALLS_KEY))[CALLS_KEY] ?? {}) as TrackedCalls;

beforeEach(async () => {
  db = freshDb();
  clock = 1_000;
  tracker = createCallTracker(db, () => clock);
  member = await addMember(db, '佐藤');
  await linkCallToMember(db, member.id, { service: 'meet', meetingKey: 'abc-defg-hij' });
});

describe('call tracking', () => {
  it("a linked call starts its member's session when it begins, selects the member, and ends it when it ends", async () => {
    await tracker.onCallState(call('abc-defg-hij', 'prejoin'), 7);
    expect(await latestSession(db, member.id)).toBeUndefined();
    clock = 2_000;
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    expect(await latestSession(db, member.id)).toMatchObject({ startedAt: 2_000 });
    expect(await getSetting(db, 'selectedMemberId')).toBe(member.id);
    expect((await calls())['7']).toMatchObject({ phase: 'incall', memberId: member.id });
    clock = 5_000;
    await tracker.onCallState(call('abc-defg-hij', 'ended'), 7);
    expect((await latestSession(db, member.id))?.endedAt).toBe(5_000);
    expect((await calls())['7']?.phase).toBe('ended');
  });

  it('an unknown call starts nothing until it is linked, then it is remembered', async () => {
    await tracker.onCallState(call('xyz-abcd-efg', 'incall'), 3);
    expect(await db.sessions.count()).toBe(0);
    await tracker.linkCall(3, member.id);
    expect((await latestSession(db, member.id))?.endedAt).toBeUndefined();
    expect((await db.members.get(member.id))?.callUrls).toContain('https://meet.google.com/xyz-abcd-efg');
  });

  it('T15 the call tab closed without leaving: the session ends with its end time', async () => {
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    clock = 9_000;
    await tracker.onTabRemoved(7);
    expect((await latestSession(db, member.id))?.endedAt).toBe(9_000);
    expect(await calls()).toEqual({});
  });

  it('T17 a new call in the same tab ends the previous one; leaving the call page forgets it', async () => {
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    const first = await latestSession(db, member.id);
    clock = 4_000;
    await tracker.onCallState(call('xyz-abcd-efg', 'prejoin'), 7);
    expect((await db.sessions.get(first!.id))?.endedAt).toBe(4_000);
    expect((await calls())['7']).toMatchObject({ meetingKey: 'xyz-abcd-efg', phase: 'prejoin' });
    expect((await calls())['7']?.sessionId).toBeUndefined();
    await tracker.onCallState(call('xyz-abcd-efg', 'none'), 7);
    expect(await calls()).toEqual({});
  });

  it('T16 two calls in two tabs keep their own sessions', async () => {
    const other = await addMember(db, 'Alex');
    await linkCallToMember(db, other.id, { service: 'meet', meetingKey: 'xyz-abcd-efg' });
    await Promise.all([
      tracker.onCallState(call('abc-defg-hij', 'incall'), 1),
      tracker.onCallState(call('xyz-abcd-efg', 'incall'), 2),
    ]);
    const state = await calls();
    expect(state['1']?.memberId).toBe(member.id);
    expect(state['2']?.memberId).toBe(other.id);
    expect(state['1']?.sessionId).not.toBe(state['2']?.sessionId);
  });

  it('the same in-call report twice does not start a second session', async () => {
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    expect(await db.sessions.count()).toBe(1);
  });
});

describe('a dropped call', () => {
  it('coming back within the grace resumes its session; later it starts a new one', async () => {
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    const session = await latestSession(db, member.id);
    clock = 60_000;
    await tracker.onCallState(call('abc-defg-hij', 'ended'), 7);
    clock = 90_000;
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    expect((await db.sessions.get(session!.id))?.endedAt).toBeUndefined();
    expect(await db.sessions.count()).toBe(1);

    clock = 100_000;
    await tracker.onCallState(call('abc-defg-hij', 'ended'), 7);
    clock = 100_000 + RESUME_GRACE_MS + 1;
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    expect((await db.sessions.get(session!.id))?.endedAt).toBe(100_000);
    expect((await latestSession(db, member.id))?.endedAt).toBeUndefined();
    expect(await db.sessions.count()).toBe(2);
  });
});

describe('mark-moment', () => {
  it("adds a moment to the running session of the tab's call, and nothing without one", async () => {
    await tracker.markMoment(7);
    expect(await db.notes.count()).toBe(0);
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    clock = 65_000;
    await tracker.markMoment(7);
    const [moment] = await db.notes.toArray();
    expect(moment).toMatchObject({ kind: 'moment', text: '', createdAt: 65_000, memberId: member.id });
  });
});

describe('quick notes', () => {
  it('go into the session of their tab, stamped at the first keystroke, clamped into the session', async () => {
    expect(await tracker.quickNote(7, 'まだ通話前', 500)).toEqual({ ok: false, reason: 'no-session' });
    clock = 10_000;
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    clock = 80_000;
    expect(await tracker.quickNote(7, '資料を共有する', 70_000)).toEqual({ ok: true, offsetMs: 60_000 });
    expect(await tracker.quickNote(7, '未来の時刻', 999_999)).toEqual({ ok: true, offsetMs: 70_000 });
    const notes = await db.notes.orderBy('[sessionId+createdAt]').toArray();
    expect(notes.map((n) => [n.text, n.createdAt])).toEqual([
      ['資料を共有する', 70_000],
      ['未来の時刻', 80_000],
    ]);
  });

  it('text left in the box when the call tab closes becomes a note, not a loss', async () => {
    clock = 10_000;
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    await browser.storage.local.set({ [quickNoteDraftKey(7)]: { text: '書きかけ', startedAt: 20_000 } });
    clock = 30_000;
    await tracker.onTabRemoved(7);
    expect((await db.notes.toArray()).map((n) => [n.text, n.createdAt])).toEqual([['書きかけ', 20_000]]);
    expect(await browser.storage.local.get(quickNoteDraftKey(7))).toEqual({});
  });
});

describe('T11 the service worker stopped mid-call', () => {
  it('a new worker carries on from storage.session: later notes and the end land in the same session', async () => {
    clock = 10_000;
    await tracker.onCallState(call('abc-defg-hij', 'incall'), 7);
    const session = await latestSession(db, member.id);
    // The worker is stopped: all in-memory state is gone; a fresh tracker starts.
    const restarted = createCallTracker(db, () => clock);
    clock = 130_000;
    expect(await restarted.quickNote(7, '再起動のあと', 125_000)).toEqual({ ok: true, offsetMs: 115_000 });
    await restarted.onCallState(call('abc-defg-hij', 'incall'), 7);
    expect(await db.sessions.count()).toBe(1);
    clock = 200_000;
    await restarted.onCallState(call('abc-defg-hij', 'ended'), 7);
    expect((await db.sessions.get(session!.id))?.endedAt).toBe(200_000);
  });
});
