/** Shared domain types. Every id is a UUID string; every time is an absolute `Date.now()` stamp. */

export type NoteKind = 'note' | 'action' | 'decision' | 'quote' | 'private' | 'moment';

export const NOTE_KINDS: readonly NoteKind[] = [
  'note',
  'action',
  'decision',
  'quote',
  'private',
  'moment',
];

export interface Member {
  id: string;
  name: string;
  createdAt: number;
  archived: boolean;
}

export interface Session {
  id: string;
  memberId: string;
  startedAt: number;
  /** Absent while the session runs. */
  endedAt?: number;
}

export interface AgendaItem {
  id: string;
  memberId: string;
  text: string;
  createdAt: number;
  /** Set when the item was talked about; undiscussed items carry over. */
  discussedAt?: number;
  /** The session the item was discussed in. */
  discussedIn?: string;
}

export interface Note {
  id: string;
  sessionId: string;
  kind: NoteKind;
  text: string;
  createdAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}
