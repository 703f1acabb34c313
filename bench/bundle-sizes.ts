import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  /** Files loaded before the entry runs: the page's module script and its preloads, or the script itself. */
  files: string[];
  gzip: number;
}

const gzipOf = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Scripts an HTML entry loads up front (its module script and modulepreload links). */
function firstChunk(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)];
  return [...new Set(refs.map((m) => m[1]!.replace(/^\//, '')))];
}

/** A language's core messages (lib/i18n/en.ts, ja.ts), not its later parts (en-settings.ts…). */
export const CORE_MESSAGES = /^(en|ja)-(?!settings-)[\w-]+\.js$/;

/**
 * The panel loads its UI language's core messages (chunks/en-*.js or chunks/ja-*.js, lib/i18n)
 * before its first render too: count the larger of the two. The settings view's messages
 * (chunks/en-settings-*.js…) load with that view, later.
 */
function languageChunk(dir: string): string[] {
  const chunks = join(dir, 'chunks');
  if (!existsSync(chunks)) return [];
  const languages = readdirSync(chunks)
    .filter((f) => CORE_MESSAGES.test(f))
    .map((f) => `chunks/${f}`)
    .sort((a, b) => gzipOf(join(dir, b)) - gzipOf(join(dir, a)));
  return languages.slice(0, 1);
}

/** Gzip size (level 9) of each built entry of an extension output directory (e.g. .output/chrome-mv3). */
export function entrySizes(dir: string): EntrySize[] {
  const sizes: EntrySize[] = [];
  for (const html of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const files = [...firstChunk(dir, html), ...(html === 'sidepanel.html' ? languageChunk(dir) : [])];
    sizes.push({
      entry: html.replace('.html', ''),
      files,
      gzip: files.reduce((s, f) => s + gzipOf(join(dir, f)), 0),
    });
  }
  if (existsSync(join(dir, 'background.js')))
    sizes.push({ entry: 'background', files: ['background.js'], gzip: gzipOf(join(dir, 'background.js')) });
  const scripts = join(dir, 'content-scripts');
  if (existsSync(scripts)) {
    for (const f of readdirSync(scripts)
      .filter((f) => f.endsWith('.js'))
      .sort())
      sizes.push({
        entry: `content:${f.replace('.js', '')}`,
        files: [`content-scripts/${f}`],
        gzip: gzipOf(join(scripts, f)),
      });
  }
  return sizes;
}
