import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DbContext } from '@/components/app/db-context';
import { LangContext } from '@/components/app/i18n-context';
import { useUi } from '@/components/app/ui-store';
import { CopySummary } from '@/components/export/copy-summary';
import type { AizuchiDB } from '@/storage/db';
import { addMember } from '@/storage/members';
import { startSession } from '@/storage/sessions';
import { setSetting } from '@/storage/settings';
import type { Member, Note, Session } from '@/storage/types';
import { freshDb } from '../../helpers/db';
import { renderPanel } from '../../helpers/render-panel';

/** What the component put on the clipboard, by type, and by which way. */
let written: { via: 'copy event' | 'async'; data: Record<string, string> }[] = [];
/** How many writes the component started (counted when started, not when done). */
let calls = 0;
/** How the browser answers `execCommand('copy')`: runs the copy event, refuses, throws, or runs none. */
let command: 'copies' | 'refuses' | 'throws' | 'fires no event' = 'copies';
let deny = false;

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

/** The browser's side of `execCommand('copy')`: a copy event whose data goes to the clipboard if a listener cancels it. */
function execCommand(name: string): boolean {
  if (name !== 'copy' || command === 'refuses') return false;
  if (command === 'throws') throw new DOMException('Not supported.', 'NotSupportedError');
  if (command === 'fires no event') return true;
  calls++;
  const data: Record<string, string> = {};
  const event = new Event('copy', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { setData: (type: string, value: string) => (data[type] = value) },
  });
  (document.activeElement ?? document.body).dispatchEvent(event);
  if (event.defaultPrevented) written.push({ via: 'copy event', data });
  return true;
}

let db: AizuchiDB;
let member: Member;
let session: Session;

beforeEach(async () => {
  written = [];
  calls = 0;
  command = 'copies';
  deny = false;
  useUi.setState({ includePrivate: false });
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      write: async ([item]: FakeClipboardItem[]) => {
        calls++;
        if (deny) throw new DOMException('Write permission denied.', 'NotAllowedError');
        const entries = Object.entries(item!.items);
        const texts = await Promise.all(entries.map(async ([k, b]) => [k, await b.text()] as const));
        written.push({ via: 'async', data: Object.fromEntries(texts) });
      },
    },
  });
  db = freshDb();
  member = await addMember(db, '佐藤');
  session = await startSession(db, member.id, Date.now() - 60_000);
  await db.notes.bulkAdd([note('note', '資料を共有した'), note('private', '疲れていそう')]);
});

const last = () => written.at(-1)!.data;

const note = (kind: Note['kind'], text: string): Note => ({
  id: crypto.randomUUID(),
  sessionId: session.id,
  memberId: member.id,
  kind,
  text,
  createdAt: Date.now(),
});

/** Hovers the buttons (which starts reading the rows) and waits until a click writes within itself. */
async function prepared(): Promise<void> {
  await userEvent.hover(screen.getByRole('button', { name: 'Copy summary' }));
  await waitFor(() => {
    const before = calls;
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(calls).toBe(before + 1);
  });
  await waitFor(() => expect(written).toHaveLength(calls));
}

describe('copy summary', () => {
  it('T33 writes Markdown as text/plain and HTML as text/html in one item', async () => {
    renderPanel(<CopySummary member={member} session={session} />, db);
    await userEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByText('Summary copied.')).toBeTruthy();
    expect(last()['text/plain']).toContain('# 1on1 with 佐藤');
    expect(last()['text/html']).toContain('<h1>1on1 with 佐藤</h1>');
    expect(last()['text/plain']).not.toContain('疲れていそう');
    // Within the click, through the copy event: the async clipboard is not asked.
    expect(written.map((w) => w.via)).toEqual(['copy event']);
  });

  it.each(['refuses', 'throws', 'fires no event'] as const)(
    'T33 when the copy command %s, the async clipboard writes both flavours',
    async (answer) => {
      command = answer;
      renderPanel(<CopySummary member={member} session={session} />, db);
      await userEvent.click(screen.getByRole('button', { name: 'Copy for the member' }));
      expect(await screen.findByText(/Member-shareable summary copied/)).toBeTruthy();
      expect(written.map((w) => w.via)).toEqual(['async']);
      expect(last()['text/plain']).toContain('# 1on1 with 佐藤');
      expect(last()['text/plain']).toContain('資料を共有した');
      expect(last()['text/html']).toContain('<h1>1on1 with 佐藤</h1>');
    },
  );

  it('T34 includes private notes only when asked; the member copy never does', async () => {
    renderPanel(<CopySummary member={member} session={session} />, db);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include private notes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(last()['text/plain']).toContain('[Private] 疲れていそう'));
    await userEvent.click(screen.getByRole('button', { name: 'Copy for the member' }));
    await screen.findByText(/Member-shareable summary copied/);
    expect(last()['text/plain']).not.toContain('疲れていそう');
    expect(last()['text/html']).not.toContain('疲れていそう');
  });

  it('T34 with the member-shareable layout as default, Copy summary leaves private notes out too', async () => {
    await setSetting(db, 'summaryLayout', 'member');
    renderPanel(<CopySummary member={member} session={session} />, db);
    const box = screen.getByRole('checkbox', { name: 'Include private notes' });
    await waitFor(() => expect(box).toHaveProperty('disabled', true));
    await userEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await screen.findByText('Summary copied.');
    expect(last()['text/plain']).not.toContain('疲れていそう');
  });

  it('uses the heading language of the settings', async () => {
    await setSetting(db, 'summaryHeadingLanguage', 'ja');
    renderPanel(<CopySummary member={member} session={session} />, db);
    await waitFor(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
      expect(last()['text/plain']).toContain('# 佐藤 さんとの 1on1');
    });
  });

  it('T36 a denied clipboard says so and offers retry and a download', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:summary');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    command = 'refuses';
    deny = true;
    renderPanel(<CopySummary member={member} session={session} />, db);
    await userEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not copy to the clipboard (Write permission denied.)');
    expect(written).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Download .md' }));
    await screen.findByText(/^Saved as 1on1-佐藤-\d{4}-\d\d-\d\d\.md\.$/);
    expect(click).toHaveBeenCalledOnce();
    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(await blob.text()).toContain('# 1on1 with 佐藤');

    deny = true;
    await userEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await screen.findByRole('alert');
    deny = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Summary copied.')).toBeTruthy();
    expect(written).toHaveLength(1);
  });

  it('P6 once the rows are read, a click writes the clipboard within the click itself', async () => {
    renderPanel(<CopySummary member={member} session={session} />, db);
    await prepared();
    // The same content as the copy that reads the database on click.
    expect(last()['text/plain']).toMatch(/^- \d+:\d\d 資料を共有した$/m);
    expect(last()['text/plain']).not.toContain('疲れていそう');
    expect(last()['text/html']).toContain('<h1>1on1 with 佐藤</h1>');
  });

  it('P6 a note saved just before the click is in the copy', async () => {
    renderPanel(<CopySummary member={member} session={session} />, db);
    await prepared();
    // The click comes before the live query has read the new note again.
    await db.notes.add(note('note', 'クリック直前のメモ'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(last()['text/plain']).toContain('クリック直前のメモ'));
    // Read again once idle, the rows serve a click within itself again, the new note with them.
    await prepared();
    expect(last()['text/plain']).toContain('クリック直前のメモ');
  });

  it('P6 the prepared rows follow the member and session shown', async () => {
    const view = renderPanel(<CopySummary member={member} session={session} />, db);
    await prepared();
    const next = await addMember(db, '鈴木');
    const other = await startSession(db, next.id, Date.now());
    await db.notes.add({ ...note('note', '鈴木さんのメモ'), sessionId: other.id, memberId: next.id });
    view.rerender(
      <LangContext value="en">
        <DbContext value={db}>
          <CopySummary member={next} session={other} />
        </DbContext>
      </LangContext>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(last()['text/plain']).toContain('鈴木さんのメモ'));
    expect(last()['text/plain']).toContain('# 1on1 with 鈴木');
    expect(last()['text/plain']).not.toContain('資料を共有した');
  });
});
