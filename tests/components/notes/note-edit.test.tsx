import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUi } from '@/components/app/ui-store';
import { App } from '@/entrypoints/sidepanel/App';
import type { AizuchiDB } from '@/storage/db';
import { addMember } from '@/storage/members';
import { captureNote } from '@/storage/notes';
import { setSetting } from '@/storage/settings';
import { startSession } from '@/storage/sessions';
import type { Member } from '@/storage/types';
import { freshDb } from '../../helpers/db';
import { renderPanel } from '../../helpers/render-panel';

let db: AizuchiDB;
let member: Member;

beforeEach(async () => {
  db = freshDb();
  useUi.setState({ noteKind: 'note', viewedSessionId: null, undo: null });
  member = await addMember(db, '佐藤');
  await setSetting(db, 'selectedMemberId', member.id);
});

const noteBox = () => screen.findByRole('textbox', { name: 'Note' });
const notesList = () => screen.findByRole('list', { name: 'Notes' });

describe('quick prefixes', () => {
  it.each([
    ['/a ', 'action', 'Action item'],
    ['/d ', 'decision', 'Decision'],
    ['/q ', 'quote', 'Quote'],
    ['/p ', 'private', 'Private'],
    ['/m ', 'moment', 'Moment'],
  ])('%j switches Note kind to %s and leaves the prefix out', async (prefix, kind, label) => {
    renderPanel(<App />, db);
    const box = await noteBox();
    await userEvent.type(box, `${prefix}本文`);
    expect(box).toHaveProperty('value', '本文');
    expect(screen.getByRole('combobox', { name: 'Note kind' })).toHaveProperty('value', kind);
    await userEvent.type(box, '{Enter}');
    const row = await within(await notesList()).findByRole('listitem');
    await waitFor(() => expect(row.textContent).toContain(label));
    expect((await db.notes.toArray())[0]).toMatchObject({ kind, text: '本文' });
  });

  it('shows the prefixes as a hint of the note box', async () => {
    renderPanel(<App />, db);
    const box = await noteBox();
    const hint = document.getElementById(box.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toContain('/a action');
  });

  it('does not touch the text while an IME composition runs', async () => {
    renderPanel(<App />, db);
    const box = await noteBox();
    fireEvent.change(box, { target: { value: '/a ' }, nativeEvent: { isComposing: true } });
    fireEvent.input(box, { target: { value: '/a ' }, isComposing: true });
    expect(box).toHaveProperty('value', '/a ');
    fireEvent.compositionEnd(box);
    expect(box).toHaveProperty('value', '');
    expect(screen.getByRole('combobox', { name: 'Note kind' })).toHaveProperty('value', 'action');
  });
});

describe('T32 a very long paste', () => {
  it('1 MB of text: the limit message at once, nothing cut, nothing saved', async () => {
    renderPanel(<App />, db);
    const box = await noteBox();
    const mb = 'x'.repeat(1024 * 1024);
    fireEvent.change(box, { target: { value: mb } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This note has 1048576 characters; the limit is 20000. Nothing was saved: shorten or split it.',
    );
    fireEvent.keyDown(box, { key: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    expect((box as HTMLTextAreaElement).value).toHaveLength(mb.length);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(await db.notes.count()).toBe(0);
  });
});

describe('T13 notes stamped before the session start (a clock that moved backwards)', () => {
  it('show 0:00, never a negative offset', async () => {
    const session = await startSession(db, member.id, 100_000);
    await db.notes.add({
      id: crypto.randomUUID(),
      sessionId: session.id,
      memberId: member.id,
      kind: 'note',
      text: '時計が戻った',
      createdAt: 40_000,
    });
    renderPanel(<App />, db);
    const list = await notesList();
    await waitFor(() => expect(list.textContent).toContain('時計が戻った'));
    expect(list.querySelector('time')?.textContent).toBe('0:00');
  });
});

describe('edit and delete', () => {
  beforeEach(async () => {
    const s = await startSession(db, member.id, 0);
    await captureNote(db, member.id, 'note', '資料を共有', s.startedAt + 65_000);
    renderPanel(<App />, db);
  });

  const editButton = () => screen.findByRole('button', { name: 'Edit note at 1:05: 資料を共有' });

  it('Enter saves an edit in place and marks it edited', async () => {
    await userEvent.click(await editButton());
    const editor = screen.getByRole('textbox', { name: 'Edit note' });
    expect(document.activeElement).toBe(editor);
    await userEvent.clear(editor);
    await userEvent.type(editor, '資料を来週共有{Enter}');
    const list = await notesList();
    // The text may show before the stored note (and its edit mark) is read back.
    await waitFor(() => {
      expect(list.textContent).toContain('資料を来週共有');
      expect(list.textContent).toContain('edited');
    });
    expect((await db.notes.toArray())[0]?.editedAt).toBeTypeOf('number');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit note at 1:05: 資料を来週共有'),
    );
  });

  it('T28 Enter and Escape during an IME composition neither save nor cancel', async () => {
    await userEvent.click(await editButton());
    const editor = screen.getByRole('textbox', { name: 'Edit note' });
    fireEvent.change(editor, { target: { value: 'しりょう' } });
    fireEvent.keyDown(editor, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(editor, { key: 'Escape', isComposing: true });
    fireEvent.keyDown(editor, { key: 'Escape', keyCode: 229 });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByRole('textbox', { name: 'Edit note' })).toHaveProperty('value', 'しりょう');
    expect((await db.notes.toArray())[0]?.text).toBe('資料を共有');
    fireEvent.keyDown(editor, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Edit note' })).toBeNull();
    expect((await db.notes.toArray())[0]?.text).toBe('資料を共有');
  });

  it('T30 an edit to nothing is refused with the gentle hint', async () => {
    await userEvent.click(await editButton());
    const editor = screen.getByRole('textbox', { name: 'Edit note' });
    await userEvent.clear(editor);
    await userEvent.type(editor, '{Enter}');
    expect(await screen.findByText('Type a note first, then press Enter.')).toBeTruthy();
    expect((await db.notes.toArray())[0]?.text).toBe('資料を共有');
  });

  it('a prefix typed in the editor changes the kind', async () => {
    await userEvent.click(await editButton());
    const editor = screen.getByRole('textbox', { name: 'Edit note' });
    await userEvent.clear(editor);
    await userEvent.type(editor, '/a 資料を送る{Enter}');
    await waitFor(async () =>
      expect((await db.notes.toArray())[0]).toMatchObject({ kind: 'action', text: '資料を送る' }),
    );
  });

  it('delete removes the note and Undo brings it back', async () => {
    const original = (await db.notes.toArray())[0];
    await userEvent.click(await screen.findByRole('button', { name: 'Delete note at 1:05: 資料を共有' }));
    await waitFor(async () => expect(await db.notes.count()).toBe(0));
    expect(await screen.findByText('Note deleted.')).toBeTruthy();
    expect(document.activeElement).toBe(await notesList());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.notes.toArray()).toEqual([original]));
    const list = await notesList();
    await waitFor(() => expect(list.textContent).toContain('資料を共有'));
  });
});
