import { browser } from 'wxt/browser';
import { isTabMessage, send, type ReportedPhase } from '../messages';
import { createChip } from './chip';
import { closeQuickNote, toggleQuickNote } from './quick-note-frame';
import type { Classification } from './classify';
import { parseCallUrl, type CallRef } from './url';
import { watchCall } from './watch';

export interface FollowOptions {
  win: Window;
  classify: (doc: Document) => Classification;
  /** Show the chip ("Open Aizuchi", "Quick note") and host the quick-note box: the top frame only. */
  chip?: { text: string; label: string; noteText: string; noteLabel: string; whichMember: string };
  /** Whether this frame reports the call (Zoom's outer page leaves it to the client frame). */
  reports?: () => boolean;
  /** The URL that names the call (a client frame may use the top page's). */
  callUrl?: () => string;
}

/**
 * Runs a call page's content script: follows in-page navigations, shows the chip on call
 * URLs, watches the page's phase and reports each change to the background.
 */
export function followCall({ win, classify, chip, reports = () => true, callUrl }: FollowOptions) {
  const doc = win.document;
  const quickNoteUrl = browser.runtime.getURL('/quick-note.html');
  const button = chip
    ? createChip(doc, [
        {
          text: chip.text,
          label: chip.label,
          onClick: () => {
            send({ type: 'open-panel' }).catch(warn);
          },
        },
        { text: chip.noteText, label: chip.noteLabel, onClick: () => toggleQuickNote(doc, quickNoteUrl) },
      ])
    : undefined;
  if (chip) {
    // Only our background and pages may open or close the box (no tab: not another page's script).
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !isTabMessage(message)) return;
      if (message.type === 'close-quick-note') closeQuickNote(doc);
      else if (message.type === 'ask-member') button?.ask(message.asking ? chip.whichMember : null);
      else if (current) toggleQuickNote(doc, quickNoteUrl);
    });
  }
  let current: CallRef | null = null;
  let watcher: { stop(): void } | undefined;

  const report = (ref: CallRef, phase: ReportedPhase, title?: string) => {
    if (!reports()) return;
    send({ type: 'call-state', ...ref, phase, ...(title ? { title } : {}) }).catch(warn);
  };

  const follow = (url: string) => {
    const ref = parseCallUrl(callUrl?.() ?? url);
    button?.setVisible(ref !== null);
    if (ref?.service === current?.service && ref?.meetingKey === current?.meetingKey) return;
    watcher?.stop();
    watcher = undefined;
    if (current && !ref) report(current, 'none');
    current = ref;
    if (ref)
      watcher = watchCall({ doc, classify, onChange: ({ phase, title }) => report(ref, phase, title) });
  };

  follow(win.location.href);
  return { follow, stop: () => watcher?.stop() };
}

function warn(error: unknown): void {
  // The extension was reloaded or updated under the page: nothing to do until the page reloads.
  console.debug('[aizuchi] could not reach the extension:', error);
}
