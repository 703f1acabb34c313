import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run bench`: one long run in real Chromium; never part of `npm test`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['bench/run.ts'],
    environment: 'node',
    fileParallelism: false,
    reporters: ['default'],
  },
});
