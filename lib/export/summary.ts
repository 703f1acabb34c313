import type { Translate } from '../i18n';
import { formatOffset, offsetInSession } from '../time';
import type { NoteKind } from '@/storage/types';
import { escapeHtml, escapeMarkdown } from './escape';

export interface SummaryInput {
  memberName?: string;
  session: { startedAt: number; endedAt?: number };
  agenda: readonly { text: string; discussed: boolean }[];
  notes: readonly { kind: NoteKind; text: string; createdAt: number }[];
  includePrivate: boolean;
  t: Translate;
  locale: string;
  timeZone?: string;
}

export interface Summary {
  markdown: string;
  html: string;
}

interface Line {
  /** Markdown and HTML renderings of what goes before the text (already safe). */
  mdPrefix: string;
  htmlPrefix: string;
  text: string;
}

/** Builds the session summary as Markdown (also the plain-text copy) and semantic HTML. */
export function buildSummary(input: SummaryInput): Summary {
  const { t, session } = input;
  const title = input.memberName ? t('summaryTitle', { member: input.memberName }) : t('summaryNoMember');
  const date = new Intl.DateTimeFormat(input.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: input.timeZone,
  }).format(session.startedAt);
  const length =
    session.endedAt === undefined ? t('summaryRunning') : formatOffset(session.endedAt - session.startedAt);
  const when = t('summaryWhen', { date, length });

  const agenda: Line[] = input.agenda.map((item) => {
    const state = item.discussed ? t('summaryDiscussed') : t('summaryCarriedOver');
    return {
      mdPrefix: item.discussed ? '[x]' : '[ ]',
      htmlPrefix: `<em>${escapeHtml(state)}</em>`,
      text: item.text,
    };
  });
  const notes: Line[] = input.notes
    .filter((n) => input.includePrivate || n.kind !== 'private')
    .map((n) => {
      const offset = formatOffset(offsetInSession(session.startedAt, n.createdAt));
      const kind = n.kind === 'note' ? '' : t(`kind_${n.kind}`);
      return {
        mdPrefix: kind ? `${offset} [${escapeMarkdown(kind)}]` : offset,
        htmlPrefix: `<time>${offset}</time>${kind ? ` <strong>${escapeHtml(kind)}</strong>` : ''}`,
        text: n.text,
      };
    });
  const sections: [string, Line[]][] = [
    [t('summaryAgenda'), agenda],
    [t('summaryNotes'), notes],
  ];

  const md = [`# ${escapeMarkdown(title)}`, '', when];
  const html = [`<h1>${escapeHtml(title)}</h1>`, `<p>${escapeHtml(when)}</p>`];
  for (const [heading, lines] of sections) {
    md.push('', `## ${heading}`, '');
    html.push(`<h2>${escapeHtml(heading)}</h2>`);
    if (lines.length === 0) {
      md.push(t('summaryNone'));
      html.push(`<p>${escapeHtml(t('summaryNone'))}</p>`);
      continue;
    }
    md.push(...lines.map((l) => `- ${l.mdPrefix} ${escapeMarkdown(l.text)}`));
    html.push(
      '<ul>',
      ...lines.map((l) => `<li>${l.htmlPrefix} ${escapeHtml(l.text).replace(/\n/g, '<br>')}</li>`),
      '</ul>',
    );
  }
  return { markdown: md.join('\n') + '\n', html: html.join('\n') };
}
