import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { BootContext } from '@/components/app/boot-context';
import { DbContext } from '@/components/app/db-context';
import { LangProvider } from '@/components/app/lang-provider';
import { useUi } from '@/components/app/ui-store';
import { App } from '@/entrypoints/sidepanel/App';
import { loadBoot } from '@/storage/boot';
import type { AizuchiDB } from '@/storage/db';
import { addMember } from '@/storage/members';
import { captureNote } from '@/storage/notes';
import { setSetting } from '@/storage/settings';
import { freshDb } from '../../helpers/db';

let db: AizuchiDB;

beforeEach(async () => {
  db = freshDb();
  useUi.setState({ viewedSessionId: null, settingsOpen: false });
  const member = await addMember(db, '佐藤');
  await captureNote(db, member.id, 'note', '資料を共有した', 1_000);
  await captureNote(db, member.id, 'decision', 'Ship on Friday', 2_000);
  await setSetting(db, 'selectedMemberId', member.id);
  await setSetting(db, 'language', 'ja');
});

const panel = (boot: Awaited<ReturnType<typeof loadBoot>> | null) =>
  render(
    <DbContext value={db}>
      <BootContext value={boot}>
        <LangProvider>
          <App />
        </LangProvider>
      </BootContext>
    </DbContext>,
  );

describe('the panel opens complete from the boot read (issue 9, P1)', () => {
  it("renders the member's notes, in the chosen language, in its very first render", async () => {
    panel(await loadBoot(db));
    // No await between render and these checks: nothing waits for a live query.
    expect(document.querySelector('.app')?.getAttribute('aria-busy')).toBe('false');
    const notes = within(screen.getByRole('list', { name: 'メモ' })).getAllByRole('listitem');
    expect(notes.map((li) => li.textContent)).toEqual([
      expect.stringContaining('資料を共有した'),
      expect.stringContaining('Ship on Friday'),
    ]);
  });

  it('without a boot read it still loads, by its live queries', async () => {
    panel(null);
    expect(document.querySelector('.app')).toBeNull(); // the language is not known yet
    const list = await screen.findByRole('list', { name: 'メモ' });
    expect(await within(list).findAllByRole('listitem')).toHaveLength(2);
  });
});
