import { describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { onCommand } from '@/entrypoints/background/commands';

describe('keyboard commands', () => {
  it('open-panel opens the side panel in the window of the active tab', () => {
    // fakeBrowser has no sidePanel: stub the one call the handler makes.
    const open = vi.fn(() => Promise.resolve());
    Object.assign(browser, { sidePanel: { open } });
    onCommand('open-panel', { windowId: 3 } as Browser.tabs.Tab);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    onCommand('something-else', { windowId: 3 } as Browser.tabs.Tab);
    onCommand('open-panel', undefined);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
