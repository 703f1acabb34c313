/** Shared domain types. Every id is a UUID string; every time is an absolute `Date.now()` stamp. */
import type { FollowerType, Theme, Want } from '@/lib/prompts/types';

export type { FollowerType, Theme, Want };

export type NoteKind = 'note' | 'action' | 'decision' | 'quote' | 'private' | 'moment';

export const NOTE_KINDS: readonly NoteKind[] = ['note', 'action', 'decision', 'quote', 'private', 'moment'];

export type Mood = 1 | 2 | 3 | 4 | 5;
/** Who owns an agenda item or an action item. */
export type Owner = 'me' | 'member';

export interface Member {
  id: string;
  name: string;
  createdAt: number;
  archived: boolean;
  /** Set when the manager deleted the member; cleared by undo. Their sessions stay. */
  deletedAt?: number;
  role?: string;
  followerType?: FollowerType;
  /** What they usually want from their manager. */
  usualWant?: Want;
  background?: string;
  /** Call links this member used, so a call can be linked to them (v2). */
  callUrls: string[];
  /** Check-in prepared before the next session; applied when it starts. */
  plan?: CheckIn;
  /**
   * When the member's latest session started (v4), kept by `startSession` and restore, so
   * ordering members by who is due reads no sessions.
   */
  lastMetAt?: number;
}

/** Today's theme, the member's mood and wish, and the planned length of a session. */
export interface CheckIn {
  theme?: Theme;
  mood?: Mood;
  wants?: Want;
  plannedMinutes?: number;
}

export interface Session {
  id: string;
  memberId: string;
  startedAt: number;
  /** Absent while the session runs. */
  endedAt?: number;
  /** Planned length; the call's phase (opening / middle / closing) derives from it (v2). */
  plannedMinutes: number;
  theme?: Theme;
  mood?: Mood;
  wants?: Want;
  /** Prompt ids the manager marked as asked, in order (v2). */
  askedPromptIds: string[];
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
  owner: Owner;
  /** Position in the member's agenda; smaller first (v2). */
  order: number;
}

export interface ActionDetails {
  owner: Owner;
  /** Due day as `YYYY-MM-DD`. */
  due?: string;
  doneAt?: number;
}

export interface Note {
  id: string;
  sessionId: string;
  /** Denormalised from the session so a member's open actions are one index lookup (v2). */
  memberId: string;
  kind: NoteKind;
  text: string;
  createdAt: number;
  editedAt?: number;
  /** Present on action items. */
  action?: ActionDetails;
}

/** Unsent text of a note box, saved as it is typed. */
export interface Draft {
  key: string;
  text: string;
  kind: NoteKind;
  updatedAt: number;
}

/** A prompt the manager wrote or imported; shaped like the catalogue's, for the same engine. */
export interface CustomPrompt {
  id: string;
  text: { ja: string; en: string };
  themes: Theme[];
  origin: 'manual' | 'import';
  createdAt: number;
}

/** The manager's choices about one prompt (catalogue or custom). */
export interface PromptPref {
  promptId: string;
  favourite?: boolean;
  /** Never suggest again. */
  hidden?: boolean;
  /** Members for whom it is never suggested. */
  hiddenFor?: string[];
}

export interface Setting {
  key: string;
  value: unknown;
}
