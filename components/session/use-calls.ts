import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CALLS_KEY, callToShow, type TrackedCall, type TrackedCalls } from '@/lib/call/tracked';

/** The call the panel should show, kept live from storage.session and the active tab. */
export function useShownCall(): TrackedCall | undefined {
  const [calls, setCalls] = useState<TrackedCalls>({});
  const [activeTab, setActiveTab] = useState<number | undefined>();

  useEffect(() => {
    const read = () => {
      browser.storage.session
        .get(CALLS_KEY)
        .then((items) => setCalls((items[CALLS_KEY] ?? {}) as TrackedCalls))
        .catch((error: unknown) => console.warn('[aizuchi] calls unreadable:', error));
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && CALLS_KEY in changes) read();
    };
    const readActive = () => {
      browser.tabs
        .query({ active: true, lastFocusedWindow: true })
        .then(([tab]) => setActiveTab(tab?.id))
        .catch(() => setActiveTab(undefined));
    };
    read();
    readActive();
    browser.storage.onChanged.addListener(onChanged);
    browser.tabs.onActivated.addListener(readActive);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      browser.tabs.onActivated.removeListener(readActive);
    };
  }, []);

  return callToShow(calls, activeTab);
}
