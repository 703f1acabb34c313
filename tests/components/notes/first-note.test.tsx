import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/sidepanel/App';
import { addMember } from '@/storage/members';
import { startSession } from '@/storage/sessions';
import { setSetting } from '@/storage/settings';
import { freshDb } from '../../helpers/db';
import { renderPanel } from '../../helpers/render-panel';

/** Records, in order, when each read of a table starts and ends, and each write to it. */
function recordOrder(db: ReturnType<typeof freshDb>, log: string[]) {
  db.use({
    stack: 'dbcore',
    name: 'order',
    create: (down) => ({
      ...down,
      table: (name): DBCoreTable => {
        const table = down.table(name);
        const read =
          <A extends unknown[], R>(what: (...args: A) => Promise<R>) =>
          async (...args: A) => {
            log.push(`${name} read`);
            const result = await what(...args);
            log.push(`${name} read done`);
            return result;
          };
        return {
          ...table,
          get: read(table.get.bind(table)),
          query: read(table.query.bind(table)),
          openCursor: read(table.openCursor.bind(table)),
          mutate: (req) => {
            log.push(`${name} ${req.type}`);
            return table.mutate(req);
          },
        };
      },
    }),
  });
}

describe('the first note after the panel opens', () => {
  it('goes to the running session the panel shows without waiting for a session read', async () => {
    const db = freshDb();
    const log: string[] = [];
    recordOrder(db, log);
    const member = await addMember(db, '佐藤');
    await setSetting(db, 'selectedMemberId', member.id);
    const running = await startSession(db, member.id);
    renderPanel(<App />, db);
    const box = await screen.findByRole('textbox', { name: 'Note' });
    await screen.findByRole('button', { name: 'End session' });

    await userEvent.type(box, '資料を共有する');
    log.length = 0;
    await userEvent.type(box, '{Enter}');
    await waitFor(async () => expect(await db.notes.count()).toBe(1));
    expect((await db.notes.toArray())[0]?.sessionId).toBe(running.id);
    // The note is written on the guess, before the read that checks the session comes back.
    const written = log.indexOf('notes add');
    expect(written).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('sessions read done')).toBeGreaterThan(written);
  });
});
