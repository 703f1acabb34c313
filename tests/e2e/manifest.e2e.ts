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
    expect(manifest.permissions).toEqual(['sidePanel']);
    expect(manifest.host_permissions).toEqual(['https://meet.google.com/*', 'https://*.zoom.us/*']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('runs no remote code: strict CSP, content scripts only on Meet', () => {
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'self'",
    });
    expect(manifest.content_scripts).toEqual([
      { matches: ['https://meet.google.com/*'], run_at: 'document_idle', js: ['content-scripts/meet.js'] },
    ]);
  });

  it('is localized in English and Japanese', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    for (const lang of ['en', 'ja']) {
      const file = join(EXTENSION_DIR, '_locales', lang, 'messages.json');
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(Object.keys(messages).sort()).toEqual([
        'actionTitle',
        'chipLabel',
        'chipText',
        'commandOpenPanel',
        'extDescription',
        'extName',
      ]);
    }
  });
});
