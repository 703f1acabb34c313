import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUi } from '@/components/app/ui-store';
import { App } from '@/entrypoints/sidepanel/App';
import type { AizuchiDB } from '@/storage/db';
import { addMember } from '@/storage/members';
import { setSetting } from '@/storage/settings';
import { freshDb } from '../../helpers/db';
import { renderPanel } from '../../helpers/render-panel';

let db: AizuchiDB;

beforeEach(async () => {
  db = freshDb();
  useUi.setState({ noteKind: 'note', includePrivate: false, addingMember: false });
  const member = await addMember(db, '佐藤');
  await setSetting(db, 'selectedMemberId', member.id);
  renderPanel(<App />, db);
});

const noteBox = () => screen.findByRole('textbox', { name: 'Note' });

describe('note box', () => {
  it('Enter saves the note, starts a session and lists it with its offset', async () => {
    const box = await noteBox();
    await userEvent.type(box, '資料を共有する{Enter}');
    const list = await screen.findByRole('list', { name: 'Notes' });
    await waitFor(() => expect(list.textContent).toContain('資料を共有する'));
    expect(list.querySelector('time')?.textContent).toMatch(/^\d+:\d\d$/);
    expect(box).toHaveProperty('value', '');
    expect(await db.sessions.count()).toBe(1);
  });

  it('T28 Enter during an IME composition never saves', async () => {
    const box = await noteBox();
    fireEvent.change(box, { target: { value: 'しりょう' } });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.notes.count()).toBe(0);
    expect(box).toHaveProperty('value', 'しりょう');
  });

  it('T29 Shift+Enter makes a new line instead of saving', async () => {
    const box = await noteBox();
    await userEvent.type(box, '一行目{Shift>}{Enter}{/Shift}二行目');
    expect(box).toHaveProperty('value', '一行目\n二行目');
    expect(await db.notes.count()).toBe(0);
  });

  it('T30 an empty note is not saved and gets a gentle hint', async () => {
    const box = await noteBox();
    await userEvent.type(box, '   {Enter}');
    expect(await screen.findByText('Type a note first, then press Enter.')).toBeTruthy();
    expect(await db.notes.count()).toBe(0);
  });

  it('over 20,000 characters nothing is saved and the text stays with a message', async () => {
    const box = await noteBox();
    const long = 'あ'.repeat(20_001);
    fireEvent.change(box, { target: { value: long } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'This note has 20001 characters; the limit is 20000. Nothing was saved: shorten or split it.',
    );
    expect(box).toHaveProperty('value', long);
    expect(await db.notes.count()).toBe(0);
  });

  it('a hostile note renders as text', async () => {
    const box = await noteBox();
    await userEvent.type(box, '<img src=x onerror=alert(1)>{Enter}');
    const list = await screen.findByRole('list', { name: 'Notes' });
    await waitFor(() => expect(list.textContent).toContain('<img src=x onerror=alert(1)>'));
    expect(list.querySelector('img')).toBeNull();
  });

  it('the kind goes back to Note after a save', async () => {
    const kind = await screen.findByRole('combobox', { name: 'Note kind' });
    await userEvent.selectOptions(kind, 'Decision');
    await userEvent.type(await noteBox(), '来週から週報は箇条書き{Enter}');
    await waitFor(() => expect(kind).toHaveProperty('value', 'note'));
    expect((await db.notes.toArray())[0]?.kind).toBe('decision');
  });

  it('Enter again while the note is being written does not save it twice', async () => {
    const box = await noteBox();
    fireEvent.change(box, { target: { value: '一度だけ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.keyDown(box, { key: 'Enter' });
    const list = await screen.findByRole('list', { name: 'Notes' });
    await waitFor(() => expect(list.textContent).toContain('一度だけ'));
    await waitFor(() => expect(box).toHaveProperty('value', ''));
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['一度だけ']);
  });

  it('text typed while the note is being written stays in the box', async () => {
    const box = await noteBox();
    fireEvent.change(box, { target: { value: '最初のメモ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.change(box, { target: { value: '最初のメモ次' } });
    await waitFor(() => expect(box).toHaveProperty('value', '次'));
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['最初のメモ']);
  });

  it('notes typed and entered while one is being written are all saved, in order (a fast typist, T07)', async () => {
    const box = await noteBox();
    fireEvent.change(box, { target: { value: '一つ目' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    // Replaced, as a fill does, and appended to, as typing does: each Enter keeps its own note.
    fireEvent.change(box, { target: { value: '二つ目' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.change(box, { target: { value: '二つ目三つ目' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(async () =>
      expect((await db.notes.toArray()).sort((a, b) => a.createdAt - b.createdAt).map((n) => n.text)).toEqual(
        ['一つ目', '二つ目', '三つ目'],
      ),
    );
    await waitFor(() => expect(box).toHaveProperty('value', ''));
  });
});
