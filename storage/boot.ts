import type { AizuchiDB } from './db';
import { membersByDue } from './members';
import { notesOf } from './notes';
import { latestSession } from './sessions';
import { getPreference, getSetting, type AppearancePreference, type LanguagePreference } from './settings';
import type { Member, Note, Session } from './types';

/** What the panel shows first, read before it renders so its first frame is complete. */
export interface BootData {
  prefs: { language: LanguagePreference; appearance: AppearancePreference };
  members: Member[];
  selectedId: string | null;
  /** The selected member's latest session, and its notes. */
  session: Session | null;
  notes: Note[];
}

/**
 * Reads the first view in one read transaction: preferences, members and the selection
 * side by side, then the session, then its notes. The live queries take over from these
 * values once they have run, so a reload never waits for three round trips in a row.
 */
export async function loadBoot(db: AizuchiDB): Promise<BootData> {
  return db.transaction('r', [db.settings, db.members, db.sessions, db.notes], async () => {
    const [language, appearance, members, selected] = await Promise.all([
      getPreference(db, 'language'),
      getPreference(db, 'appearance'),
      membersByDue(db),
      getSetting(db, 'selectedMemberId'),
    ]);
    const selectedId = selected ?? null;
    const member = members.find((m) => m.id === selectedId);
    const session = member ? ((await latestSession(db, member.id)) ?? null) : null;
    const notes = session ? await notesOf(db, session.id) : [];
    return { prefs: { language, appearance }, members, selectedId, session, notes };
  });
}
