/** Median and 95th percentile (nearest rank) of a sample. */
export function summarize(values: readonly number[]): { median: number; p95: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}

/** Runs `fn` `warmup` times unrecorded, then `runs` times; returns the recorded values. */
export async function sample(
  runs: number,
  warmup: number,
  fn: (i: number) => Promise<number>,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await fn(i));
  return values;
}
