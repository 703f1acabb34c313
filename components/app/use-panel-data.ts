import { useLiveQuery } from 'dexie-react-hooks';
import { latestSession } from '@/storage/sessions';
import { membersByDue } from '@/storage/members';
import { getSetting } from '@/storage/settings';
import type { Member, Session } from '@/storage/types';
import { useBoot } from './boot-context';
import { useDb } from './db-context';
import { useUi } from './ui-store';

export interface PanelData {
  loading: boolean;
  members: Member[];
  member: Member | null;
  /** The session on screen: the one opened from the history, else the member's latest. */
  session: Session | null;
}

/** What the panel shows: members, the selected one (remembered across reloads) and their session. */
export function usePanelData(): PanelData {
  const db = useDb();
  // The first values come from the boot read; the live queries keep them current after.
  const boot = useBoot();
  const members = useLiveQuery(() => membersByDue(db), [db], boot?.members);
  const selectedId = useLiveQuery(
    async () => (await getSetting(db, 'selectedMemberId')) ?? null,
    [db],
    boot?.selectedId,
  );
  const member = members?.find((m) => m.id === selectedId) ?? null;
  const viewedId = useUi((s) => s.viewedSessionId);
  const session = useLiveQuery(
    async () => {
      if (!member) return null;
      const viewed = viewedId ? await db.sessions.get(viewedId) : undefined;
      if (viewed?.memberId === member.id) return viewed;
      return (await latestSession(db, member.id)) ?? null;
    },
    [db, member?.id, viewedId],
    boot?.session,
  );
  return {
    loading: members === undefined || selectedId === undefined || session === undefined,
    members: members ?? [],
    member,
    session: session ?? null,
  };
}
