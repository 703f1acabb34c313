import { AgendaPanel } from '@/components/agenda/agenda-panel';
import { useI18n } from '@/components/app/i18n-context';
import { UndoBar } from '@/components/app/undo-bar';
import { usePanelData } from '@/components/app/use-panel-data';
import { CopySummary } from '@/components/export/copy-summary';
import { ArchivedMembers } from '@/components/members/archived-members';
import { MemberDetails } from '@/components/members/member-details';
import { MemberPicker } from '@/components/members/member-picker';
import { NoteComposer } from '@/components/notes/note-composer';
import { NotesList } from '@/components/notes/notes-list';
import { SuggestedPrompts } from '@/components/prompts/suggested-prompts';
import { CheckIn } from '@/components/session/check-in';
import { SessionBar } from '@/components/session/session-bar';
import { SessionHistory } from '@/components/session/session-history';

/** The side panel: member and session on top, check-in, agenda and notes in the middle, the note box below. */
export function App() {
  const { t } = useI18n();
  const { loading, members, member, session } = usePanelData();
  const running = session && session.endedAt === undefined ? session : null;

  return (
    <div className="app" aria-busy={loading}>
      <header className="top">
        <h1 className="brand">{t('appTitle')}</h1>
        <UndoBar />
        <MemberPicker members={members} selected={member} />
        {member && <SessionBar member={member} session={session} />}
        {member && session && <CopySummary member={member} session={session} />}
      </header>
      <main className="content">
        {member && (
          <>
            <CheckIn member={member} running={running} />
            <SuggestedPrompts member={member} running={running} />
            <AgendaPanel member={member} session={session} />
            <NotesList session={session} />
            <SessionHistory member={member} shown={session} />
            <MemberDetails key={member.id} member={member} />
          </>
        )}
        <ArchivedMembers />
      </main>
      {member && (
        <footer className="bottom">
          <NoteComposer member={member} />
        </footer>
      )}
    </div>
  );
}
