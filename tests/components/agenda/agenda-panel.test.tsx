import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AgendaPanel } from '@/components/agenda/agenda-panel';
import type { AizuchiDB } from '@/storage/db';
import { addMember } from '@/storage/members';
import type { Member, Theme } from '@/storage/types';
import { freshDb } from '../../helpers/db';
import { renderPanel } from '../../helpers/render-panel';

let db: AizuchiDB;
let member: Member;

beforeEach(async () => {
  db = freshDb();
  member = await addMember(db, '佐藤');
});

const planned = (theme: Theme): Member => ({ ...member, plan: { theme } });
const topics = () =>
  within(screen.getByRole('list', { name: /^(Agenda|アジェンダ)$/ }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

describe('agenda templates in the panel', () => {
  it("offers the theme's template in the first render, and adds it on click", async () => {
    renderPanel(<AgendaPanel member={planned('career')} session={null} />, db);
    // No wait: whether a theme has a template is known without loading the templates.
    const button = screen.getByRole('button', { name: 'Add the Career template' });
    await userEvent.click(button);
    expect(await screen.findByText('3 topics added.')).toBeTruthy();
    await waitFor(() => expect(topics()).toHaveLength(3));
    expect(topics()[0]).toContain('Past: look back on work that felt like yours');
    expect((await db.agendaItems.toArray()).map((i) => i.text)).toContain(
      'Future: who they want to be, and the next step',
    );
  });

  it('adds the template in the language the panel shows', async () => {
    renderPanel(<AgendaPanel member={planned('career')} session={null} />, db, 'ja');
    await userEvent.click(screen.getByRole('button', { name: '「キャリア」のテンプレートを追加' }));
    await waitFor(async () => expect(await db.agendaItems.count()).toBe(3));
    expect((await db.agendaItems.toArray()).map((i) => i.text)).toContain(
      'これまで: 手応えを感じた経験を振り返る',
    );
  });

  it('offers none for a theme without a template, nor without a theme', () => {
    const view = renderPanel(<AgendaPanel member={planned('followership')} session={null} />, db);
    expect(screen.queryByRole('button', { name: /template/ })).toBeNull();
    view.unmount();
    renderPanel(<AgendaPanel member={member} session={null} />, db);
    expect(screen.queryByRole('button', { name: /template/ })).toBeNull();
  });
});
