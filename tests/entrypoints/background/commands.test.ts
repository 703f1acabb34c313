import { describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { createCommandHandler } from '@/entrypoints/background/commands';

describe('keyboard commands', () => {
  it('open-panel opens the side panel in the window of the active tab', () => {
    // fakeBrowser has no sidePanel: stub the one call the handler makes.
    const onCommand = createCommandHandler({ markMoment: vi.fn(() => Promise.resolve()) });
    const open = vi.fn(() => Promise.resolve());
    Object.assign(browser, { sidePanel: { open } });
    onCommand('open-panel', { windowId: 3 } as Browser.tabs.Tab);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    onCommand('something-else', { windowId: 3 } as Browser.tabs.Tab);
    onCommand('open-panel', undefined);
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('mark-moment', () => {
  it("marks a moment in the session of the command's tab", () => {
    const markMoment = vi.fn(() => Promise.resolve());
    createCommandHandler({ markMoment })('mark-moment', { id: 5, windowId: 1 } as Browser.tabs.Tab);
    expect(markMoment).toHaveBeenCalledWith(5);
  });
});
