import { lazy, Suspense } from 'react';
import { AgendaPanel } from '@/components/agenda/agenda-panel';
import { useI18n } from '@/components/app/i18n-context';
import { PanelTools } from '@/components/app/panel-tools';
import { UndoBar } from '@/components/app/undo-bar';
import { useUi } from '@/components/app/ui-store';
import { usePanelData } from '@/components/app/use-panel-data';
import { CopySummary } from '@/components/export/copy-summary';
import { ArchivedMembers } from '@/components/members/archived-members';
import { MemberDetails } from '@/components/members/member-details';
import { MemberPicker } from '@/components/members/member-picker';
import { NoteComposer } from '@/components/notes/note-composer';
import { NotesList } from '@/components/notes/notes-list';
import { SuggestedPrompts } from '@/components/prompts/suggested-prompts';
import { CallStatus } from '@/components/session/call-status';
import { CheckIn } from '@/components/session/check-in';
import { SessionBar } from '@/components/session/session-bar';
import { SessionHistory } from '@/components/session/session-history';
import { SettingsButton } from '@/components/settings/settings-button';

// Backup, restore and question import (with their validation library) load when opened.
const SettingsView = lazy(() =>
  import('@/components/settings/settings-view').then((m) => ({ default: m.SettingsView })),
);

/** The side panel: member and session on top, check-in, agenda and notes in the middle, the note box below. */
export function App() {
  const { t } = useI18n();
  const { loading, members, member, session } = usePanelData();
  const running = session && session.endedAt === undefined ? session : null;
  const settingsOpen = useUi((s) => s.settingsOpen);

  return (
    <div className="app" aria-busy={loading}>
      <header className="top">
        <div className="brand-row">
          <h1 className="brand">{t('appTitle')}</h1>
          <SettingsButton />
        </div>
        <UndoBar />
        <CallStatus member={member} />
        <PanelTools />
        <MemberPicker members={members} selected={member} />
        {member && <SessionBar member={member} session={session} />}
        {member && session && <CopySummary member={member} session={session} />}
      </header>
      <main className="content" hidden={settingsOpen}>
        {member && (
          <>
            <CheckIn member={member} running={running} />
            <SuggestedPrompts member={member} running={running} />
            <AgendaPanel member={member} session={session} />
            <NotesList session={session} memberName={member.name} />
            <SessionHistory member={member} shown={session} />
            <MemberDetails key={member.id} member={member} />
          </>
        )}
        <ArchivedMembers />
      </main>
      {settingsOpen && (
        <Suspense fallback={null}>
          <SettingsView />
        </Suspense>
      )}
      {member && (
        <footer className="bottom">
          <NoteComposer member={member} runningId={running?.id} />
        </footer>
      )}
    </div>
  );
}
