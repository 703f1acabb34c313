import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.AIZUCHI_OUT_DIR ?? '.output',
  'chrome-mv3',
);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Hosts whose pages the tests fake; a request anywhere else fails the run (T27). */
const FAKE_ORIGINS = ['https://meet.google.com', 'https://app.zoom.us', 'https://example.com'];
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

export interface Harness {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** Pages to serve at fake call-site URLs: path → HTML. */
  pages: Map<string, string>;
  /** Every request that was neither local nor to a fake page. */
  strayRequests: string[];
  openPanel(options?: { width?: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Debian's Chromium with the built extension in a fresh profile. Fails (never skips) without it. */
export async function launch(): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build first.`);
  }
  // Lets the context's request events include the service worker's own requests.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'aizuchi-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=en-US',
    ],
    locale: 'en-US',
  });
  const strayRequests: string[] = [];
  const pages = new Map<string, string>();
  const isLocal = (url: string) => LOCAL_SCHEMES.some((s) => url.startsWith(s));

  ctx.on('request', (request) => {
    const url = request.url();
    if (!isLocal(url) && !FAKE_ORIGINS.some((o) => url.startsWith(`${o}/`))) strayRequests.push(url);
  });
  await ctx.route(
    (url) => FAKE_ORIGINS.includes(url.origin),
    async (route) => {
      const url = new URL(route.request().url());
      const html = pages.get(`${url.origin}${url.pathname}`);
      if (html === undefined)
        await route.fulfill({ status: 404, body: 'not found', contentType: 'text/plain' });
      else await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    },
  );

  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;

  return {
    ctx,
    sw,
    extensionId,
    pages,
    strayRequests,
    async openPanel({ width = 360 } = {}) {
      const page = await ctx.newPage();
      await page.setViewportSize({ width, height: 720 });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return page;
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
