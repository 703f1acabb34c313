import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { classifyMeet } from '@/lib/call/classify';
import { followCall } from '@/lib/call/follow-call';

// Tiny on purpose: no React, no Dexie. The page is looked at most once a second, and only
// after it changed; in-page navigations come through WXT's location events (Navigation API).
export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const call = followCall({
      win: window,
      classify: classifyMeet,
      chip: {
        text: browser.i18n.getMessage('chipText'),
        label: browser.i18n.getMessage('chipLabel'),
        noteText: '✎',
        noteLabel: browser.i18n.getMessage('chipQuickNote'),
        whichMember: browser.i18n.getMessage('chipWhichMember'),
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', (event) => call.follow(event.newUrl.href));
    ctx.onInvalidated(call.stop);
  },
});
