import { describe, expect, it } from 'vitest';
import { catalogue } from '@/lib/prompts/catalogue';
import type { FollowerType, Phase, Theme, Want } from '@/lib/prompts/types';

const THEMES: readonly Theme[] = [
  'condition',
  'career',
  'emotion',
  'verbalize',
  'growth',
  'safety',
  'feedback',
  'challenge',
  'engagement',
  'followership',
  'mvv',
  'action',
  'closing',
];
const PHASES: readonly Phase[] = ['opening', 'middle', 'closing'];
const WANTS: readonly Want[] = ['advice', 'think-together', 'listen'];
const FOLLOWER_TYPES: readonly FollowerType[] = [
  'exemplary',
  'conformist',
  'passive',
  'alienated',
  'pragmatist',
];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const byMainTheme = (theme: Theme) => catalogue.filter((p) => p.themes[0] === theme);

describe('catalogue', () => {
  it('holds at least 150 prompts', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['condition', 14],
    ['emotion', 14],
    ['verbalize', 14],
    ['growth', 14],
    ['career', 18],
    ['feedback', 14],
    ['safety', 8],
    ['challenge', 8],
    ['engagement', 8],
    ['followership', 8],
    ['mvv', 8],
    ['action', 8],
    ['closing', 8],
  ] as const)('main theme %s has at least %i prompts', (theme, min) => {
    expect(byMainTheme(theme).length).toBeGreaterThanOrEqual(min);
  });

  it('gives every prompt text in both languages, Japanese really in Japanese', () => {
    for (const p of catalogue) {
      expect(p.text.ja.trim(), p.id).not.toBe('');
      expect(p.text.en.trim(), p.id).not.toBe('');
      expect(p.text.ja, p.id).toMatch(JAPANESE);
      expect(p.text.en, p.id).not.toMatch(JAPANESE);
      expect(p.text.en, p.id).toMatch(/[A-Za-z]{3}/);
    }
  });

  it('has no duplicate texts in either language', () => {
    expect(new Set(catalogue.map((p) => p.text.ja)).size).toBe(catalogue.length);
    expect(new Set(catalogue.map((p) => p.text.en)).size).toBe(catalogue.length);
  });

  it('has unique kebab-case ids prefixed by the main theme', () => {
    expect(new Set(catalogue.map((p) => p.id)).size).toBe(catalogue.length);
    for (const p of catalogue) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(p.id.startsWith(`${p.themes[0]}-`), p.id).toBe(true);
    }
  });

  it('tags each prompt with 1 to 3 distinct, valid themes', () => {
    for (const p of catalogue) {
      expect(p.themes.length, p.id).toBeGreaterThanOrEqual(1);
      expect(p.themes.length, p.id).toBeLessThanOrEqual(3);
      expect(new Set(p.themes).size, p.id).toBe(p.themes.length);
      for (const t of p.themes) expect(THEMES, p.id).toContain(t);
    }
  });

  it('uses only valid optional tags, never empty lists', () => {
    for (const p of catalogue) {
      for (const [list, valid] of [
        [p.phases, PHASES],
        [p.wants, WANTS],
        [p.followerTypes, FOLLOWER_TYPES],
      ] as const) {
        if (list === undefined) continue;
        expect(list.length, p.id).toBeGreaterThan(0);
        expect(new Set(list).size, p.id).toBe(list.length);
        for (const v of list) expect(valid, p.id).toContain(v);
      }
      expect(['light', 'deeper'], p.id).toContain(p.depth);
      expect(p.source, p.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
    }
  });

  it('keeps mood ranges within 1–5 with min ≤ max', () => {
    const withMood = catalogue.filter((p) => p.mood);
    expect(withMood.length).toBeGreaterThan(20);
    for (const p of withMood) {
      const { min, max } = p.mood!;
      expect([1, 2, 3, 4, 5], p.id).toContain(min);
      expect([1, 2, 3, 4, 5], p.id).toContain(max);
      expect(min, p.id).toBeLessThanOrEqual(max);
    }
  });

  it.each(['past', 'present', 'future'])('covers career autonomy: %s', (period) => {
    const career = byMainTheme('career').filter((p) => p.source === `career-autonomy/${period}`);
    expect(career.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FOLLOWER_TYPES)('has followership prompts written for the %s follower', (type) => {
    const tagged = catalogue.filter(
      (p) => p.themes.includes('followership') && p.followerTypes?.includes(type),
    );
    expect(tagged.length).toBeGreaterThanOrEqual(2);
  });

  it('asks about the role the member expects from the manager', () => {
    const expectedRole = catalogue.filter((p) => p.source === 'feedback/expected-role');
    const asking = expectedRole.filter((p) => p.themes[0] === 'feedback');
    expect(asking.length).toBeGreaterThanOrEqual(10);
  });

  it.each(PHASES)('has a prompt receiving low mood (1) in the %s phase', (phase) => {
    const receiving = catalogue.filter(
      (p) =>
        p.themes[0] === 'emotion' && (!p.mood || p.mood.min === 1) && (!p.phases || p.phases.includes(phase)),
    );
    expect(receiving.length).toBeGreaterThanOrEqual(1);
  });

  it('draws on all three techniques of trusted managers', () => {
    for (const source of [
      'three-techniques/receive-emotions',
      'three-techniques/support-verbalisation',
      'three-techniques/wait-for-words',
      'three-techniques/bridge-results-growth',
    ]) {
      expect(catalogue.filter((p) => p.source === source).length, source).toBeGreaterThanOrEqual(4);
    }
  });

  it('is frozen, so no caller can change it for the others', () => {
    expect(Object.isFrozen(catalogue)).toBe(true);
  });
});
