/**
 * Whether two rows hold the same data: plain JSON-like values compared deeply, field
 * order ignored, numbers by `Object.is` (so 0 and -0 differ, as they would once stored).
 * `ignore` names a top-level field left out of the comparison. Anything else (a Date, a
 * Map, a field set to undefined on one side only) counts as different: a restore then
 * writes the row, which is always safe.
 */
export function sameRow(stored: unknown, row: unknown, ignore?: string): boolean {
  return same(stored, row, ignore);
}

function same(a: unknown, b: unknown, ignore?: string): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let fields = 0;
  for (const key in x) {
    if (key === ignore) continue;
    if (!Object.hasOwn(y, key) || !same(x[key], y[key])) return false;
    fields++;
  }
  for (const key in y) if (key !== ignore) fields--;
  return fields === 0;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
