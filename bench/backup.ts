import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface BackupRun {
  exportMs: number;
  restoreMs: number;
  /** JS heap after a forced GC before, at its peak during, and after a forced GC after, in MB. */
  heap: { before: number; peak: number; after: number };
}

/** P7: export a backup from the panel's settings, then restore it (merge) and wait for the report. */
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
  let start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const exportMs = Date.now() - start;
  const path = await download.path();
  const file = readFileSync(path);

  start = Date.now();
  await page
    .getByRole('button', { name: 'Restore backup' })
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  const confirm = page.getByRole('button', { name: 'Restore', exact: true });
  await confirm.waitFor({ timeout: 120_000 });
  await confirm.click();
  await page.getByText(/^Restored/).waitFor({ timeout: 180_000 });
  const restoreMs = Date.now() - start;

  sampling = false;
  await sampler;
  await gc();
  const after = await heapMb();
  await cdp.detach();
  return { exportMs, restoreMs, heap: { before, peak, after } };
}
