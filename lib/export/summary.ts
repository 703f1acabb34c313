import type { Translate } from '../i18n';
import { formatOffset, offsetInSession } from '../time';
import type { Mood, NoteKind, Owner, Theme, Want } from '@/storage/types';
import { escapeHtml, escapeMarkdown } from './escape';

export interface SummaryNote {
  kind: NoteKind;
  text: string;
  createdAt: number;
  action?: { owner: Owner; due?: string; doneAt?: number };
}

export interface SummaryInput {
  memberName?: string;
  session: { startedAt: number; endedAt?: number; theme?: Theme; mood?: Mood; wants?: Want };
  agenda: readonly { text: string; discussed: boolean }[];
  notes: readonly SummaryNote[];
  /** Texts of the prompts asked, in order, already in the headings' language. */
  promptsUsed?: readonly string[];
  includePrivate: boolean;
  /** Adds a "Prompts used" section. */
  includePrompts?: boolean;
  /** Puts the action items right after the title. */
  actionsFirst?: boolean;
  /** Translations of the headings (the summary's language, which may differ from the panel's). */
  t: Translate;
  locale: string;
  timeZone?: string;
}

export interface Summary {
  /** Markdown that also reads well as plain text: the `text/plain` copy and the .md file. */
  markdown: string;
  /** Semantic HTML (h1, h2, p, ul/li) with every piece of user text escaped. */
  html: string;
}

/** One list item, rendered both ways; both strings are already safe. */
interface Item {
  md: string;
  html: string;
}

interface Section {
  heading: string;
  items: Item[];
}

/** Kinds that get a section of their own instead of a line among the notes. */
const OWN_SECTION: ReadonlySet<NoteKind> = new Set(['action', 'decision']);

const md = (text: string) => escapeMarkdown(text);
const html = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');
/** A Markdown list item and its HTML twin; `lead` and `tail` are safe renderings around the text. */
const item = (lead: Item | null, text: string, tail: Item | null = null): Item => ({
  md: ['-', lead?.md, md(text), tail?.md].filter(Boolean).join(' '),
  html: `<li>${[lead?.html, html(text), tail?.html].filter(Boolean).join(' ')}</li>`,
});

/** Builds the session summary as Markdown (also the plain-text copy) and semantic HTML. */
export function buildSummary(input: SummaryInput): Summary {
  const { t } = input;
  const title = input.memberName ? t('summaryTitle', { member: input.memberName }) : t('summaryNoMember');
  const when = whenLine(input);

  const actions = actionSection(input);
  const sections: Section[] = [
    ...(input.actionsFirst ? [actions] : []),
    checkInSection(input),
    {
      heading: t('summaryAgenda'),
      items: input.agenda.map((a) => {
        const state = a.discussed ? t('summaryDiscussed') : t('summaryCarriedOver');
        return item({ md: a.discussed ? '[x]' : '[ ]', html: `<em>${escapeHtml(state)}</em>` }, a.text);
      }),
    },
    {
      heading: t('summaryDecisions'),
      items: input.notes.filter((n) => n.kind === 'decision').map((n) => item(null, n.text)),
    },
    ...(input.actionsFirst ? [] : [actions]),
    {
      heading: t('summaryNotes'),
      items: input.notes
        .filter((n) => !OWN_SECTION.has(n.kind) && (input.includePrivate || n.kind !== 'private'))
        .map((n) => {
          const offset = formatOffset(offsetInSession(input.session.startedAt, n.createdAt));
          const kind = n.kind === 'note' ? '' : t(`kind_${n.kind}`);
          const lead = {
            md: kind ? `${offset} [${md(kind)}]` : offset,
            html: `<time>${offset}</time>${kind ? ` <strong>${escapeHtml(kind)}</strong>` : ''}`,
          };
          return item(lead, n.text);
        }),
    },
    ...(input.includePrompts
      ? [{ heading: t('summaryPromptsUsed'), items: (input.promptsUsed ?? []).map((p) => item(null, p)) }]
      : []),
  ];

  const mdOut = [`# ${md(title)}`, '', md(when)];
  const htmlOut = [`<h1>${escapeHtml(title)}</h1>`, `<p>${escapeHtml(when)}</p>`];
  for (const { heading, items } of sections) {
    mdOut.push('', `## ${md(heading)}`, '');
    htmlOut.push(`<h2>${escapeHtml(heading)}</h2>`);
    if (items.length === 0) {
      mdOut.push(md(t('summaryNone')));
      htmlOut.push(`<p>${escapeHtml(t('summaryNone'))}</p>`);
      continue;
    }
    mdOut.push(...items.map((i) => i.md));
    htmlOut.push('<ul>', ...items.map((i) => i.html), '</ul>');
  }
  return { markdown: mdOut.join('\n') + '\n', html: htmlOut.join('\n') + '\n' };
}

/** Formatters by locale and time zone, made once: making one costs about as much as escaping 500 notes. */
const formatters = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formattersFor(locale: string, timeZone: string | undefined) {
  const key = `${locale}\n${timeZone ?? ''}`;
  let found = formatters.get(key);
  if (!found) {
    found = {
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }),
      time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }),
    };
    formatters.set(key, found);
  }
  return found;
}

function whenLine({ t, session, locale, timeZone }: SummaryInput): string {
  const format = formattersFor(locale, timeZone);
  const date = format.date.format(session.startedAt);
  const time = format.time.format(session.startedAt);
  const length =
    session.endedAt === undefined
      ? t('summaryRunning')
      : t('summaryMinutes', {
          minutes: Math.round(Math.max(0, session.endedAt - session.startedAt) / 60_000),
        });
  return t('summaryWhen', { date, time, length });
}

function checkInSection({ t, session }: SummaryInput): Section {
  const rows: [string, string | undefined][] = [
    [
      t('summaryMood'),
      session.mood === undefined ? undefined : t('summaryMoodValue', { mood: session.mood }),
    ],
    [t('summaryWants'), session.wants && t(`want_${session.wants}`)],
    [t('summaryTheme'), session.theme && t(`theme_${session.theme}`)],
  ];
  return {
    heading: t('summaryCheckIn'),
    items: rows.flatMap(([label, value]) =>
      value === undefined
        ? []
        : [
            {
              md: `- ${md(label)}: ${md(value)}`,
              html: `<li><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</li>`,
            },
          ],
    ),
  };
}

function actionSection({ t, notes, memberName }: SummaryInput): Section {
  return {
    heading: t('summaryActions'),
    items: notes
      .filter((n) => n.kind === 'action')
      .map((n) => {
        const done = n.action?.doneAt !== undefined;
        const owner =
          n.action?.owner === 'member' ? (memberName ?? t('summaryOwnerMember')) : t('summaryOwnerManager');
        const details = [
          t('summaryOwner', { owner }),
          ...(n.action?.due ? [t('summaryDue', { due: n.action.due })] : []),
        ].join(' · ');
        const state = done ? t('summaryActionDone') : t('summaryActionOpen');
        return item({ md: done ? '[x]' : '[ ]', html: `<em>${escapeHtml(state)}</em>` }, n.text, {
          md: `— ${md(details)}`,
          html: `— ${escapeHtml(details)}`,
        });
      }),
  };
}

/** The texts of the prompts asked, in order, for ids found in the catalogue. */
export function promptTexts(
  ids: readonly string[],
  catalogue: readonly { id: string; text: Readonly<Record<'ja' | 'en', string>> }[],
  lang: 'ja' | 'en',
): string[] {
  const byId = new Map(catalogue.map((p) => [p.id, p.text[lang]]));
  return ids.flatMap((id) => {
    const text = byId.get(id);
    return text === undefined ? [] : [text];
  });
}
