import { loadMessages, translator, type Lang } from '@/lib/i18n';
import type * as builderModule from '@/lib/export/summary';
import type { Summary } from '@/lib/export/summary';
import { customToPrompt } from '@/lib/prompts/custom';
import type { Prompt } from '@/lib/prompts/types';
import type { AizuchiDB } from '@/storage/db';
import { agendaFor } from '@/storage/agenda';
import { notesOf } from '@/storage/notes';
import { customPrompts } from '@/storage/prompts';
import { loadCatalogue } from '../prompts/load-catalogue';
import type { SummaryLayout } from '@/storage/settings';
import type { AgendaItem, CustomPrompt, Member, Note, Session } from '@/storage/types';

export interface SummaryChoice {
  layout: SummaryLayout;
  /** Asked for with `Include private notes`; the member-shareable layout ignores it. */
  includePrivate: boolean;
  includePrompts: boolean;
  lang: Lang;
}

/** What a session's summary is made of, as read from the database. */
export interface SummaryRows {
  notes: readonly Note[];
  agenda: readonly AgendaItem[];
  custom: readonly CustomPrompt[];
}

/** Reads a session's notes, its member's agenda and the custom prompts (every read in one call, so a live query sees them all). */
export function readSummaryRows(db: AizuchiDB, memberId: string, sessionId: string): Promise<SummaryRows> {
  return Promise.all([notesOf(db, sessionId), agendaFor(db, memberId, sessionId), customPrompts(db)]).then(
    ([notes, agenda, custom]) => ({ notes, agenda, custom }),
  );
}

/** The Markdown and HTML builder. */
export type SummaryBuilder = typeof builderModule;

let loading: Promise<SummaryBuilder> | undefined;

/**
 * The builder loads once, on first use (rows read ahead when the panel is idle, or a copy):
 * the panel's first paint does not need it.
 */
export function loadSummaryBuilder(): Promise<SummaryBuilder> {
  loading ??= import('@/lib/export/summary').catch((error: unknown) => {
    loading = undefined; // a later read or click may try again
    throw error;
  });
  return loading;
}

/** Builds the summary from rows already read: synchronous, so a click can write it at once. */
export function summaryFrom(
  { buildSummary, promptTexts }: SummaryBuilder,
  rows: SummaryRows,
  builtIn: readonly Prompt[],
  member: Member,
  session: Session,
  choice: SummaryChoice,
): Summary {
  const catalogue = [...builtIn, ...rows.custom.map(customToPrompt)];
  const forMember = choice.layout === 'member';
  return buildSummary({
    memberName: member.name,
    session,
    notes: rows.notes,
    agenda: rows.agenda.map((i) => ({ text: i.text, discussed: i.discussedIn === session.id })),
    promptsUsed: promptTexts(session.askedPromptIds, catalogue, choice.lang),
    // The member-shareable copy never carries private notes, nor the manager's prompts.
    includePrivate: !forMember && choice.includePrivate,
    includePrompts: !forMember && choice.includePrompts,
    actionsFirst: choice.layout !== 'full',
    t: translator(choice.lang),
    locale: choice.lang,
  });
}

/** Reads a session's notes and agenda and builds its summary as the chosen layout asks. */
export async function sessionSummary(
  db: AizuchiDB,
  member: Member,
  session: Session,
  choice: SummaryChoice,
): Promise<Summary> {
  const [builder, rows, builtIn] = await Promise.all([
    loadSummaryBuilder(),
    readSummaryRows(db, member.id, session.id),
    loadCatalogue(),
    loadMessages(choice.lang), // the heading language may not be the one the panel shows
  ]);
  return summaryFrom(builder, rows, builtIn, member, session, choice);
}
