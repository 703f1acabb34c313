import { useEffect, useState } from 'react';
import type * as kitModule from '@/lib/prompts/kit';
import type { Prompt } from '@/lib/prompts/types';

type PromptKit = typeof kitModule;

let loaded: PromptKit | undefined;
let loading: Promise<PromptKit> | undefined;

/**
 * The built-in catalogue and the engine, loaded once on first use: their ~17 kB (gzip) of
 * bilingual text and ranking rules stay out of the panel's first load, so the panel paints
 * before the prompts arrive.
 */
function loadPromptKit(): Promise<PromptKit> {
  loading ??= import('@/lib/prompts/kit').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined; // a later render may try again
      throw error;
    },
  );
  return loading;
}

/** The built-in catalogue, loaded once. */
export function loadCatalogue(): Promise<readonly Prompt[]> {
  return loadPromptKit().then((kit) => kit.catalogue);
}

/** The catalogue and the engine, or undefined while they load; `error` says why they could not load. */
export function usePromptKit(): { kit: PromptKit | undefined; error: string } {
  const [kit, setKit] = useState(loaded);
  const [error, setError] = useState('');
  useEffect(() => {
    if (kit) return;
    let live = true;
    loadPromptKit()
      .then((k) => {
        if (live) setKit(k);
      })
      .catch((e: unknown) => {
        if (live) setError(String(e));
      });
    return () => {
      live = false;
    };
  }, [kit]);
  return { kit, error };
}
