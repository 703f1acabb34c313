import { AgendaPanel } from '@/components/agenda/agenda-panel';
import { useI18n } from '@/components/app/i18n-context';
import { usePanelData } from '@/components/app/use-panel-data';
import { CopySummary } from '@/components/export/copy-summary';
import { MemberPicker } from '@/components/members/member-picker';
import { NoteComposer } from '@/components/notes/note-composer';
import { NotesList } from '@/components/notes/notes-list';
import { SessionBar } from '@/components/session/session-bar';

/** The side panel: member and session on top, agenda and notes in the middle, the note box below. */
export function App() {
  const { t } = useI18n();
  const { loading, members, member, session } = usePanelData();

  return (
    <div className="app" aria-busy={loading}>
      <header className="top">
        <h1 className="brand">{t('appTitle')}</h1>
        <MemberPicker members={members} selected={member} />
        {member && <SessionBar member={member} session={session} />}
        {member && session && <CopySummary member={member} session={session} />}
      </header>
      {member && (
        <>
          <main className="content">
            <AgendaPanel member={member} session={session} />
            <NotesList session={session} />
          </main>
          <footer className="bottom">
            <NoteComposer member={member} />
          </footer>
        </>
      )}
    </div>
  );
}
