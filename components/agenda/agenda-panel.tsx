import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { hasAgendaTemplate } from '@/lib/agenda/template-themes';
import {
  addAgendaItem,
  agendaFor,
  applyAgendaTemplate,
  moveAgendaItem,
  reorderAgenda,
} from '@/storage/agenda';
import { MAX_AGENDA_LENGTH } from '@/storage/limits';
import type { Member, Owner, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';
import { AgendaRow } from './agenda-row';
import { OpenActions } from './open-actions';
import { OwnerSelect } from './owner-select';

interface Props {
  member: Member;
  session: Session | null;
}

/** The member's running agenda: open actions first, then topics that carry over until discussed. */
export function AgendaPanel({ member, session }: Props) {
  const db = useDb();
  const { t, lang } = useI18n();
  const items = useLiveQuery(() => agendaFor(db, member.id, session?.id), [db, member.id, session?.id]);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const [owner, setOwner] = useState<Owner>('me');
  const [notice, setNotice] = useState('');
  const theme = session?.theme ?? member.plan?.theme;

  // The templates' text loads on the first click: the button needs only the theme's name.
  const applyTemplate = () => {
    import('@/lib/agenda/templates')
      .then(({ agendaTemplate }) => applyAgendaTemplate(db, member.id, agendaTemplate(theme, lang)))
      .then((count) => setNotice(t('templateAdded', { count })))
      .catch(report);
  };
  // Moving a node can drop its focus; the moved item gets it back once the list re-renders.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(`agenda-item-${refocus.current}`)?.focus();
    refocus.current = null;
  }, [items]);

  const report = (e: unknown) => setError(t('saveFailed', { error: String(e) }));

  const onNewKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || isComposing(event)) return;
    event.preventDefault();
    if (!text.trim()) return;
    addAgendaItem(db, member.id, text, undefined, owner)
      .then(() => {
        setText('');
        setError('');
      })
      .catch(report);
  };

  // Alt+↑ / Alt+↓ on a focused item moves it; the focus stays on it.
  const onItemKeyDown = (event: KeyboardEvent<HTMLInputElement>, id: string) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || !items) return;
    event.preventDefault();
    refocus.current = id;
    moveAgendaItem(db, items, id, event.key === 'ArrowUp' ? -1 : 1).catch(report);
  };

  const onDrop = (event: DragEvent, targetId: string) => {
    event.preventDefault();
    if (!items || !dragged || dragged === targetId) return;
    const ids = items.map((i) => i.id).filter((id) => id !== dragged);
    ids.splice(ids.indexOf(targetId), 0, dragged);
    setDragged(null);
    reorderAgenda(db, ids).catch(report);
  };

  return (
    <section className="card" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda')}</h2>
      <OpenActions member={member} session={session} onError={report} />
      {items && items.length === 0 && <p className="empty">{t('agendaEmpty')}</p>}
      <ul aria-label={t('agenda')} className="agenda-list">
        {items?.map((item) => (
          <AgendaRow
            key={item.id}
            item={item}
            member={member}
            session={session}
            dragging={dragged === item.id}
            onKeyDown={(e) => onItemKeyDown(e, item.id)}
            onDragStart={() => setDragged(item.id)}
            onDragEnd={() => setDragged(null)}
            onDrop={(e) => onDrop(e, item.id)}
            onError={report}
          />
        ))}
      </ul>
      {items && items.length > 1 && (
        <p id="agenda-reorder-hint" className="hint">
          {t('reorderHint')}
        </p>
      )}
      <div className="row">
        <input
          aria-label={t('newAgendaItem')}
          placeholder={t('agendaPlaceholder')}
          value={text}
          maxLength={MAX_AGENDA_LENGTH}
          className="grow"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onNewKeyDown}
        />
        <OwnerSelect member={member} value={owner} onChange={setOwner} />
      </div>
      {hasAgendaTemplate(theme) && (
        <button type="button" className="secondary small" onClick={applyTemplate}>
          {t('applyTemplate', { theme: t(`theme_${theme}`) })}
        </button>
      )}
      {notice && (
        <p className="message" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
