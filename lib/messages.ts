import { browser } from 'wxt/browser';
import type { CallPhase } from './call/classify';
import type { CallService } from './call/url';

/** What a call page reports: `none` when the tab left the call's URL (in-page navigation). */
export type ReportedPhase = CallPhase | 'none';

/**
 * Every message the extension's parts send each other. One discriminated union:
 * the background's router validates each against `lib/message-schema.ts`.
 */
export type Message =
  | { type: 'open-panel' }
  | { type: 'call-state'; service: CallService; meetingKey: string; phase: ReportedPhase; title?: string }
  | { type: 'link-call'; tabId: number; memberId: string }
  /** From the quick-note box framed in a call tab: a note for that tab's session. */
  | { type: 'quick-note'; text: string; startedAt: number };

/** The background's answer to a quick note. */
export type QuickNoteReply = { ok: true; offsetMs: number } | { ok: false; reason: 'no-session' };

export type MessageType = Message['type'];

/** Sends a message to the background. Resolves with its reply once it was handled. */
export async function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Messages to a call page's content script (from the background or our own pages). */
export type TabMessage =
  | { type: 'toggle-quick-note' }
  | { type: 'close-quick-note' }
  /** The call runs but no member is linked to it: the chip asks which member it is. */
  | { type: 'ask-member'; asking: boolean };

/** Sends a message to the content script of a tab's top frame. */
export async function sendToTab(tabId: number, message: TabMessage): Promise<void> {
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** Narrows an untrusted value to a message for the content script. */
export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, asking } = value as { type?: unknown; asking?: unknown };
  const keys = Object.keys(value).length;
  if (type === 'ask-member') return keys === 2 && typeof asking === 'boolean';
  return keys === 1 && (type === 'toggle-quick-note' || type === 'close-quick-note');
}
