import { describe, expect, it } from 'vitest';
import { canonicalCallUrl, isSameCall, parseCallUrl, type CallRef } from '@/lib/call/url';

const meet = (meetingKey: string): CallRef => ({ service: 'meet', meetingKey });
const zoom = (meetingKey: string): CallRef => ({ service: 'zoom', meetingKey });

describe('parseCallUrl', () => {
  it.each<[string, CallRef | null]>([
    // Google Meet calls
    ['https://meet.google.com/abc-defg-hij', meet('abc-defg-hij')],
    ['https://meet.google.com/abc-defg-hij/', meet('abc-defg-hij')],
    ['https://meet.google.com/abc-defg-hij?authuser=1&hs=122&pli=1', meet('abc-defg-hij')],
    ['https://meet.google.com/abc-defg-hij#fragment', meet('abc-defg-hij')],
    ['https://meet.google.com/_meet/abc-defg-hij?authuser=0', meet('abc-defg-hij')],
    ['https://MEET.GOOGLE.COM/abc-defg-hij', meet('abc-defg-hij')],
    ['https://meet.google.com:443/abc-defg-hij', meet('abc-defg-hij')],
    ['https://meet.google.com/lookup/weekly1on1', meet('lookup:weekly1on1')],
    ['https://meet.google.com/lookup/Weekly-1on1?authuser=2', meet('lookup:weekly-1on1')],
    ['https://meet.google.com/_meet/lookup/team_sync', meet('lookup:team_sync')],
    // Meet pages that are not a call
    ['https://meet.google.com/', null],
    ['https://meet.google.com/landing?authuser=0', null],
    ['https://meet.google.com/new', null],
    ['https://meet.google.com/lookup/', null],
    ['https://meet.google.com/lookup/a/b', null],
    ['https://meet.google.com/abc-defg-hij/extra', null],
    ['https://meet.google.com/ABC-DEFG-HIJ', null],
    ['https://meet.google.com/abcdefghij', null],
    ['https://meet.google.com/_meet', null],
    // Zoom web client
    ['https://app.zoom.us/wc/84335626851/join?pwd=abc&fromPWA=1', zoom('84335626851')],
    ['https://app.zoom.us/wc/84335626851/start', zoom('84335626851')],
    ['https://us05web.zoom.us/wc/8433562685/meeting', zoom('8433562685')],
    ['https://zoom.us/wc/join/843356268?pwd=abc', zoom('843356268')],
    ['https://us02web.zoom.us/wc/join/843%20356%202685', zoom('8433562685')],
    ['https://app.zoom.us/wc/843%203562%206851/join/', zoom('84335626851')],
    ['https://zoomgov.com/wc/1612345678/join', zoom('1612345678')],
    ['https://agency.zoomgov.com/wc/join/1612345678', zoom('1612345678')],
    ['https://APP.ZOOM.US/wc/84335626851/join', zoom('84335626851')],
    // Zoom pages that are not a call
    ['https://us05web.zoom.us/j/84335626851?pwd=abc', null],
    ['https://zoom.us/s/84335626851', null],
    ['https://zoom.us/', null],
    ['https://app.zoom.us/wc/home', null],
    ['https://app.zoom.us/wc/84335626851/leave', null],
    ['https://app.zoom.us/wc/84335626851', null],
    ['https://app.zoom.us/wc/12345/join', null],
    ['https://app.zoom.us/wc/84335626851abc/join', null],
    ['https://app.zoom.us/wc/%E0%A4%A/join', null],
    // hostile or wrong origins
    ['http://meet.google.com/abc-defg-hij', null],
    ['http://app.zoom.us/wc/84335626851/join', null],
    ['https://meet.google.com.evil.com/abc-defg-hij', null],
    ['https://evil.com/meet.google.com/abc-defg-hij', null],
    ['https://meet.google.com@evil.com/abc-defg-hij', null],
    ['https://user:pass@meet.google.com/abc-defg-hij', null],
    ['https://meet.google.com:8443/abc-defg-hij', null],
    ['https://zoom.us.evil.example/wc/84335626851/join', null],
    ['https://notzoom.us/wc/84335626851/join', null],
    ['https://evilzoomgov.com/wc/84335626851/join', null],
    ['https://zoomgov.com.evil.example/wc/84335626851/join', null],
    ['https://example.com/?next=https://app.zoom.us/wc/84335626851/join', null],
    ['javascript:alert(1)//meet.google.com/abc-defg-hij', null],
    ['data:text/html,meet.google.com/abc-defg-hij', null],
    ['not a url', null],
    ['', null],
  ])('%s → %o', (url, expected) => {
    expect(parseCallUrl(url)).toEqual(expected);
  });
});

describe('canonicalCallUrl and isSameCall', () => {
  it.each([
    [{ service: 'meet', meetingKey: 'abc-defg-hij' }, 'https://meet.google.com/abc-defg-hij'],
    [{ service: 'meet', meetingKey: 'lookup:team-sync' }, 'https://meet.google.com/lookup/team-sync'],
    [{ service: 'zoom', meetingKey: '81234567890' }, 'https://app.zoom.us/wc/81234567890/join'],
  ] as const)('%j round-trips through its link', (ref, url) => {
    expect(canonicalCallUrl(ref)).toBe(url);
    expect(parseCallUrl(url)).toEqual(ref);
    expect(isSameCall(`${url}?authuser=1`, ref)).toBe(true);
  });

  it('tells different calls apart', () => {
    expect(
      isSameCall('https://meet.google.com/abc-defg-hij', { service: 'meet', meetingKey: 'xyz-defg-hij' }),
    ).toBe(false);
    expect(
      isSameCall('https://us02web.zoom.us/wc/81234567890/join', {
        service: 'meet',
        meetingKey: '81234567890',
      }),
    ).toBe(false);
    expect(isSameCall('not a url', { service: 'meet', meetingKey: 'abc-defg-hij' })).toBe(false);
  });
});
