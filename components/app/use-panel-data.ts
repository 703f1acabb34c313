import { useLiveQuery } from 'dexie-react-hooks';
import { latestSession } from '@/storage/sessions';
import { listMembers } from '@/storage/members';
import { getSetting } from '@/storage/settings';
import type { Member, Session } from '@/storage/types';
import { useDb } from './db-context';

export interface PanelData {
  loading: boolean;
  members: Member[];
  member: Member | null;
  /** The selected member's latest session, running or past. */
  session: Session | null;
}

/** What the panel shows: members, the selected one (remembered across reloads) and their session. */
export function usePanelData(): PanelData {
  const db = useDb();
  const members = useLiveQuery(() => listMembers(db), [db]);
  const selectedId = useLiveQuery(async () => (await getSetting(db, 'selectedMemberId')) ?? null, [db]);
  const member = members?.find((m) => m.id === selectedId) ?? null;
  const session = useLiveQuery(
    async () => (member ? ((await latestSession(db, member.id)) ?? null) : null),
    [db, member?.id],
  );
  return {
    loading: members === undefined || selectedId === undefined || session === undefined,
    members: members ?? [],
    member,
    session: session ?? null,
  };
}
