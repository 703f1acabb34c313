import { describe, expect, it } from 'vitest';
import { callPhase } from '@/lib/prompts/call-phase';

const min = 60_000;

describe('callPhase', () => {
  it.each([
    [0, 30, 'opening'],
    [4 * min, 30, 'opening'],
    [5 * min, 30, 'middle'],
    [24 * min, 30, 'middle'],
    [25 * min, 30, 'closing'],
    [90 * min, 30, 'closing'],
    [1 * min, 10, 'opening'],
    [2 * min, 10, 'middle'],
    [5 * min, 10, 'closing'],
    [0, 5, 'opening'],
    [5 * min, 5, 'closing'],
    [-3 * min, 30, 'opening'],
  ] as const)('%i ms of %i min → %s', (elapsed, planned, phase) => {
    expect(callPhase(elapsed, planned)).toBe(phase);
  });
});
