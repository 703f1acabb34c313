import type { Phase } from './types';

const MINUTE = 60_000;

/**
 * The phase of a call from its elapsed time and planned length: the first minutes (at most
 * a fifth of the plan) open, the last five minutes close, the rest is the middle.
 */
export function callPhase(elapsedMs: number, plannedMinutes: number): Phase {
  const planned = Math.max(1, plannedMinutes) * MINUTE;
  const closingFrom = planned > 5 * MINUTE ? planned - 5 * MINUTE : planned;
  if (elapsedMs >= closingFrom) return 'closing';
  if (elapsedMs < Math.min(5 * MINUTE, planned / 5)) return 'opening';
  return 'middle';
}
