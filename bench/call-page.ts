import type { BrowserContext, Page } from 'playwright-core';

export const MEET_URL = 'https://meet.google.com/abc-defg-hij';

/** A Meet-like call page that changes its DOM 50 times a second, as a call's UI does, and counts long tasks. */
export const MEET_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Meet - abc-defg-hij</title></head>
<body><div role="main"><div id="tiles"></div><div aria-live="polite" id="captions"></div>
<div role="toolbar"><button aria-label="マイクをオフにする">mic</button><button aria-label="通話から退出">leave</button></div></div>
<script>
window.__longTasks = 0;
new PerformanceObserver((list) => { window.__longTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });
const tiles = document.getElementById('tiles');
const captions = document.getElementById('captions');
for (let i = 0; i < 8; i++) { const d = document.createElement('div'); d.className = 'tile'; d.textContent = 'participant ' + i; tiles.appendChild(d); }
let n = 0;
window.__mutate = (ms) => new Promise((done) => {
  const timer = setInterval(() => {
    n++;
    const tile = tiles.children[n % 8];
    tile.dataset.speaking = String(n % 2);
    tile.style.outline = n % 2 ? '2px solid green' : 'none';
    const line = document.createElement('p');
    line.textContent = 'caption ' + n + ' 資料を共有します';
    captions.appendChild(line);
    if (captions.children.length > 20) captions.firstElementChild.remove();
  }, 20);
  setTimeout(() => { clearInterval(timer); done(n); }, ms);
});
</script></body></html>`;

export interface CallPageRun {
  /** Main-thread task time of the page's renderer during the window (CDP Performance TaskDuration), ms. */
  taskMs: number;
  longTasks: number;
}

/** Opens the call page in `ctx`, lets it settle, then mutates for `ms` and reports the CPU it took. */
export async function runCallPage(ctx: BrowserContext, ms: number): Promise<CallPageRun> {
  const page: Page = await ctx.newPage();
  await page.goto(MEET_URL);
  await page.waitForTimeout(1_000); // content script injected and settled
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const task = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  };
  const before = await task();
  const longBefore = await page.evaluate(() => (window as unknown as { __longTasks: number }).__longTasks);
  await page.evaluate(
    (ms) => (window as unknown as { __mutate: (ms: number) => Promise<number> }).__mutate(ms),
    ms,
  );
  const after = await task();
  const longTasks =
    (await page.evaluate(() => (window as unknown as { __longTasks: number }).__longTasks)) - longBefore;
  await cdp.detach();
  await page.close();
  return { taskMs: (after - before) * 1000, longTasks };
}
