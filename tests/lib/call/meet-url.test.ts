import { describe, expect, it } from 'vitest';
import { isCallSiteUrl } from '@/lib/call/call-sites';
import { meetCodeFromUrl } from '@/lib/call/meet-url';

describe('meetCodeFromUrl', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij?authuser=1&hs=122', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij/', 'abc-defg-hij'],
    ['https://meet.google.com/_meet/abc-defg-hij', 'abc-defg-hij'],
    ['https://meet.google.com/lookup/weekly1on1', null],
    ['https://meet.google.com/', null],
    ['https://meet.google.com/landing', null],
    ['https://meet.google.com/abc-defg-hij/extra', null],
    ['https://meet.google.com/ABC-DEFG-HIJ', null],
    ['http://meet.google.com/abc-defg-hij', null],
    ['https://meet.google.com.evil.example/abc-defg-hij', null],
    ['https://example.com/abc-defg-hij', null],
    ['not a url', null],
  ])('%s → %s', (url, code) => {
    expect(meetCodeFromUrl(url)).toBe(code);
  });
});

describe('isCallSiteUrl', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', true],
    ['https://app.zoom.us/wc/123/join', true],
    ['https://us02web.zoom.us/wc/123/join', true],
    ['https://zoom.us/', true],
    ['https://zoomgov.com/wc/1612345678/join', true],
    ['https://agency.zoomgov.com/wc/join/1612345678', true],
    ['https://evilzoomgov.com/', false],
    ['https://zoomgov.com.evil.example/', false],
    ['https://notzoom.us/', false],
    ['https://zoom.us.evil.example/', false],
    ['http://meet.google.com/abc-defg-hij', false],
    ['https://example.com/', false],
    [undefined, false],
    ['::', false],
  ])('%s → %s', (url, expected) => {
    expect(isCallSiteUrl(url)).toBe(expected);
  });
});
