import { useEffect, useState } from 'react';
import type { Prompt } from '@/lib/prompts/types';

let loaded: readonly Prompt[] | undefined;
let loading: Promise<readonly Prompt[]> | undefined;

/**
 * The built-in catalogue, loaded once on first use: its ~25 kB (gzip) of bilingual text
 * stays out of the panel's first chunk, so the panel paints before the prompts arrive.
 */
export function loadCatalogue(): Promise<readonly Prompt[]> {
  loading ??= import('@/lib/prompts/catalogue').then(
    (m) => (loaded = m.catalogue),
    (error: unknown) => {
      loading = undefined; // a later render may try again
      throw error;
    },
  );
  return loading;
}

/** The built-in catalogue, or undefined while it loads; `error` says why it could not load. */
export function useCatalogue(): { catalogue: readonly Prompt[] | undefined; error: string } {
  const [catalogue, setCatalogue] = useState(loaded);
  const [error, setError] = useState('');
  useEffect(() => {
    if (catalogue) return;
    let live = true;
    loadCatalogue()
      .then((c) => {
        if (live) setCatalogue(c);
      })
      .catch((e: unknown) => {
        if (live) setError(String(e));
      });
    return () => {
      live = false;
    };
  }, [catalogue]);
  return { catalogue, error };
}
