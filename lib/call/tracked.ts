import type { CallPhase } from './classify';
import type { CallService } from './url';

/** A call the background knows of, per tab (kept in storage.session across worker restarts). */
export interface TrackedCall {
  tabId: number;
  service: CallService;
  meetingKey: string;
  phase: CallPhase;
  title?: string;
  updatedAt: number;
  /** The session the call runs in, once linked to a member. */
  sessionId?: string;
  memberId?: string;
}

export type TrackedCalls = Record<string, TrackedCall>;

export const CALLS_KEY = 'calls';

/** The call to show: the active tab's, else the most recently updated call tab still open. */
export function callToShow(calls: TrackedCalls, activeTabId: number | undefined): TrackedCall | undefined {
  const active = activeTabId === undefined ? undefined : calls[String(activeTabId)];
  if (active) return active;
  return Object.values(calls).sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/** Text left in a tab's quick-note box, kept in storage.local (the framed box has no database). */
export interface QuickNoteDraft {
  text: string;
  startedAt: number;
}

export function quickNoteDraftKey(tabId: number | undefined): string {
  return `quickNoteDraft:${tabId ?? 'none'}`;
}
