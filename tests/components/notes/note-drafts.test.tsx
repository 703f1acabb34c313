import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUi } from '@/components/app/ui-store';
import { DRAFT_DELAY_MS } from '@/components/notes/use-note-draft';
import { App } from '@/entrypoints/sidepanel/App';
import type { AizuchiDB } from '@/storage/db';
import { loadDraft } from '@/storage/drafts';
import { addMember } from '@/storage/members';
import { setSetting } from '@/storage/settings';
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

afterEach(() => {
  vi.useRealTimers();
});

const open = () => renderPanel(<App />, db);
const noteBox = () => screen.findByRole('textbox', { name: 'Note' });
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('drafts of the note box', () => {
  it(`writes the draft once typing pauses for ${DRAFT_DELAY_MS} ms, not on every key`, async () => {
    open();
    const box = await noteBox();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const put = vi.spyOn(db.drafts, 'put');
    for (const text of ['資', '資料', '資料を']) {
      fireEvent.change(box, { target: { value: text } });
      vi.advanceTimersByTime(100);
    }
    expect(put).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DRAFT_DELAY_MS - 100 - 1);
    expect(put).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(put).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    await waitFor(async () => expect((await loadDraft(db, member.id))?.text).toBe('資料を'));
    expect(DRAFT_DELAY_MS).toBeLessThanOrEqual(300);
  });

  it('T12 T14 the draft and its kind come back when the panel opens again', async () => {
    const first = open();
    await userEvent.type(await noteBox(), '/d 来週から週報は箇条書き');
    await waitFor(async () => expect((await loadDraft(db, member.id))?.kind).toBe('decision'));
    first.unmount();
    useUi.setState({ noteKind: 'note' });

    open();
    await waitFor(async () => expect(await noteBox()).toHaveProperty('value', '来週から週報は箇条書き'));
    expect(screen.getByRole('combobox', { name: 'Note kind' })).toHaveProperty('value', 'decision');
  });

  it('T12 text typed just before the panel closes is written as it closes', async () => {
    const first = open();
    fireEvent.change(await noteBox(), { target: { value: '閉じる直前' } });
    first.unmount();
    await waitFor(async () => expect((await loadDraft(db, member.id))?.text).toBe('閉じる直前'));
  });

  it('saving the note removes the draft; the next panel opens empty', async () => {
    const first = open();
    await userEvent.type(await noteBox(), '資料を共有');
    await waitFor(async () => expect(await loadDraft(db, member.id)).toBeDefined());
    await userEvent.type(await noteBox(), '{Enter}');
    await waitFor(async () => expect(await db.notes.count()).toBe(1));
    expect(await loadDraft(db, member.id)).toBeUndefined();
    first.unmount();
    open();
    await screen.findByText('資料を共有');
    expect(await noteBox()).toHaveProperty('value', '');
  });

  it('T06 quota exceeded on save: the text stays, the manager is told, a retry saves it', async () => {
    open();
    const box = await noteBox();
    await userEvent.type(box, '大事な話');
    const add = vi.spyOn(db.notes, 'add').mockRejectedValue(quota());
    await userEvent.type(box, '{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage is full/);
    expect(box).toHaveProperty('value', '大事な話');
    expect(await db.notes.count()).toBe(0);
    await waitFor(async () => expect((await loadDraft(db, member.id))?.text).toBe('大事な話'));

    add.mockRestore();
    await userEvent.type(box, '{Enter}');
    await waitFor(async () => expect(await db.notes.count()).toBe(1));
    expect(box).toHaveProperty('value', '');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('T06 quota exceeded on the draft itself: the text stays and the manager is told', async () => {
    open();
    vi.spyOn(db.drafts, 'put').mockRejectedValue(quota());
    const box = await noteBox();
    await userEvent.type(box, '下書き');
    expect((await screen.findByText(/The draft could not be kept/)).textContent).toContain(
      'QuotaExceededError',
    );
    expect(box).toHaveProperty('value', '下書き');
  });
});
