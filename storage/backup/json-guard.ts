/**
 * Cheap checks on untrusted JSON text, run before (or right after) JSON.parse so that a
 * hostile file is refused fast and without deep recursion anywhere.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether arrays/objects in `text` nest deeper than `maxDepth`. One pass, no recursion,
 * skipping string contents with indexOf. Exact for valid JSON; for invalid JSON the
 * answer does not matter, JSON.parse refuses it next.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      if (end < 0) return false;
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** Index of the quote closing the string opened at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q;
    from = q + 1;
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first `__proto__`, `constructor` or `prototype` key anywhere in a parsed value, or
 * null. JSON.parse turns `"__proto__"` (even written `"\u005f_proto__"`) into an own
 * property, which a later spread or merge could turn into prototype pollution.
 */
export function findForbiddenKey(value: unknown): string | null {
  const stack: object[] = [];
  if (typeof value === 'object' && value !== null) stack.push(value);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const children: unknown[] = Array.isArray(item) ? item : [];
    if (!Array.isArray(item)) {
      for (const key of Object.keys(item)) {
        if (FORBIDDEN_KEYS.has(key)) return key;
        children.push((item as Record<string, unknown>)[key]);
      }
    }
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push(child);
  }
  return null;
}
