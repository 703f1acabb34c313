import type { Browser } from 'wxt/browser';
import { openPanel } from './side-panel';

/** Handles the extension's keyboard commands (declared in wxt.config.ts). */
export function onCommand(command: string, tab?: Browser.tabs.Tab): void {
  if (command === 'open-panel' && tab?.windowId !== undefined) openPanel({ windowId: tab.windowId });
}
