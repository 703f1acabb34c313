import { defineConfig } from 'wxt';

// Host access is limited to the call sites; nothing else is ever matched.
// `*.zoom.us` also matches app.zoom.us and zoom.us itself; zoomgov.com is Zoom for Government.
export const CALL_SITE_HOSTS = [
  'https://meet.google.com/*',
  'https://*.zoom.us/*',
  'https://*.zoomgov.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Lets parallel work build and test without overwriting each other's extension.
  outDir: process.env.AIZUCHI_OUT_DIR ?? '.output',
  // Explicit imports keep every file readable and testable without generated globals.
  imports: false,
  hooks: {
    // The extension pages' libraries in one chunk instead of several small ones: fewer files
    // before the panel's first render, and better gzip (issue 9, P5).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'sidepanel')) return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      config.build.rolldownOptions.output = {
        ...config.build.rolldownOptions.output,
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|zustand)[\\/]/,
            },
          ],
        },
      };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB needs no permission; sidePanel is Chrome's panel (Firefox uses sidebar_action);
    // storage is for storage.session, where the background keeps the calls open in tabs.
    permissions: browser === 'firefox' ? ['storage'] : ['sidePanel', 'storage'],
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }), // sidePanel.open
    host_permissions: CALL_SITE_HOSTS,
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpenPanel__',
      },
      'quick-note': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandQuickNote__',
      },
      'mark-moment': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandMarkMoment__',
      },
    },
    // The quick-note box is framed into call pages, and only into them.
    web_accessible_resources: [
      { resources: ['quick-note.html', 'chunks/*', 'assets/*'], matches: CALL_SITE_HOSTS },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  }),
});
