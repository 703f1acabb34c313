import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension: one file at a time (one browser per file,
// ~0.5 GB each on a 2-core machine), generous timeouts, no retries hiding flakiness.
export default defineConfig({
  // Tests share bench/'s seed, which imports product modules through the `@` alias.
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['verbose'],
  },
});
