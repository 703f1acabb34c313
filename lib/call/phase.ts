import type { CallPhase, Classification } from './classify';

/** The initial phase, before anything was observed. */
export const INITIAL_PHASE: CallPhase = 'unknown';

/**
 * The call's phase after an observation. "ended" is a transition, never read off one page:
 * exit, error and green-room screens share their markers, so only leaving a call counts.
 */
export function nextPhase(
  previous: CallPhase,
  observed: Pick<Classification, 'phase' | 'signals'>,
): CallPhase {
  if (observed.phase === 'incall') return 'incall';
  if (previous === 'incall') {
    // Either call signal still there (tiles re-rendering, a layout switch, a reconnect): still in the call.
    return observed.signals.leave || observed.signals.admitted ? 'incall' : 'ended';
  }
  if (previous === 'ended') return observed.phase === 'prejoin' ? 'prejoin' : 'ended';
  // Without having been in a call, an exit-like page is not an end (error page, left the lobby).
  return observed.phase === 'ended' ? 'unknown' : observed.phase;
}
