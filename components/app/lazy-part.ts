import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A part of the panel whose code loads on first use, and can be asked for ahead. */
export interface LazyPart<P extends object> {
  Part: LazyExoticComponent<ComponentType<P>>;
  /** Starts the load (on hover or focus of what opens the part); a failure shows when it renders. */
  preload: () => void;
}

/**
 * Keeps a part out of the panel's first load. Once `preload` has brought its code, a click
 * renders it in the same frame, without its Suspense fallback: React.lazy reads the thenable
 * it is given, and one that resolves at once does not suspend. Without a preload the
 * fallback shows while the code loads.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (part) => (loaded = part),
      (error: unknown) => {
        loading = undefined; // a later hover or render may try again
        throw error;
      },
    ));
  const Part = lazy(() => {
    const part = loaded;
    if (!part) return start().then((p) => ({ default: p }));
    const now = { then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: part }) };
    return now as unknown as Promise<{ default: ComponentType<P> }>;
  });
  return {
    Part,
    preload: () => {
      start().catch(() => {});
    },
  };
}
