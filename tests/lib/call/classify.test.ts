import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyMeet, classifyZoom, hostsZoomClientFrame, type CallPhase } from '@/lib/call/classify';
import { loadPage, pageOf } from './pages';

const TITLE = 'Weekly 1on1 Hanako / Taro';

describe('T19 Meet detection is the same in English and Japanese UI', () => {
  it.each<[string, CallPhase, string | undefined]>([
    ['meet-call', 'incall', undefined], // document.title is "Meet - <code>": no title
    ['meet-prejoin', 'prejoin', TITLE],
    ['meet-prejoin-host', 'prejoin', undefined],
    ['meet-lobby', 'prejoin', TITLE], // leave button without tiles: waiting to be admitted
    ['meet-ended', 'unknown', undefined], // "ended" is a transition (phase.ts), not a page
    ['meet-error', 'unknown', undefined], // real page: h1 r4nke + data-call-ended, no call
    ['meet-landing', 'unknown', undefined],
  ])('%s: %s', (name, phase, title) => {
    const en = classifyMeet(loadPage(`${name}-en.html`));
    const ja = classifyMeet(loadPage(`${name}-ja.html`));
    expect(en.phase).toBe(phase);
    expect(en.title).toBe(title);
    expect(ja).toEqual(en);
  });

  it('every Meet fixture has both an English and a Japanese version', () => {
    const names = readdirSync(join(import.meta.dirname, '../../fixtures/pages')).filter((f) =>
      f.startsWith('meet-'),
    );
    for (const name of names) {
      const other = name.endsWith('-en.html')
        ? name.replace(/-en\.html$/, '-ja.html')
        : name.replace(/-ja\.html$/, '-en.html');
      expect(names, name).toContain(other);
    }
  });
});

describe('Meet classification relies on structure, and on more than one signal', () => {
  const leave = '<button jsname="CQylAd"><i class="google-symbols">call_end</i></button>';
  const tile = '<div data-participant-id="spaces/x/devices/1"></div>';
  it.each<[string, CallPhase, string]>([
    ['leave button and tiles', 'incall', leave + tile],
    [
      'leave button renamed, call_end icon kept',
      'incall',
      '<button jsname="zzzz"><i>call_end</i></button>' + tile,
    ],
    [
      'tiles under the other tile attribute',
      'incall',
      leave + '<div data-tile-media-id="spaces/x/devices/1"></div>',
    ],
    [
      'tiles and media toggles, leave button gone',
      'incall',
      '<button data-is-muted="false"></button>' + tile,
    ],
    [
      'host join control inside a call (Meet tools panel)',
      'incall',
      leave + tile + '<div jsname="z0F4cd"></div>',
    ],
    ['leave button alone (lobby)', 'prejoin', leave],
    ['join wrapper alone', 'prejoin', '<div jsname="Qx7uuf"><button></button></div>'],
    ['media toggles alone (green room)', 'prejoin', '<button data-is-muted="true"></button>'],
    ['tiles alone', 'unknown', tile],
    [
      'exit heading and ended marker alone',
      'unknown',
      '<h1 jsname="r4nke">x</h1><div data-call-ended="true"></div>',
    ],
    ['a call_end icon outside any button', 'unknown', '<i>call_end</i>' + tile],
    ['nothing', 'unknown', '<p>hello</p>'],
  ])('%s → %s', (_, phase, body) => {
    expect(classifyMeet(pageOf('Meet', body)).phase).toBe(phase);
  });
});

describe('Meet title', () => {
  const inCall = '<button jsname="CQylAd"></button><div data-participant-id="spaces/x/devices/1"></div>';
  it.each<[string, string, string | undefined]>([
    ['Meet - 1on1 佐藤 × 田中', '', '1on1 佐藤 × 田中'],
    ['Meet – Weekly sync', '', 'Weekly sync'],
    ['Weekly sync - Google Meet', '', 'Weekly sync'],
    ['Meet - abc-defg-hij', '', undefined],
    ['Google Meet', '', undefined],
    ['Meet', '', undefined],
    ['', '', undefined],
    ['Meet - abc-defg-hij', '<div data-meeting-title="Career talk"></div>', 'Career talk'],
    ['Meet - abc-defg-hij', '<div data-meeting-title="">キャリア面談</div>', 'キャリア面談'],
    ['Meet - Fallback title', '<div data-meeting-title="">  </div>', 'Fallback title'],
    ['Meet - Fallback title', '<div data-meeting-title="abc-defg-hij"></div>', 'Fallback title'],
  ])('%o with %o → %o', (title, extra, expected) => {
    expect(classifyMeet(pageOf(title, inCall + extra)).title).toBe(expected);
  });

  it('is not read on pages that are not a call', () => {
    expect(classifyMeet(pageOf('Meet - Weekly sync', '<p>landing</p>')).title).toBeUndefined();
  });
});

describe('T20 Zoom web-client detection, including the client inside an iframe', () => {
  it.each<[string, CallPhase, string | undefined]>([
    ['zoom-prejoin', 'prejoin', undefined],
    ['zoom-prejoin-classic', 'prejoin', undefined],
    ['zoom-waiting-room', 'prejoin', undefined],
    ['zoom-call', 'incall', TITLE],
    ['zoom-iframe-inner', 'incall', undefined],
    ['zoom-ended', 'unknown', undefined],
  ])('%s: %s, same in English and Japanese', (name, phase, title) => {
    const en = classifyZoom(loadPage(`${name}-en.html`));
    const ja = classifyZoom(loadPage(`${name}-ja.html`));
    expect(en.phase).toBe(phase);
    expect(en.title).toBe(title);
    expect(ja.phase).toBe(phase);
    expect(ja.signals).toEqual(en.signals);
  });

  it('the iframe host page is not itself a call, and says the client is in its frame', () => {
    const host = loadPage('zoom-iframe-host.html');
    expect(classifyZoom(host).phase).toBe('unknown');
    expect(hostsZoomClientFrame(host)).toBe(true);
    expect(hostsZoomClientFrame(loadPage('zoom-call-en.html'))).toBe(false);
  });

  const leave =
    '<div class="footer__leave-btn-container"><button class="footer-button__button"></button></div>';
  it.each<[string, CallPhase, string]>([
    ['leave control and audio menu', 'incall', leave + '<div id="audioOptionMenu"></div>'],
    ['leave control inside #wc-footer (no audio joined)', 'incall', `<div id="wc-footer">${leave}</div>`],
    ['leave control alone', 'unknown', leave],
    ['audio menu alone', 'unknown', '<div id="audioOptionMenu"></div>'],
    ['preview name field alone', 'prejoin', '<input id="input-for-name">'],
    ['classic join button alone', 'prejoin', '<button id="joinBtn"></button>'],
    [
      'in-call signals win over a leftover preview node',
      'incall',
      leave + '<div id="audioOptionMenu"></div><input id="input-for-name">',
    ],
  ])('%s → %s', (_, phase, body) => {
    expect(classifyZoom(pageOf('Zoom', body)).phase).toBe(phase);
  });

  it.each<[string, string | undefined]>([
    ['Weekly sync - Zoom', 'Weekly sync'],
    ['Zoom | 1on1 佐藤', '1on1 佐藤'],
    ['Zoom', undefined],
    ['Zoom Meeting', undefined],
    ['Zoom ミーティング', undefined],
    ['Error - Zoom', undefined],
    ['843 3562 6851 - Zoom', undefined],
  ])('title %o → %o', (title, expected) => {
    const inCall = '<div id="wc-footer"><div class="footer__leave-btn-container"></div></div>';
    expect(classifyZoom(pageOf(title, inCall)).title).toBe(expected);
  });
});

describe('T21 non-call pages of the same sites are not calls', () => {
  it.each([
    ['meet-landing-en.html', classifyMeet],
    ['meet-landing-ja.html', classifyMeet],
    ['zoom-home-en.html', classifyZoom],
  ] as const)('%s → unknown, no title', (name, classify) => {
    expect(classify(loadPage(name))).toEqual({
      phase: 'unknown',
      signals: { leave: false, admitted: false, join: false },
    });
  });

  it('a Zoom page is not a Meet call and a Meet page is not a Zoom call', () => {
    expect(classifyMeet(loadPage('zoom-call-en.html')).phase).toBe('unknown');
    expect(classifyZoom(loadPage('meet-call-en.html')).phase).toBe('unknown');
  });
});
