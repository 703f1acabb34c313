import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/storage/db';
import { createCallTracker } from './call-tracker';
import { createCommandHandler } from './commands';
import { createRouter } from './router';
import { openPanel, openPanelOnActionClick } from './side-panel';

export default defineBackground(() => {
  const calls = createCallTracker(getDb());
  openPanelOnActionClick();
  browser.commands.onCommand.addListener(createCommandHandler(calls));
  browser.tabs.onRemoved.addListener((tabId) => void calls.onTabRemoved(tabId));
  browser.runtime.onMessage.addListener(
    createRouter(browser.runtime.id, {
      'open-panel': (_message, sender) => {
        if (sender.tab?.id !== undefined) openPanel({ tabId: sender.tab.id });
      },
      'call-state': (message, sender) => {
        if (sender.tab?.id !== undefined) void calls.onCallState(message, sender.tab.id);
      },
      'link-call': (message) => void calls.linkCall(message.tabId, message.memberId),
      'quick-note': (message, sender) =>
        sender.tab?.id === undefined
          ? Promise.resolve({ ok: false, reason: 'no-session' })
          : calls.quickNote(sender.tab.id, message.text, message.startedAt),
    }),
  );
});
