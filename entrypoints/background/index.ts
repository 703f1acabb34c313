import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onCommand } from './commands';
import { createRouter } from './router';
import { openPanel, openPanelOnActionClick } from './side-panel';

export default defineBackground(() => {
  openPanelOnActionClick();
  browser.commands.onCommand.addListener(onCommand);
  browser.runtime.onMessage.addListener(
    createRouter(browser.runtime.id, {
      'open-panel': (_message, sender) => {
        if (sender.tab?.id !== undefined) openPanel({ tabId: sender.tab.id });
      },
    }),
  );
});
