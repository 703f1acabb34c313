import type { Page } from 'playwright-core';

export interface BackupRun {
  exportMs: number;
  /** Merge of the file into the database it came from: every row is already stored. */
  restoreMs: number;
  /** The same file restored into an emptied database: every row is written. */
  restoreEmptyMs: number;
  /** JS heap after a forced GC before, at its peak during, and after a forced GC after, in MB. */
  heap: { before: number; peak: number; after: number };
  /** The platform's part of `restoreEmptyMs`: the stored notes put into a new database with no index, in one transaction. */
  bareNotesMs: number;
}

/**
 * P7: export a backup from the panel's settings, restore it (merge) into the same database
 * and wait for the report, then delete the database and restore the file into the empty one.
 */
export async function backupAndRestore(page: Page): Promise<BackupRun> {
  const cdp = await page.context().newCDPSession(page);
  const heapMb = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heapMb());
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  await gc();
  const before = await heapMb();

  if (!(await page.getByRole('button', { name: 'Export backup' }).isVisible())) {
    await page.getByRole('button', { name: 'Settings' }).click();
  }
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const exportMs = Date.now() - start;
  const path = await download.path();

  const restore = async () => {
    const begin = Date.now();
    if (!(await page.getByRole('button', { name: 'Export backup' }).isVisible())) {
      await page.getByRole('button', { name: 'Settings' }).click();
    }
    // The downloaded file itself, as a person would pick it: a buffer would first be copied
    // through the DevTools protocol (base64, tens of MB), which is not the product's time.
    await page.getByRole('button', { name: 'Restore backup' }).setInputFiles(path, { timeout: 120_000 });
    const confirm = page.getByRole('button', { name: 'Restore', exact: true });
    await confirm.waitFor({ timeout: 120_000 });
    await confirm.click();
    await page.getByText(/^Restored/).waitFor({ timeout: 600_000 });
    return Date.now() - begin;
  };
  const restoreMs = await restore();

  // Like a new computer: the database deleted (Dexie closes its connections on request), the panel reloaded.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('aizuchi');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('delete failed'));
      }),
  );
  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).waitFor();
  const restoreEmptyMs = await restore();

  sampling = false;
  await sampler;
  await gc();
  const after = await heapMb();
  await cdp.detach();
  return {
    exportMs,
    restoreMs,
    restoreEmptyMs,
    heap: { before, peak, after },
    bareNotesMs: await bareNotesMs(page),
  };
}

/**
 * What IndexedDB alone takes to write the notes a restore into an empty database writes: the
 * same rows, read back from the database, put into a new one with no index in one transaction
 * (the restore writes in one transaction too), no page work. Deleted afterwards.
 */
function bareNotesMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const open = (name: string, create?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        if (create) request.onupgradeneeded = () => create(request.result);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`open ${name} failed`));
      });
    const done = (tx: IDBTransaction) =>
      new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    const db = await open('aizuchi');
    const notes = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction('notes').objectStore('notes').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    db.close();
    const name = 'aizuchi-bench-bare';
    const bare = await open(name, (d) => d.createObjectStore('notes', { keyPath: 'id' }));
    const start = performance.now();
    const tx = bare.transaction('notes', 'readwrite');
    for (const note of notes) tx.objectStore('notes').put(note);
    await done(tx);
    const ms = performance.now() - start;
    bare.close();
    await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
    return ms;
  });
}
