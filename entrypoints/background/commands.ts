import type { Browser } from 'wxt/browser';
import { sendToTab } from '@/lib/messages';
import { openPanel } from './side-panel';

interface CommandDeps {
  /** Adds a bare "moment" note to the session of the call in a tab. */
  markMoment: (tabId: number) => Promise<unknown>;
}

/** Handles the extension's keyboard commands (declared in wxt.config.ts). */
export function createCommandHandler({ markMoment }: CommandDeps) {
  return (command: string, tab?: Browser.tabs.Tab): void => {
    if (command === 'open-panel' && tab?.windowId !== undefined) {
      openPanel({ windowId: tab.windowId });
    } else if (command === 'quick-note' && tab?.id !== undefined) {
      // Only a call page's content script listens; elsewhere there is nothing to open.
      sendToTab(tab.id, { type: 'toggle-quick-note' }).catch(() => undefined);
    } else if (command === 'mark-moment' && tab?.id !== undefined) {
      markMoment(tab.id).catch((error: unknown) => console.warn('[aizuchi] moment not marked:', error));
    }
  };
}
