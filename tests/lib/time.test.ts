import { describe, expect, it } from 'vitest';
import { formatOffset, offsetInSession } from '@/lib/time';

describe('formatOffset', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [1_000, '0:01'],
    [59_999, '0:59'],
    [60_000, '1:00'],
    [12 * 60_000 + 34_000, '12:34'],
    [59 * 60_000 + 59_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3 * 3_600_000 + 5 * 60_000 + 7_000, '3:05:07'],
    [-5_000, '0:00'],
  ])('%i ms → %s', (ms, expected) => {
    expect(formatOffset(ms)).toBe(expected);
  });
});

describe('offsetInSession (T13)', () => {
  it('is never negative when the clock moved backwards', () => {
    expect(offsetInSession(10_000, 4_000)).toBe(0);
    expect(offsetInSession(10_000, 15_000)).toBe(5_000);
  });
});
