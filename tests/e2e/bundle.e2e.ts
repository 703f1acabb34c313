import { describe, expect, it } from 'vitest';
import { entrySizes } from '../../bench/bundle-sizes';
import { EXTENSION_DIR } from './harness';

// Deterministic, so a test: gzip sizes of the built entries (issue 9, P5). Timings stay in `npm run bench`.
describe('bundle sizes', () => {
  const sizes = entrySizes(EXTENSION_DIR);
  const size = (entry: string) => sizes.find((s) => s.entry === entry);

  // The goal is 130 kB (issue 9, not met yet: 131.2 kB on 2026-11-27 with the Japanese messages,
  // of which React, ReactDOM and Dexie alone are 98 kB). This gate stops growth while the panel
  // is split further.
  it('the panel loads at most 132 kB gzip before its first render, its language included', () => {
    const panel = size('sidepanel');
    expect(
      panel?.files.some((f) => /^chunks\/(en|ja)-/.test(f)),
      'a language chunk is counted',
    ).toBe(true);
    expect(panel?.gzip).toBeLessThanOrEqual(132_000);
  });

  it('each content script stays under 5 kB gzip (no React, no Dexie on the call page)', () => {
    const content = sizes.filter((s) => s.entry.startsWith('content:'));
    expect(content.length).toBeGreaterThan(0);
    for (const s of content) expect(s.gzip, s.entry).toBeLessThanOrEqual(5_000);
  });
});
