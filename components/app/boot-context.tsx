import { createContext, useContext } from 'react';
import type { BootData } from '@/storage/boot';

/** The first view's data read before the panel rendered (main.tsx); null in tests and on failure. */
export const BootContext = createContext<BootData | null>(null);

export function useBoot(): BootData | null {
  return useContext(BootContext);
}
