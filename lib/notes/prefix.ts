import type { NoteKind } from '@/storage/types';

/** Quick prefixes typed at the start of a note, e.g. `/a ` for an action item. */
export const KIND_PREFIXES: Readonly<Record<string, NoteKind>> = {
  a: 'action',
  d: 'decision',
  q: 'quote',
  p: 'private',
  m: 'moment',
};

// `/a` followed by a space, also as typed through a Japanese IME (／ａ and an ideographic space).
const PREFIX = /^\/([a-z])[ \u3000]/;

/**
 * The kind a quick prefix at the start of the text asks for, and the text without it;
 * null when the text starts with no known prefix.
 */
export function parseKindPrefix(text: string): { kind: NoteKind; text: string } | null {
  const head = text.slice(0, 3).normalize('NFKC').toLowerCase();
  const match = PREFIX.exec(head);
  const kind = match?.[1] === undefined ? undefined : KIND_PREFIXES[match[1]];
  if (!kind) return null;
  return { kind, text: text.slice(3) };
}
