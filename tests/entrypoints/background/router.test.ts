import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createRouter, refusal } from '@/entrypoints/background/router';

const ID = 'ourextensionid';
const meetTab = { id: 7, windowId: 1 } as Browser.tabs.Tab;
const fromMeet = { id: ID, tab: meetTab, url: 'https://meet.google.com/abc-defg-hij', frameId: 0 };

describe('T24 messages from outside are ignored', () => {
  it.each([
    ['another extension', { id: 'someoneelse', tab: meetTab, url: fromMeet.url }],
    ['a page without an id', { tab: meetTab, url: 'https://evil.example/' }],
    ['our script on a non-call page', { id: ID, tab: meetTab, url: 'https://example.com/' }],
    ['a look-alike host', { id: ID, tab: meetTab, url: 'https://meet.google.com.evil.example/abc' }],
    [
      'an extension page (open-panel needs a call tab)',
      { id: ID, url: `chrome-extension://${ID}/sidepanel.html` },
    ],
  ])('%s', (_label, sender) => {
    expect(refusal({ type: 'open-panel' }, sender, ID)).not.toBeNull();
  });

  it('accepts open-panel from a Meet tab', () => {
    expect(refusal({ type: 'open-panel' }, fromMeet, ID)).toBeNull();
  });
});

describe('T25 forged or malformed payloads are rejected and logged', () => {
  it.each([
    ['not an object', 'open-panel'],
    ['null', null],
    ['no type', {}],
    ['unknown type', { type: 'delete-everything' }],
    ['extra keys', { type: 'open-panel', tabId: 1 }],
    ['wrong type of type', { type: 42 }],
    ['prototype pollution', JSON.parse('{"type":"open-panel","__proto__":{"admin":true}}') as unknown],
  ])('%s', (_label, payload) => {
    const handler = vi.fn();
    const log = vi.fn();
    const route = createRouter(ID, { 'open-panel': handler }, log);
    route(payload, fromMeet);
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('[aizuchi] message refused:', 'malformed payload');
  });

  it('dispatches a valid message synchronously, keeping the user gesture', () => {
    const handler = vi.fn();
    const route = createRouter(ID, { 'open-panel': handler }, vi.fn());
    route({ type: 'open-panel' }, fromMeet);
    expect(handler).toHaveBeenCalledWith({ type: 'open-panel' }, fromMeet);
  });
});
