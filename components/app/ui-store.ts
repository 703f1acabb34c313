import { create } from 'zustand';
import type { NoteKind } from '@/storage/types';

/** UI-only state. Data lives in Dexie and is read with live queries, never copied here. */
interface UiState {
  addingMember: boolean;
  noteKind: NoteKind;
  includePrivate: boolean;
  setAddingMember: (adding: boolean) => void;
  setNoteKind: (kind: NoteKind) => void;
  setIncludePrivate: (include: boolean) => void;
}

export const useUi = create<UiState>()((set) => ({
  addingMember: false,
  noteKind: 'note',
  includePrivate: false,
  setAddingMember: (addingMember) => set({ addingMember }),
  setNoteKind: (noteKind) => set({ noteKind }),
  setIncludePrivate: (includePrivate) => set({ includePrivate }),
}));
