import { create } from 'zustand';
import type { NoteKind } from '@/storage/types';

/** UI-only state. Data lives in Dexie and is read with live queries, never copied here. */
export interface Undo {
  message: string;
  run: () => Promise<void>;
}

interface UiState {
  addingMember: boolean;
  /** A past session opened for reading or fixing; null shows the latest. */
  viewedSessionId: string | null;
  setViewedSession: (id: string | null) => void;
  /** The last destructive action, offered for undo until replaced or dismissed. */
  undo: Undo | null;
  setUndo: (undo: Undo | null) => void;
  noteKind: NoteKind;
  includePrivate: boolean;
  setAddingMember: (adding: boolean) => void;
  setNoteKind: (kind: NoteKind) => void;
  setIncludePrivate: (include: boolean) => void;
  /** The settings view replaces the panel's main content while open. */
  settingsOpen: boolean;
  setSettingsOpen: (open: boolean) => void;
}

export const useUi = create<UiState>()((set) => ({
  addingMember: false,
  viewedSessionId: null,
  setViewedSession: (viewedSessionId) => set({ viewedSessionId }),
  undo: null,
  setUndo: (undo) => set({ undo }),
  noteKind: 'note',
  includePrivate: false,
  setAddingMember: (addingMember) => set({ addingMember }),
  setNoteKind: (noteKind) => set({ noteKind }),
  setIncludePrivate: (includePrivate) => set({ includePrivate }),
  settingsOpen: false,
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
}));
