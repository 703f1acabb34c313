import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createRouter, refusal, type Handlers } from '@/entrypoints/background/router';

const ID = 'ourextensionid';
const meetTab = { id: 7, windowId: 1 } as Browser.tabs.Tab;
const fromMeet = { id: ID, tab: meetTab, url: 'https://meet.google.com/abc-defg-hij', frameId: 0 };
const fromPanel = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const callState = { type: 'call-state', service: 'meet', meetingKey: 'abc-defg-hij', phase: 'incall' };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'open-panel': vi.fn(),
    'call-state': vi.fn(),
    'link-call': vi.fn(),
    'quick-note': vi.fn(),
    ...overrides,
  };
}

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
    ['call-state with an unknown phase', { ...callState, phase: 'hacked' }],
    ['call-state with a forged key', { ...callState, meetingKey: '../../etc' }],
    ['call-state with a huge title', { ...callState, title: 'x'.repeat(301) }],
    ['call-state from another service', { ...callState, service: 'teams' }],
    ['link-call with a non-UUID member', { type: 'link-call', tabId: 3, memberId: 'me' }],
    ['link-call with a negative tab', { type: 'link-call', tabId: -1, memberId: crypto.randomUUID() }],
    ['quick-note over 20,000 characters', { type: 'quick-note', text: 'あ'.repeat(20_001), startedAt: 1 }],
    ['quick-note with a fractional stamp', { type: 'quick-note', text: 'x', startedAt: 1.5 }],
  ])('%s', (_label, payload) => {
    const handler = vi.fn();
    const log = vi.fn();
    const route = createRouter(ID, handlers({ 'open-panel': handler }), log);
    route(payload, fromMeet, vi.fn());
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('[aizuchi] message refused:', 'malformed payload');
  });

  it('dispatches a valid message synchronously, keeping the user gesture', () => {
    const handler = vi.fn();
    const route = createRouter(ID, handlers({ 'open-panel': handler }), vi.fn());
    expect(route({ type: 'open-panel' }, fromMeet, vi.fn())).toBeUndefined();
    expect(handler).toHaveBeenCalledWith({ type: 'open-panel' }, fromMeet);
  });
});

describe('where each message may come from', () => {
  it('call-state only from a call-site tab, link-call only from our pages', () => {
    const link = { type: 'link-call', tabId: 3, memberId: crypto.randomUUID() };
    expect(refusal(callState, fromMeet, ID)).toBeNull();
    expect(refusal(callState, fromPanel, ID)).not.toBeNull();
    expect(refusal(link, fromPanel, ID)).toBeNull();
    expect(refusal(link, fromMeet, ID)).not.toBeNull();
    expect(refusal(link, { id: ID, url: 'chrome-extension://otherextension/x.html' }, ID)).not.toBeNull();
  });
});

describe('replies', () => {
  it("a handler's promise is sent back to the sender, keeping the channel open", async () => {
    const reply = { ok: true, offsetMs: 1_000 };
    const route = createRouter(ID, handlers({ 'quick-note': () => Promise.resolve(reply) }), vi.fn());
    const sendResponse = vi.fn();
    const quickNote = { type: 'quick-note', text: '資料', startedAt: 5 };
    const fromQuickNote = { id: ID, tab: meetTab, url: `chrome-extension://${ID}/quick-note.html` };
    expect(route(quickNote, fromQuickNote, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(reply));
    // The page itself cannot send one: it is not our page.
    expect(refusal(quickNote, fromMeet, ID)).not.toBeNull();
  });
});
