import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach } from 'vitest';
import { loadMessages, loadSettingsMessages } from '@/lib/i18n';

// The panel loads one language's messages before it renders, and the settings view's part
// with that view; tests render any part in both languages.
await Promise.all([loadSettingsMessages('en'), loadSettingsMessages('ja')]);
await Promise.all([loadMessages('en'), loadMessages('ja')]);

// Lazy chunks (settings view, forms) load through the module graph: on a busy 2-core machine
// that takes more than the default 1 s, and a findBy* that gave up then was a false failure.
configure({ asyncUtilTimeout: 4_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});

// Dexie live queries resolve outside React's act(); the tests wait for what a person
// would see (findBy*, waitFor) instead, so React's act() warnings are only noise here.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
