import { fireEvent, screen } from '@testing-library/react';
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
  useUi.setState({ noteKind: 'note', viewedSessionId: null, undo: null });
  const member = await addMember(db, '佐藤');
  await setSetting(db, 'selectedMemberId', member.id);
  renderPanel(<App />, db);
  await screen.findByRole('textbox', { name: 'Note' });
});

const sheet = () => screen.queryByRole('dialog', { name: 'Keyboard shortcuts' });

describe('T37 keys inside the panel', () => {
  it('? opens the shortcut sheet, Escape closes it and focus goes back', async () => {
    const opener = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    opener.focus();
    await userEvent.keyboard('?');
    // The sheet's chunk loads on first open.
    expect((await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).textContent).toContain(
      'Go to the note box',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    await userEvent.keyboard('{Escape}');
    expect(sheet()).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('? typed in the note box is just text', async () => {
    const box = screen.getByRole('textbox', { name: 'Note' });
    await userEvent.type(box, 'なぜ?');
    expect(sheet()).toBeNull();
    expect(box).toHaveProperty('value', 'なぜ?');
  });

  it('T28 Escape during an IME composition closes nothing', async () => {
    await userEvent.keyboard('?');
    expect(sheet()).not.toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape', isComposing: true });
    fireEvent.keyDown(document.activeElement!, { key: 'Escape', keyCode: 229 });
    expect(sheet()).not.toBeNull();
  });

  it('n goes to the note box and / to the search box', async () => {
    document.body.focus();
    await userEvent.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search notes' }));
    expect(screen.getByRole('searchbox', { name: 'Search notes' })).toHaveProperty('value', '');
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('n');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Note' }));
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveProperty('value', '');
  });

  it('every note action is a focusable, named control', async () => {
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), '資料{Enter}');
    await screen.findByRole('button', { name: /^Edit note at \d+:\d\d: 資料$/ });
    for (const name of [/^Edit note at/, /^Delete note at/, 'Mark moment', 'Keyboard shortcuts']) {
      const button = screen.getByRole('button', { name });
      button.focus();
      expect(document.activeElement).toBe(button);
    }
  });
});
