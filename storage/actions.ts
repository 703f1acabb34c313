import type { AizuchiDB } from './db';
import type { Note, Owner, Session } from './types';

/**
 * Action items carried over to a session: those of the member's earlier sessions still
 * open, plus those closed during this session (so the toggle can be undone). Oldest first.
 */
export async function carriedActions(
  db: AizuchiDB,
  memberId: string,
  current: Pick<Session, 'id' | 'startedAt'> | null,
): Promise<Note[]> {
  const actions = await db.notes.where('[memberId+kind]').equals([memberId, 'action']).toArray();
  return actions
    .filter((n) => {
      if (n.sessionId === current?.id) return false;
      const doneAt = n.action?.doneAt;
      return doneAt === undefined || (current !== null && doneAt >= current.startedAt);
    })
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** Marks an action item done, or open again. */
export async function setActionDone(
  db: AizuchiDB,
  noteId: string,
  done: boolean,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(noteId);
    if (!note || note.kind !== 'action') return;
    const action = { ...(note.action ?? { owner: 'me' as const }) };
    if (done) action.doneAt = now;
    else delete action.doneAt;
    await db.notes.update(noteId, { action });
  });
}

/** Sets who owns an action item and when it is due (`YYYY-MM-DD`, or undefined for none). */
export async function setActionDetails(
  db: AizuchiDB,
  noteId: string,
  changes: { owner?: Owner; due?: string | undefined },
): Promise<void> {
  if (changes.due !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(changes.due))
    throw new Error('due: not a day');
  await db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(noteId);
    if (!note || note.kind !== 'action') return;
    const action = { ...(note.action ?? { owner: 'me' as const }), ...changes };
    if (action.due === undefined) delete action.due;
    await db.notes.update(noteId, { action });
  });
}
