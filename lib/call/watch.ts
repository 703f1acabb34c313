import type { CallPhase, Classification } from './classify';
import { INITIAL_PHASE, nextPhase } from './phase';

export interface CallView {
  phase: CallPhase;
  title?: string;
}

export interface WatchOptions {
  /** The document to observe (the call page, or Zoom's client frame). */
  doc: Document;
  classify: (doc: Document) => Classification;
  onChange: (view: CallView) => void;
  /** Look at most this often, however busy the page is. */
  intervalMs?: number;
}

/**
 * Follows a call page's phase at almost no cost: a mutation only schedules one look (if
 * none is pending), so a page that mutates 50×/s is classified at most once per interval.
 * Reports only changes. No polling: a quiet page costs nothing.
 */
export function watchCall({ doc, classify, onChange, intervalMs = 1_000 }: WatchOptions): { stop(): void } {
  const win = doc.defaultView!;
  let phase: CallPhase = INITIAL_PHASE;
  let title: string | undefined;
  let timer: number | undefined;

  const look = () => {
    timer = undefined;
    const observed = classify(doc);
    const next = nextPhase(phase, observed);
    const nextTitle = observed.title ?? title;
    if (next === phase && nextTitle === title) return;
    phase = next;
    title = nextTitle;
    onChange(title === undefined ? { phase } : { phase, title });
  };

  const schedule = () => {
    timer ??= win.setTimeout(look, intervalMs);
  };
  const observer = new win.MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  // Background tabs throttle timers; coming back to the tab is worth a fresh look.
  doc.addEventListener('visibilitychange', schedule);
  look();

  return {
    stop() {
      observer.disconnect();
      doc.removeEventListener('visibilitychange', schedule);
      if (timer !== undefined) win.clearTimeout(timer);
    },
  };
}
