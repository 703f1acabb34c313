import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('T26 manifest snapshot', () => {
  it('asks only for what it uses: the side panel, and the call sites as hosts', () => {
    expect(manifest.permissions).toEqual(['sidePanel', 'storage']);
    expect(manifest.host_permissions).toEqual([
      'https://meet.google.com/*',
      'https://*.zoom.us/*',
      'https://*.zoomgov.com/*',
    ]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest).not.toHaveProperty('externally_connectable');
    // The quick-note box is framed into call pages only.
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['quick-note.html', 'chunks/*', 'assets/*'],
        matches: ['https://meet.google.com/*', 'https://*.zoom.us/*', 'https://*.zoomgov.com/*'],
      },
    ]);
  });

  it('runs no remote code: strict CSP, content scripts only on Meet and the Zoom web client', () => {
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'self'",
    });
    expect(manifest.content_scripts).toEqual([
      { matches: ['https://meet.google.com/*'], run_at: 'document_idle', js: ['content-scripts/meet.js'] },
      {
        matches: ['https://*.zoom.us/wc/*', 'https://*.zoomgov.com/wc/*'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['content-scripts/zoom.js'],
      },
    ]);
  });

  it('is localized in English and Japanese, with the same messages', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    const keys = (lang: string) => {
      const file = join(EXTENSION_DIR, '_locales', lang, 'messages.json');
      return Object.keys(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>).sort();
    };
    expect(keys('ja')).toEqual(keys('en'));
    expect(keys('en')).toEqual(
      expect.arrayContaining(['extName', 'extDescription', 'chipLabel', 'quickNoteLabel']),
    );
  });
});
