import { translator, type Lang } from '@/lib/i18n';
import { buildSummary, promptTexts, type Summary } from '@/lib/export/summary';
import { customToPrompt } from '@/lib/prompts/custom';
import type { AizuchiDB } from '@/storage/db';
import { agendaFor } from '@/storage/agenda';
import { notesOf } from '@/storage/notes';
import { customPrompts } from '@/storage/prompts';
import { loadCatalogue } from '../prompts/load-catalogue';
import type { SummaryLayout } from '@/storage/settings';
import type { Member, Session } from '@/storage/types';

export interface SummaryChoice {
  layout: SummaryLayout;
  /** Asked for with `Include private notes`; the member-shareable layout ignores it. */
  includePrivate: boolean;
  includePrompts: boolean;
  lang: Lang;
}

/** Reads a session's notes and agenda and builds its summary as the chosen layout asks. */
export async function sessionSummary(
  db: AizuchiDB,
  member: Member,
  session: Session,
  choice: SummaryChoice,
): Promise<Summary> {
  const [notes, agenda, builtIn, custom] = await Promise.all([
    notesOf(db, session.id),
    agendaFor(db, member.id, session.id),
    loadCatalogue(),
    customPrompts(db),
  ]);
  const catalogue = [...builtIn, ...custom.map(customToPrompt)];
  const forMember = choice.layout === 'member';
  return buildSummary({
    memberName: member.name,
    session,
    notes,
    agenda: agenda.map((i) => ({ text: i.text, discussed: i.discussedIn === session.id })),
    promptsUsed: promptTexts(session.askedPromptIds, catalogue, choice.lang),
    // The member-shareable copy never carries private notes, nor the manager's prompts.
    includePrivate: !forMember && choice.includePrivate,
    includePrompts: !forMember && choice.includePrompts,
    actionsFirst: choice.layout !== 'full',
    t: translator(choice.lang),
    locale: choice.lang,
  });
}
