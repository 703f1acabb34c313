import type { AizuchiDB } from './db';
import { canonicalCallUrl, isSameCall, type CallRef } from '@/lib/call/url';
import { MAX_NAME_LENGTH } from './limits';
import type { Member } from './types';

export type NameProblem = 'empty' | 'too-long';

/** Why a member name cannot be saved, or null when it can. */
export function checkMemberName(name: string): NameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > MAX_NAME_LENGTH) return 'too-long';
  return null;
}

export async function addMember(db: AizuchiDB, name: string, now = Date.now()): Promise<Member> {
  const problem = checkMemberName(name);
  if (problem) throw new Error(`member name: ${problem}`);
  const member: Member = {
    id: crypto.randomUUID(),
    name: name.trim(),
    createdAt: now,
    archived: false,
    callUrls: [],
  };
  await db.members.add(member);
  return member;
}

/**
 * Active members in the order a manager prepares 1on1s: the one not met for longest
 * first (never met before anyone), then by name.
 */
export async function membersByDue(db: AizuchiDB): Promise<Member[]> {
  const members = await listMembers(db);
  return members.sort((a, b) => (a.lastMetAt ?? -Infinity) - (b.lastMetAt ?? -Infinity));
}

/**
 * When each member's latest session started, from the sessions index: one key-only read,
 * ordered, so the last key seen for a member is their latest session. For the upgrade and
 * restore, which derive `lastMetAt` from the sessions themselves.
 */
export async function lastMetTimes(
  sessions: Pick<AizuchiDB['sessions'], 'orderBy'>,
): Promise<Map<string, number>> {
  const keys = (await sessions.orderBy('[memberId+startedAt]').keys()) as unknown as [string, number][];
  return new Map(keys);
}

/** Sets every member's `lastMetAt` to what their sessions say, writing only the rows that differ. */
export async function syncLastMet(db: AizuchiDB): Promise<void> {
  await db.transaction('rw', db.members, db.sessions, async () => {
    const last = await lastMetTimes(db.sessions);
    const stale = (await db.members.toArray()).filter((m) => m.lastMetAt !== last.get(m.id));
    for (const m of stale) {
      const at = last.get(m.id);
      if (at === undefined) delete m.lastMetAt;
      else m.lastMetAt = at;
    }
    await db.members.bulkPut(stale);
  });
}

/** Active members in a stable, human order (name, then creation). */
export async function listMembers(db: AizuchiDB): Promise<Member[]> {
  const all = await db.members.toArray();
  return all
    .filter((m) => !m.archived && m.deletedAt === undefined)
    .sort((a, b) => a.name.localeCompare(b.name) || a.createdAt - b.createdAt);
}

export type MemberProfile = Partial<
  Pick<Member, 'name' | 'role' | 'followerType' | 'usualWant' | 'background' | 'callUrls'>
>;

/** Updates profile fields; a blank name is refused. */
export async function updateMember(db: AizuchiDB, id: string, changes: MemberProfile): Promise<void> {
  if (changes.name !== undefined) {
    const problem = checkMemberName(changes.name);
    if (problem) throw new Error(`member name: ${problem}`);
    changes = { ...changes, name: changes.name.trim() };
  }
  await db.members.update(id, changes);
}

export async function setArchived(db: AizuchiDB, id: string, archived: boolean): Promise<void> {
  await db.members.update(id, { archived });
}

/** Hides a member everywhere; their sessions and notes stay, and `restoreMember` undoes it. */
export async function deleteMember(db: AizuchiDB, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.members, db.sessions, async () => {
    // A running session of the member ends with the deletion, at the time of deletion.
    await db.sessions
      .where('[memberId+startedAt]')
      .between([id, -Infinity], [id, Infinity])
      .filter((s) => s.endedAt === undefined)
      .modify((s) => {
        s.endedAt = Math.max(now, s.startedAt);
      });
    await db.members.update(id, { deletedAt: now });
  });
}

export async function restoreMember(db: AizuchiDB, id: string): Promise<void> {
  await db.members.update(id, { deletedAt: undefined });
}

/** Archived (not deleted) members, for the restore list. */
export async function listArchived(db: AizuchiDB): Promise<Member[]> {
  const all = await db.members.toArray();
  return all
    .filter((m) => m.archived && m.deletedAt === undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The active member who used this call's link before, if any. */
export async function memberForCall(db: AizuchiDB, call: CallRef): Promise<Member | undefined> {
  const members = await listMembers(db);
  return members.find((m) => m.callUrls.some((url) => isSameCall(url, call)));
}

/** Forgets a call link of a member. */
export async function unlinkCallUrl(db: AizuchiDB, memberId: string, url: string): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(memberId);
    if (member) await db.members.update(memberId, { callUrls: member.callUrls.filter((u) => u !== url) });
  });
}

/** Remembers a call's link on a member, so the call is recognised next time. */
export async function linkCallToMember(db: AizuchiDB, memberId: string, call: CallRef): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(memberId);
    if (!member || member.callUrls.some((url) => isSameCall(url, call))) return;
    await db.members.update(memberId, { callUrls: [...member.callUrls, canonicalCallUrl(call)] });
  });
}
