import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { classifyZoom, hostsZoomClientFrame } from '@/lib/call/classify';
import { followCall } from '@/lib/call/follow-call';

// The web client runs in the top page, or in a same-origin iframe#webclient on the
// installed-app route: the script runs in every frame, the chip only at the top, and the
// report comes from whichever frame holds the client.
export default defineContentScript({
  matches: ['https://*.zoom.us/wc/*', 'https://*.zoomgov.com/wc/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const top = window.top === window;
    const call = followCall({
      win: window,
      classify: classifyZoom,
      chip: top
        ? {
            text: browser.i18n.getMessage('chipText'),
            label: browser.i18n.getMessage('chipLabel'),
            noteText: '✎',
            noteLabel: browser.i18n.getMessage('chipQuickNote'),
            whichMember: browser.i18n.getMessage('chipWhichMember'),
          }
        : undefined,
      reports: () => !top || !hostsZoomClientFrame(document),
      // A client frame's own URL may not name the meeting; the top page's does.
      callUrl: top ? undefined : () => sameOriginTopUrl() ?? location.href,
    });
    ctx.addEventListener(window, 'wxt:locationchange', (event) => call.follow(event.newUrl.href));
    ctx.onInvalidated(call.stop);
  },
});

function sameOriginTopUrl(): string | undefined {
  try {
    return window.top?.location.href;
  } catch {
    return undefined; // a cross-origin parent: not the web client's own frame
  }
}
