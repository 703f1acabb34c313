import type { AizuchiDB } from './db';
import { MAX_AGENDA_LENGTH } from './limits';
import type { AgendaItem, Owner } from './types';

/** Adds an item at the end of the member's agenda; empty or over-long text adds nothing. */
export async function addAgendaItem(
  db: AizuchiDB,
  memberId: string,
  text: string,
  now = Date.now(),
  owner: Owner = 'me',
): Promise<AgendaItem | null> {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_AGENDA_LENGTH) return null;
  return db.transaction('rw', db.agendaItems, async () => {
    const items = await db.agendaItems.where('memberId').equals(memberId).toArray();
    const order = Math.max(0, ...items.map((i) => i.order)) + 1;
    const item: AgendaItem = {
      id: crypto.randomUUID(),
      memberId,
      text: trimmed,
      createdAt: now,
      owner,
      order,
    };
    await db.agendaItems.add(item);
    return item;
  });
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
    .sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
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

/** Moves an item one place up or down among the member's visible agenda (keyboard reorder). */
export async function moveAgendaItem(
  db: AizuchiDB,
  visible: readonly AgendaItem[],
  itemId: string,
  delta: -1 | 1,
): Promise<void> {
  const from = visible.findIndex((i) => i.id === itemId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= visible.length) return;
  const ids = visible.map((i) => i.id);
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  await reorderAgenda(db, ids);
}

/** Stores a new order for the given items: the first id gets the smallest position. */
export async function reorderAgenda(db: AizuchiDB, orderedIds: readonly string[]): Promise<void> {
  await db.transaction('rw', db.agendaItems, async () => {
    await Promise.all(orderedIds.map((id, index) => db.agendaItems.update(id, { order: index + 1 })));
  });
}

export async function deleteAgendaItem(db: AizuchiDB, itemId: string): Promise<void> {
  await db.agendaItems.delete(itemId);
}

/** Changes an item's text or owner; empty or over-long text changes nothing and returns false. */
export async function editAgendaItem(
  db: AizuchiDB,
  itemId: string,
  changes: { text?: string; owner?: Owner },
): Promise<boolean> {
  const text = changes.text?.trim();
  if (text !== undefined && (!text || text.length > MAX_AGENDA_LENGTH)) return false;
  await db.agendaItems.update(itemId, { ...changes, ...(text === undefined ? {} : { text }) });
  return true;
}

/** Adds a template's items at the end of the agenda, skipping those already on it. */
export async function applyAgendaTemplate(
  db: AizuchiDB,
  memberId: string,
  texts: readonly string[],
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.agendaItems, async () => {
    const open = await agendaFor(db, memberId, undefined);
    const present = new Set(open.map((i) => i.text));
    let added = 0;
    for (const text of texts) {
      if (present.has(text)) continue;
      await addAgendaItem(db, memberId, text, now + added);
      added += 1;
    }
    return added;
  });
}
