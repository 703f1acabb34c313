import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach } from 'vitest';
import { loadMessages } from '@/lib/i18n';

// The panel loads one language's messages before it renders; tests use both.
await Promise.all([loadMessages('en'), loadMessages('ja')]);

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});

// Dexie live queries resolve outside React's act(); the tests wait for what a person
// would see (findBy*, waitFor) instead, so React's act() warnings are only noise here.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
