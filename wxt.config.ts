import { defineConfig } from 'wxt';

// Host access is limited to the call sites; nothing else is ever matched.
// `*.zoom.us` also matches app.zoom.us and zoom.us itself.
export const CALL_SITE_HOSTS = ['https://meet.google.com/*', 'https://*.zoom.us/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Lets parallel work build and test without overwriting each other's extension.
  outDir: process.env.AIZUCHI_OUT_DIR ?? '.output',
  // Explicit imports keep every file readable and testable without generated globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB needs no permission; sidePanel is Chrome's panel (Firefox uses sidebar_action).
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }), // sidePanel.open
    host_permissions: CALL_SITE_HOSTS,
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  }),
});
