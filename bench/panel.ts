import { termRowsOf, type Indexed } from '@/storage/terms';
import type { BrowserContext, Page } from 'playwright-core';

/** Writes rows straight into the extension's IndexedDB (already opened by the panel at the newest version). */
export async function writeRows(
  page: Page,
  table: string,
  rows: readonly object[],
  chunk = 5_000,
  /** The rows' keys, for a table whose keys are not in its rows (`terms`). */
  keys?: readonly string[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    await page.evaluate(
      async ({ table, rows, keys }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('aizuchi');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(new Error(String(req.error)));
        });
        const tx = db.transaction(table, 'readwrite');
        const store = tx.objectStore(table);
        rows.forEach((row, i) => (keys ? store.put(row, keys[i]) : store.put(row)));
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(new Error(String(tx.error)));
        });
        db.close();
      },
      { table, rows: rows.slice(i, i + chunk), keys: keys?.slice(i, i + chunk) },
    );
  }
}

/** The search index rows of `notes`, as the product files them (storage/terms), over what is stored. */
export async function writeTerms(page: Page, notes: readonly object[]): Promise<void> {
  const rows = termRowsOf(notes as readonly Indexed[]);
  await writeRows(page, 'terms', [...rows.values()], 5_000, [...rows.keys()]);
}

/** Sets a row of the settings table (e.g. the selected member) the way the panel stores it. */
export async function setSetting(page: Page, key: string, value: unknown): Promise<void> {
  await writeRows(page, 'settings', [{ key, value }]);
}

/** Deletes the notes of a session whose text starts with `prefix` (what a figure added). */
export async function deleteAdded(page: Page, sessionId: string, prefix: string): Promise<void> {
  await page.evaluate(
    async ({ sessionId, prefix }) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('aizuchi');
        req.onsuccess = () => resolve(req.result);
      });
      const tx = db.transaction('notes', 'readwrite');
      const range = IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]);
      const req = tx.objectStore('notes').index('[sessionId+createdAt]').openCursor(range);
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return;
        if (String((cursor.value as { text: string }).text).startsWith(prefix)) cursor.delete();
        cursor.continue();
      };
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { sessionId, prefix },
  );
}

/** Milliseconds since navigation once the panel has loaded and its notes list holds `minNotes` rows, else 0. */
export function panelReady(minNotes: number): number {
  const loaded = document.querySelector('.app[aria-busy="false"]');
  const rows = document.querySelectorAll('ol[aria-label="Notes"] > li').length;
  return loaded && rows >= minNotes ? performance.now() : 0;
}

/**
 * P1: a new tab navigates to the panel; ms from navigation start (timeOrigin) until the
 * panel is loaded with `minNotes` notes rendered, checked every animation frame in the page.
 */
export async function coldOpen(ctx: BrowserContext, url: string, minNotes: number): Promise<number> {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 360, height: 720 });
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(panelReady, minNotes, { polling: 'raf', timeout: 60_000 });
  const ms = await handle.jsonValue();
  await page.close();
  return ms;
}

/**
 * P2: Enter in the note box → the note stored and its text in the notes list, whichever comes
 * last. Stored is the panel's `aizuchi:note-saved` mark, set once the write's transaction has
 * completed (the list may show the note before that); the note is then checked in IndexedDB.
 */
export async function addNote(page: Page, text: string): Promise<number> {
  const box = page.getByRole('textbox', { name: 'Note' });
  await box.fill(text);
  const measured = page.evaluate(
    (expected) =>
      new Promise<{ ms: number; id: unknown }>((resolve) => {
        const input = document.getElementById('note-box')!;
        let start = 0;
        let rendered = 0;
        let saved: PerformanceEntry | undefined;
        input.addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
        const list = document.querySelector('ol.notes-list')!;
        const done = () => {
          if (!rendered || !saved) return;
          dom.disconnect();
          marks.disconnect();
          resolve({ ms: Math.max(rendered, saved.startTime) - start, id: (saved as PerformanceMark).detail });
        };
        const dom = new MutationObserver(() => {
          if (start && !rendered && list.textContent?.includes(expected)) {
            rendered = performance.now();
            done();
          }
        });
        dom.observe(list, { childList: true, subtree: true, characterData: true });
        const marks = new PerformanceObserver((entries) => {
          const mark = entries
            .getEntriesByName('aizuchi:note-saved')
            .find((m) => start && m.startTime >= start);
          saved ??= mark;
          done();
        });
        marks.observe({ type: 'mark' });
      }),
    text,
  );
  await page.waitForTimeout(30);
  await box.press('Enter');
  const { ms, id } = await measured;
  const stored = await page.evaluate(
    async ({ id, expected }) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('aizuchi');
        req.onsuccess = () => resolve(req.result);
      });
      const req = db.transaction('notes').objectStore('notes').get(String(id));
      const note = await new Promise<{ text?: string } | undefined>((resolve) => {
        req.onsuccess = () => resolve(req.result as { text?: string } | undefined);
      });
      db.close();
      return note?.text === expected;
    },
    { id, expected: text },
  );
  if (!stored) throw new Error(`P2: "${text}" was not stored`);
  return ms;
}

/** P3: from the start of the search (after the typing delay) to its results in the DOM. */
export async function search(page: Page, query: string): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search notes' });
  await box.fill('');
  await page.waitForTimeout(150);
  await page.evaluate(() => performance.clearMeasures('aizuchi:search'));
  const measured = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const root = document.querySelector('.search')!;
        const check = (observer: MutationObserver) => {
          const [entry] = performance.getEntriesByName('aizuchi:search');
          if (entry && root.querySelector('[role="status"]')) {
            observer.disconnect();
            resolve(performance.now() - entry.startTime);
          }
        };
        const observer = new MutationObserver(() => check(observer));
        observer.observe(root, { childList: true, subtree: true, characterData: true });
      }),
  );
  await box.fill(query);
  return measured;
}

/**
 * P6: click "Copy summary" → the summary handed to the system clipboard, by whichever path the
 * panel took: the end of `execCommand('copy')` when a copy event carried it (the browser writes
 * the event's data before the command returns), else `navigator.clipboard.write` resolved. The
 * clipboard is emptied before each click and read back after it (untimed): both flavours must be there.
 */
export async function copySummary(page: Page): Promise<number> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const measured = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const clipboard = navigator.clipboard;
        const write = clipboard.write.bind(clipboard);
        const exec = document.execCommand.bind(document);
        let start = 0;
        let carried = false;
        // Bubbles here after the panel's listener: did the event carry both flavours?
        const onCopy = (event: ClipboardEvent) => {
          const types = event.clipboardData?.types ?? [];
          carried = event.defaultPrevented && types.includes('text/plain') && types.includes('text/html');
        };
        const restore = () => {
          clipboard.write = write;
          document.execCommand = exec;
          window.removeEventListener('copy', onCopy);
        };
        window.addEventListener('copy', onCopy);
        document.addEventListener('click', () => (start = performance.now()), { once: true, capture: true });
        document.execCommand = (command, ...rest) => {
          const done = exec(command, ...rest);
          if (command === 'copy' && done && carried) {
            const ms = performance.now() - start;
            restore();
            resolve(ms);
          }
          return done;
        };
        clipboard.write = async (items) => {
          await write(items);
          const ms = performance.now() - start;
          restore();
          resolve(ms);
        };
      }),
  );
  await page.getByRole('button', { name: 'Copy summary' }).click();
  const ms = await measured;
  const held = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = async (type: string) =>
      item?.types.includes(type) ? (await item.getType(type)).text() : '';
    return { plain: await text('text/plain'), html: await text('text/html') };
  });
  if (!held.plain.startsWith('# ') || !held.html.includes('<h1>')) {
    throw new Error('P6: the clipboard does not hold the summary after the click');
  }
  return ms;
}
