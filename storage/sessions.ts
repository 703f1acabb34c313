import type { AizuchiDB } from './db';
import type { Session } from './types';

/** The member's most recent session (running or ended), if any. */
export async function latestSession(db: AizuchiDB, memberId: string): Promise<Session | undefined> {
  return db.sessions
    .where('[memberId+startedAt]')
    .between([memberId, -Infinity], [memberId, Infinity])
    .last();
}

/** Starts a session unless one is already running for the member; returns the running one. */
export async function startSession(db: AizuchiDB, memberId: string, now = Date.now()): Promise<Session> {
  return db.transaction('rw', db.sessions, async () => {
    const last = await latestSession(db, memberId);
    if (last && last.endedAt === undefined) return last;
    const session: Session = { id: crypto.randomUUID(), memberId, startedAt: now };
    await db.sessions.add(session);
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
