import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { meetCodeFromUrl } from '@/lib/call/meet-url';
import { send } from '@/lib/messages';
import { createChip } from './chip';

// Tiny on purpose: no React, no Dexie, no work per DOM mutation. The chip follows
// Meet's in-page navigations through WXT's location events (Navigation API).
export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const chip = createChip(
      document,
      browser.i18n.getMessage('chipText'),
      browser.i18n.getMessage('chipLabel'),
      () => {
        send({ type: 'open-panel' }).catch((error: unknown) => {
          console.warn('[aizuchi] the panel could not be opened:', error);
        });
      },
    );
    const follow = (url: string) => chip.setVisible(meetCodeFromUrl(url) !== null);
    follow(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => follow(event.newUrl.href));
  },
});
