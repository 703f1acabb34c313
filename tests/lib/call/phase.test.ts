import { describe, expect, it } from 'vitest';
import { classifyMeet, classifyZoom, type CallPhase, type CallSignals } from '@/lib/call/classify';
import { INITIAL_PHASE, nextPhase } from '@/lib/call/phase';
import { loadPage } from './pages';

const obs = (phase: CallPhase, leave = false, admitted = false, join = false) => ({
  phase,
  signals: { leave, admitted, join } satisfies CallSignals,
});

describe('nextPhase', () => {
  it.each<[CallPhase, ReturnType<typeof obs>, CallPhase]>([
    ['unknown', obs('unknown'), 'unknown'],
    ['unknown', obs('prejoin', false, false, true), 'prejoin'],
    ['unknown', obs('incall', true, true), 'incall'],
    ['prejoin', obs('prejoin', true), 'prejoin'], // asked to join: lobby
    ['prejoin', obs('incall', true, true), 'incall'],
    ['prejoin', obs('unknown'), 'unknown'], // error page or back home: never "ended"
    ['unknown', obs('ended'), 'unknown'], // an "ended" claim without a call is not an end
    ['incall', obs('incall', true, true), 'incall'],
    ['incall', obs('prejoin', true), 'incall'], // tiles gone, leave button kept: re-render
    ['incall', obs('unknown', false, true), 'incall'], // tiles kept, leave button re-rendering
    ['incall', obs('unknown'), 'ended'], // leave button and tiles gone
    ['incall', obs('prejoin', false, false, true), 'ended'], // straight to a green room
    ['incall', obs('ended'), 'ended'],
    ['ended', obs('unknown'), 'ended'],
    ['ended', obs('prejoin', false, false, true), 'prejoin'], // a new call is being joined
    ['ended', obs('incall', true, true), 'incall'], // rejoined
  ])('%s + %o → %s', (previous, observed, expected) => {
    expect(nextPhase(previous, observed)).toBe(expected);
  });

  it('starts from unknown', () => {
    expect(INITIAL_PHASE).toBe('unknown');
  });
});

const walk = (
  pages: Document[],
  classify: (doc: Document) => ReturnType<typeof classifyMeet>,
): CallPhase[] => {
  const phases: CallPhase[] = [];
  let phase = INITIAL_PHASE;
  for (const page of pages) {
    phase = nextPhase(phase, classify(page));
    phases.push(phase);
  }
  return phases;
};

describe('phase over a sequence of saved pages', () => {
  it.each(['en', 'ja'])('T17/T19 Meet (%s): pre-join → lobby → call → ended → new call', (lang) => {
    const names = ['meet-prejoin', 'meet-lobby', 'meet-call', 'meet-ended', 'meet-prejoin', 'meet-call'];
    const pages = names.map((name) => loadPage(`${name}-${lang}.html`));
    expect(walk(pages, classifyMeet)).toEqual(['prejoin', 'prejoin', 'incall', 'ended', 'prejoin', 'incall']);
  });

  it.each(['en', 'ja'])('Meet error page (%s) after pre-join is not an end', (lang) => {
    const pages = ['meet-prejoin', 'meet-error'].map((name) => loadPage(`${name}-${lang}.html`));
    expect(walk(pages, classifyMeet)).toEqual(['prejoin', 'unknown']);
  });

  it.each(['en', 'ja'])(
    'T20 Zoom (%s): pre-join → waiting room → call (in iframe) → ended by host',
    (lang) => {
      const names = ['zoom-prejoin', 'zoom-waiting-room', 'zoom-iframe-inner', 'zoom-ended'];
      const pages = names.map((name) => loadPage(`${name}-${lang}.html`));
      expect(walk(pages, classifyZoom)).toEqual(['prejoin', 'prejoin', 'incall', 'ended']);
    },
  );

  it('T21 landing and home pages never reach "in call"', () => {
    expect(walk([loadPage('meet-landing-en.html'), loadPage('meet-landing-ja.html')], classifyMeet)).toEqual([
      'unknown',
      'unknown',
    ]);
    expect(walk([loadPage('zoom-home-en.html')], classifyZoom)).toEqual(['unknown']);
  });
});
