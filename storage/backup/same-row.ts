/**
 * Whether two rows hold the same data: plain JSON-like values compared deeply, field
 * order ignored, numbers by `Object.is` (so 0 and -0 differ, as they would once stored).
 * Anything else (a Date, a Map, a field set to undefined on one side only) counts as
 * different: a restore then writes the row, which is always safe.
 */
export function sameRow(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameRow(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let fields = 0;
  for (const key in x) {
    if (!Object.hasOwn(y, key) || !sameRow(x[key], y[key])) return false;
    fields++;
  }
  return fields === Object.keys(y).length;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
