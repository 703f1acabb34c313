/** Formats a duration in ms as `m:ss`, `mm:ss`, or `h:mm:ss` past an hour; never negative. */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Offset of a stamp into a session, clamped at zero for clocks that moved backwards. */
export function offsetInSession(sessionStart: number, stamp: number): number {
  return Math.max(0, stamp - sessionStart);
}
