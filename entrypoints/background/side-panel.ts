import { browser } from 'wxt/browser';

function report(error: unknown): void {
  console.warn('[aizuchi] could not open the panel:', error);
}

/** Makes the toolbar button open the side panel (Chrome/Edge). */
export function openPanelOnActionClick(): void {
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(report);
}

/**
 * Opens the panel beside a tab. Must be called synchronously from the handler of a user
 * gesture (click message, keyboard command): any await before it loses the gesture.
 */
export function openPanel(target: { tabId: number } | { windowId: number }): void {
  if (browser.sidePanel) {
    browser.sidePanel.open(target).catch(report);
  } else {
    // Firefox: the panel is a sidebar_action, absent from Chrome's typings.
    const firefox = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
    firefox.sidebarAction?.open().catch(report);
  }
}
