import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build } from 'vite';

/** Builds React + ReactDOM + Dexie alone (bench/floor) for production and returns its gzip size. */
export async function buildFloor(outDir: string): Promise<number> {
  await build({
    configFile: false,
    mode: 'production',
    // Vitest sets NODE_ENV=test; the floor must be React's production build, like the panel's.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    root: import.meta.dirname,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false } },
  });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
}
