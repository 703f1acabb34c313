import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyMeet } from '@/lib/call/classify';
import { watchCall, type CallView } from '@/lib/call/watch';

const IN_CALL =
  '<div data-participant-id="spaces/a/devices/1"></div><button jsname="CQylAd"><i>call_end</i></button>';

beforeEach(() => {
  vi.useFakeTimers();
  document.title = 'Meet - 1on1';
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
});

const settle = async () => {
  await vi.advanceTimersByTimeAsync(1_000);
};

describe('watchCall', () => {
  it('reports joining and leaving as phase changes, once each (T17)', async () => {
    const views: CallView[] = [];
    const watcher = watchCall({ doc: document, classify: classifyMeet, onChange: (v) => views.push(v) });
    document.body.innerHTML = IN_CALL;
    await settle();
    document.body.innerHTML = IN_CALL; // re-rendered, same phase: no report
    await settle();
    document.body.innerHTML = '<h1>left</h1>';
    await settle();
    expect(views).toEqual([
      { phase: 'incall', title: '1on1' },
      { phase: 'ended', title: '1on1' },
    ]);
    watcher.stop();
  });

  it('T22 a page mutating 50×/s is classified at most once a second', async () => {
    const classify = vi.fn(classifyMeet);
    const watcher = watchCall({ doc: document, classify, onChange: () => {} });
    classify.mockClear();
    for (let i = 0; i < 100; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(classify.mock.calls.length).toBeLessThanOrEqual(2);
    expect(classify.mock.calls.length).toBeGreaterThanOrEqual(1);
    watcher.stop();
  });

  it('a quiet page costs nothing: no look without a mutation', async () => {
    const classify = vi.fn(classifyMeet);
    const watcher = watchCall({ doc: document, classify, onChange: () => {} });
    classify.mockClear();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(classify).not.toHaveBeenCalled();
    watcher.stop();
  });
});
