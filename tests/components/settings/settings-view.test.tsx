import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DbContext } from '@/components/app/db-context';
import { LangProvider } from '@/components/app/lang-provider';
import { useUi } from '@/components/app/ui-store';
import { App } from '@/entrypoints/sidepanel/App';
import { MAX_BACKUP_BYTES } from '@/storage/backup';
import type { AizuchiDB } from '@/storage/db';
import { addMember } from '@/storage/members';
import { startSession } from '@/storage/sessions';
import { getSetting, setSetting } from '@/storage/settings';
import { freshDb } from '../../helpers/db';

const FIXTURES = join(import.meta.dirname, '../../fixtures/backup');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
let db: AizuchiDB;

beforeEach(async () => {
  db = freshDb();
  useUi.setState({ settingsOpen: false, includePrivate: false });
  const member = await addMember(db, '佐藤');
  await setSetting(db, 'selectedMemberId', member.id);
  render(
    <DbContext value={db}>
      <LangProvider>
        <App />
      </LangProvider>
    </DbContext>,
  );
});

async function openSettings() {
  await userEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  return screen.findByRole('region', { name: 'Settings' });
}

async function choose(text: string, size?: number) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  await userEvent.upload(screen.getByLabelText('Restore backup'), file);
}

const counts = async () =>
  Promise.all([db.members.count(), db.sessions.count(), db.agendaItems.count(), db.notes.count()]);

describe('settings view', () => {
  it('replaces the main content; Escape closes it and gives the focus back to Settings', async () => {
    await openSettings();
    expect(screen.queryByRole('list', { name: 'Agenda' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export backup' })).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Settings' })).toBeNull());
    expect(await screen.findByRole('textbox', { name: 'New agenda item' })).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Settings' })),
    );
  });

  it('shows what a backup holds, in digits, and restores it only after Restore (merge by default)', async () => {
    await openSettings();
    const [members, ...rest] = await counts();
    await choose(fixture('valid.json'));
    expect(await screen.findByText(/Members: 2, sessions: 2, agenda items: 2, notes: 4\./)).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^Merge/ })).toHaveProperty('checked', true);
    expect(await counts()).toEqual([members, ...rest]);
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Restored. Members: 2, sessions: 2, notes: 4.')).toBeTruthy();
    expect(await counts()).toEqual([members + 2, 2, 2, 4]);
  });

  it('replace mode warns, then leaves only what the file holds', async () => {
    await openSettings();
    await choose(fixture('valid.json'));
    await userEvent.click(await screen.findByRole('radio', { name: /^Replace/ }));
    expect(screen.getByText(/Replace deletes everything/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText(/^Restored\./);
    expect(await counts()).toEqual([2, 2, 2, 4]);
  });

  it.each([
    ['not-json--truncated.json', 'it is not valid JSON (it may be damaged or cut short)'],
    ['newer-version--schema-99.json', 'it was made by a newer Aizuchi; update the extension first'],
    ['dangling-reference--note-session.json', 'a record refers to a missing member or session'],
    ['forbidden-key--proto-top-level.json', 'it contains a forbidden key'],
  ])('T04 %s is refused with a clear message and changes nothing', async (file, reason) => {
    await openSettings();
    const before = await counts();
    await choose(fixture(file));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`This file cannot be restored: ${reason}. Nothing was changed.`);
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('refuses a file over the size limit from its size, without reading it', async () => {
    await openSettings();
    await choose('{}', MAX_BACKUP_BYTES + 1);
    expect((await screen.findByRole('alert')).textContent).toContain('it is too large to be a backup');
  });

  it('switches the language live, and back to the browser', async () => {
    await openSettings();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ja');
    expect(await screen.findByRole('region', { name: '設定' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '言語' }), 'auto');
    expect(await screen.findByRole('region', { name: 'Settings' })).toBeTruthy();
  });

  it('pins the appearance on <html> with data-theme', async () => {
    await openSettings();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Appearance' }), 'dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Appearance' }), 'system');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  it('stores export defaults and the planned length new sessions get', async () => {
    await openSettings();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Summary layout' }), 'actions-first');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language of the summary' }), 'ja');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include prompts used' }));
    const minutes = screen.getByRole('spinbutton', { name: 'Default session length (minutes)' });
    await userEvent.clear(minutes);
    expect(await screen.findByText('Enter whole minutes from 1 to 1440.')).toBeTruthy();
    await userEvent.type(minutes, '45');
    await waitFor(async () => expect(await getSetting(db, 'defaultPlannedMinutes')).toBe(45));
    expect(await getSetting(db, 'summaryLayout')).toBe('actions-first');
    expect(await getSetting(db, 'summaryHeadingLanguage')).toBe('ja');
    expect(await getSetting(db, 'summaryIncludePrompts')).toBe(false);
    const member = await addMember(db, '田中');
    expect((await startSession(db, member.id)).plannedMinutes).toBe(45);
  });
});
