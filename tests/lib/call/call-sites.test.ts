import { describe, expect, it } from 'vitest';
import { isCallSiteUrl } from '@/lib/call/call-sites';

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
