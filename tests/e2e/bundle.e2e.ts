import { describe, expect, it } from 'vitest';
import { entrySizes } from '../../bench/bundle-sizes';
import { EXTENSION_DIR } from './harness';

// Deterministic, so a test: gzip sizes of the built entries (issue 9, P5). Timings stay in `npm run bench`.
describe('bundle sizes', () => {
  const sizes = entrySizes(EXTENSION_DIR);
  const size = (entry: string) => sizes.find((s) => s.entry === entry);

  // The goal is 130 kB (issue 9, not met yet: 144 kB on 2026-11-27, of which React, ReactDOM
  // and Dexie alone are 98 kB). This gate stops further growth while the panel is split up.
  it('the panel loads at most 146 kB gzip before its first render', () => {
    expect(size('sidepanel')?.gzip).toBeLessThanOrEqual(146_000);
  });

  it('each content script stays under 5 kB gzip (no React, no Dexie on the call page)', () => {
    const content = sizes.filter((s) => s.entry.startsWith('content:'));
    expect(content.length).toBeGreaterThan(0);
    for (const s of content) expect(s.gzip, s.entry).toBeLessThanOrEqual(5_000);
  });
});
