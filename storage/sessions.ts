import type { AizuchiDB } from './db';
import { getPreference, PREFERENCE_DEFAULTS } from './settings';
import type { CheckIn, Session } from './types';

/** The member's most recent session (running or ended), if any. */
export async function latestSession(db: AizuchiDB, memberId: string): Promise<Session | undefined> {
  return db.sessions
    .where('[memberId+startedAt]')
    .between([memberId, -Infinity], [memberId, Infinity])
    .last();
}

/** Starts a session unless one is already running for the member; returns the running one. */
export const DEFAULT_PLANNED_MINUTES = PREFERENCE_DEFAULTS.defaultPlannedMinutes;

export async function startSession(db: AizuchiDB, memberId: string, now = Date.now()): Promise<Session> {
  return db.transaction('rw', db.sessions, db.members, db.settings, async () => {
    const last = await latestSession(db, memberId);
    if (last && last.endedAt === undefined) return last;
    const member = await db.members.get(memberId);
    // The check-in prepared before the call becomes the session's.
    const plan = member?.plan;
    const session: Session = {
      id: crypto.randomUUID(),
      memberId,
      startedAt: now,
      plannedMinutes: await getPreference(db, 'defaultPlannedMinutes'),
      askedPromptIds: [],
      ...plan,
    };
    await db.sessions.add(session);
    // A clock set back must not make an older session the member's latest.
    const lastMetAt = Math.max(now, member?.lastMetAt ?? now);
    await db.members.update(memberId, { plan: undefined, lastMetAt });
    return session;
  });
}

export async function endSession(db: AizuchiDB, sessionId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session || session.endedAt !== undefined) return;
    // A clock that moved backwards must not give a session a negative length.
    await db.sessions.update(sessionId, { endedAt: Math.max(now, session.startedAt) });
  });
}

/**
 * Records today's theme, the member's mood and wish, or the planned length: on the running
 * session, or, before it starts, on the member's plan for the next one.
 */
export async function setCheckIn(
  db: AizuchiDB,
  target: { sessionId: string } | { memberId: string },
  changes: CheckIn,
): Promise<void> {
  if ('sessionId' in target) {
    await db.sessions.update(target.sessionId, (session) => {
      Object.assign(session, changes);
    });
    return;
  }
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(target.memberId);
    if (member) await db.members.update(target.memberId, { plan: { ...member.plan, ...changes } });
  });
}

/** The member's sessions, newest first. */
export async function sessionsOf(db: AizuchiDB, memberId: string): Promise<Session[]> {
  return db.sessions
    .where('[memberId+startedAt]')
    .between([memberId, -Infinity], [memberId, Infinity])
    .reverse()
    .toArray();
}

/** Records that a prompt was asked in a session (feeds novelty and the export). */
export async function markPromptAsked(db: AizuchiDB, sessionId: string, promptId: string): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session || session.askedPromptIds.includes(promptId)) return;
    await db.sessions.update(sessionId, { askedPromptIds: [...session.askedPromptIds, promptId] });
  });
}

/** Prompt ids asked in this session and the member's two sessions before it (novelty). */
export async function recentlyAskedIds(
  db: AizuchiDB,
  memberId: string,
  current: Pick<Session, 'startedAt' | 'askedPromptIds'> | null,
): Promise<string[]> {
  const before = await db.sessions
    .where('[memberId+startedAt]')
    .between([memberId, -Infinity], [memberId, current?.startedAt ?? Infinity], true, false)
    .reverse()
    .limit(2)
    .toArray();
  return [...new Set([...(current?.askedPromptIds ?? []), ...before.flatMap((s) => s.askedPromptIds)])];
}

/**
 * Reopens a session that ended after `endedSince` (a dropped call that came back); older
 * ones stay ended. True when the session runs afterwards.
 */
export async function resumeSession(db: AizuchiDB, sessionId: string, endedSince: number): Promise<boolean> {
  return db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return false;
    if (session.endedAt === undefined) return true;
    if (session.endedAt < endedSince) return false;
    await db.sessions.update(sessionId, { endedAt: undefined });
    return true;
  });
}
