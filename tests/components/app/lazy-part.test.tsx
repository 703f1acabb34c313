import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from '@/components/app/lazy-part';

function Sheet({ title }: { title: string }) {
  return <h2>{title}</h2>;
}

/** A load that resolves when the test says so, counting how often it was started. */
function controlledLoad() {
  const calls: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const load = vi.fn(
    () =>
      new Promise<typeof Sheet>((resolve, reject) => {
        calls.push({ resolve: () => resolve(Sheet), reject });
      }),
  );
  return { load, calls };
}

/** Lets every promise already settled run its callbacks. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

const shown = (Part: ReturnType<typeof lazyPart<{ title: string }>>['Part']) =>
  render(
    <Suspense fallback={<p>frame</p>}>
      <Part title="Keyboard shortcuts" />
    </Suspense>,
  );

describe('lazyPart', () => {
  it('loads nothing until asked', () => {
    const { load } = controlledLoad();
    lazyPart(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('once preloaded, renders in the same frame as the click: its fallback never shows', async () => {
    const { load, calls } = controlledLoad();
    const part = lazyPart(load);
    part.preload();
    part.preload(); // a second hover starts no second load
    expect(load).toHaveBeenCalledOnce();
    calls[0]!.resolve();
    await settled();

    shown(part.Part);
    // Synchronously after the render: no wait for a promise, no fallback.
    expect(screen.queryByText('frame')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('without a preload, the fallback holds the place until the code comes', async () => {
    const { load, calls } = controlledLoad();
    const part = lazyPart(load);
    shown(part.Part);
    expect(screen.getByText('frame')).toBeTruthy();
    expect(load).toHaveBeenCalledOnce();
    calls[0]!.resolve();
    expect(await screen.findByRole('heading', { name: 'Keyboard shortcuts' })).toBeTruthy();
    expect(screen.queryByText('frame')).toBeNull();
  });

  it('a preload that failed is tried again by the next one', async () => {
    const { load, calls } = controlledLoad();
    const part = lazyPart(load);
    part.preload();
    calls[0]!.reject(new Error('offline'));
    await settled();
    part.preload();
    expect(load).toHaveBeenCalledTimes(2);
    calls[1]!.resolve();
    await settled();
    shown(part.Part);
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });
});
