import type { AizuchiDB } from './db';
import { MAX_AGENDA_LENGTH } from './limits';
import type { AgendaItem } from './types';

export async function addAgendaItem(
  db: AizuchiDB,
  memberId: string,
  text: string,
  now = Date.now(),
): Promise<AgendaItem | null> {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_AGENDA_LENGTH) return null;
  const item: AgendaItem = { id: crypto.randomUUID(), memberId, text: trimmed, createdAt: now };
  await db.agendaItems.add(item);
  return item;
}

/**
 * The agenda shown for a member: items not yet discussed (they carry over), plus the
 * items discussed in the session on screen, oldest first.
 */
export async function agendaFor(
  db: AizuchiDB,
  memberId: string,
  sessionId: string | undefined,
): Promise<AgendaItem[]> {
  const items = await db.agendaItems.where('memberId').equals(memberId).toArray();
  return items
    .filter((i) => i.discussedAt === undefined || (sessionId !== undefined && i.discussedIn === sessionId))
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** Marks an item discussed in a session, or undiscussed again. */
export async function setDiscussed(
  db: AizuchiDB,
  itemId: string,
  sessionId: string | undefined,
  now = Date.now(),
): Promise<void> {
  await db.agendaItems.update(
    itemId,
    sessionId === undefined
      ? { discussedAt: undefined, discussedIn: undefined }
      : { discussedAt: now, discussedIn: sessionId },
  );
}
