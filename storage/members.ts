import type { AizuchiDB } from './db';
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
  const member: Member = { id: crypto.randomUUID(), name: name.trim(), createdAt: now, archived: false };
  await db.members.add(member);
  return member;
}

/** Active members in a stable, human order (name, then creation). */
export async function listMembers(db: AizuchiDB): Promise<Member[]> {
  const all = await db.members.toArray();
  return all
    .filter((m) => !m.archived)
    .sort((a, b) => a.name.localeCompare(b.name) || a.createdAt - b.createdAt);
}
