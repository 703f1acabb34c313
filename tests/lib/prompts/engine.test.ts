import { describe, expect, it } from 'vitest';
import { catalogue } from '@/lib/prompts/catalogue';
import { rankPrompts, suggestPrompts } from '@/lib/prompts/engine';
import type { Mood, Phase, Prompt, PromptContext, Theme, Want } from '@/lib/prompts/types';

const ctx = (over: Partial<PromptContext> = {}): PromptContext => ({
  phase: 'middle',
  recentlyAsked: [],
  openActionCount: 0,
  ...over,
});

const main = (p: Prompt) => p.themes[0];
const receivesEmotion = (p: Prompt) =>
  main(p) === 'emotion' || (main(p) === 'condition' && p.themes.includes('emotion'));
const isFollowUp = (p: Prompt) =>
  main(p) === 'action' && (!p.phases || p.phases.some((ph) => ph !== 'closing'));
const ids = (list: readonly { prompt: Prompt }[]) => list.map((s) => s.prompt.id);

const TOPICS: readonly Theme[] = ['career', 'growth', 'challenge', 'feedback', 'mvv', 'safety'];
const ALL_THEMES: readonly Theme[] = [
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

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function prompt(id: string, themes: Theme[], extra: Partial<Prompt> = {}): Prompt {
  const text = { ja: `質問 ${id}`, en: `Question ${id}` };
  return { id, text, themes, depth: 'light', source: 'test/tiny', ...extra };
}

describe('suggestPrompts: scenarios a coach would agree on', () => {
  const lowMood = TOPICS.flatMap((theme) =>
    ([1, 2] as const).flatMap((mood) =>
      (['opening', 'middle', 'closing'] as const).map((phase) => ({ theme, mood, phase })),
    ),
  );
  it.each(lowMood)('low mood $mood, theme $theme, $phase → receives emotions first', (c) => {
    const [first] = rankPrompts(ctx(c), catalogue);
    expect(first && receivesEmotion(first.prompt)).toBe(true);
    expect(first?.reasonCodes).toContain('low-mood');
  });

  it.each(TOPICS)('mood 4 with theme %s → the theme leads, not emotions', (theme) => {
    const [first] = suggestPrompts(ctx({ mood: 4, theme }), catalogue);
    expect(first && main(first.prompt)).toBe(theme);
  });

  it.each(ALL_THEMES)('theme %s in the middle of the call → the first is on it', (theme) => {
    const result = rankPrompts(ctx({ theme, mood: 3 }), catalogue);
    expect(result[0] && main(result[0].prompt)).toBe(theme);
    expect(result[0]?.reasonCodes).toContain('theme');
  });

  it.each(ALL_THEMES)('theme %s → not three prompts of the same main theme', (theme) => {
    const themes = suggestPrompts(ctx({ theme }), catalogue).map((s) => main(s.prompt));
    expect(themes).toHaveLength(3);
    expect(new Set(themes).size).toBeGreaterThan(1);
    expect(themes.filter((t) => t === theme).length).toBeGreaterThanOrEqual(1);
  });

  const listen = [undefined, ...TOPICS].flatMap((theme) =>
    (['opening', 'middle', 'closing'] as const).map((phase) => ({ theme, phase })),
  );
  it.each(listen)('wants listen, theme $theme, $phase → no feedback or advice prompt', (c) => {
    const result = suggestPrompts(ctx({ ...c, wants: 'listen' }), catalogue);
    expect(result.length).toBeGreaterThan(0);
    for (const { prompt: p } of result) {
      expect(p.themes, p.id).not.toContain('feedback');
      const advisory = !!p.wants && p.wants.includes('advice') && !p.wants.includes('listen');
      expect(advisory, p.id).toBe(false);
    }
  });

  it('wants listen in the middle → receive and help find words', () => {
    const result = suggestPrompts(ctx({ wants: 'listen' }), catalogue);
    for (const { prompt: p } of result.slice(0, 2)) {
      expect(['emotion', 'verbalize']).toContain(main(p));
    }
  });

  it.each([undefined, 'career', 'challenge'] as const)(
    'wants think-together, theme %s → open exploratory questions',
    (theme) => {
      const result = suggestPrompts(ctx({ wants: 'think-together', theme, mood: 4 }), catalogue);
      for (const { prompt: p } of result) {
        expect(['verbalize', 'career', 'growth', 'challenge'], p.id).toContain(main(p));
        expect(p.wants ?? ['think-together'], p.id).toContain('think-together');
      }
    },
  );

  it.each([3, 4, 5] as const)('wants advice, mood %i → feedback and growth lead', (mood) => {
    const result = suggestPrompts(ctx({ wants: 'advice', mood }), catalogue);
    expect(
      result
        .slice(0, 2)
        .map((s) => main(s.prompt))
        .sort(),
    ).toEqual(['feedback', 'growth']);
  });

  const closing = [undefined, ...TOPICS].flatMap((theme) =>
    ([undefined, 3, 5] as const).map((mood) => ({ theme, mood })),
  );
  it.each(closing)('closing phase, theme $theme, mood $mood → takeaways, next steps', (c) => {
    const result = suggestPrompts(ctx({ ...c, phase: 'closing' }), catalogue);
    expect(result).toHaveLength(3);
    for (const { prompt: p } of result) {
      expect(['closing', 'action', 'growth'], p.id).toContain(main(p));
    }
    if (c.theme === 'career') expect(result[0]?.prompt.themes).toContain('career');
  });

  it.each(['opening', 'middle'] as const)('no closing prompt in the %s phase', (phase) => {
    for (const theme of [undefined, ...TOPICS]) {
      const result = suggestPrompts(ctx({ phase, theme }), catalogue);
      expect(result.map((s) => main(s.prompt))).not.toContain('closing');
    }
  });

  it('opening without a theme → a condition check-in first', () => {
    const [first] = suggestPrompts(ctx({ phase: 'opening' }), catalogue);
    expect(first && main(first.prompt)).toBe('condition');
  });

  const actions = (['opening', 'middle'] as const).flatMap((phase) =>
    ([undefined, 'career', 'growth', 'mvv'] as const).flatMap((theme) =>
      ([undefined, 'advice', 'think-together'] as const).map((wants) => ({ phase, theme, wants })),
    ),
  );
  it.each(actions)('open actions, $phase, theme $theme, wants $wants → a follow-up', (c) => {
    const result = rankPrompts(ctx({ ...c, mood: 3, openActionCount: 2 }), catalogue);
    const followUps = result.filter((s) => isFollowUp(s.prompt));
    expect(followUps).toHaveLength(1);
    expect(followUps[0]?.reasonCodes).toContain('open-actions');
    expect(followUps[0]?.reasons.join(' ')).toContain('2 open action items');
  });

  it.each(['opening', 'middle'] as const)('no open actions in the %s → no follow-up', (phase) => {
    const result = suggestPrompts(ctx({ phase }), catalogue);
    expect(result.filter((s) => isFollowUp(s.prompt))).toEqual([]);
  });

  it.each(['exemplary', 'conformist', 'passive', 'alienated', 'pragmatist'] as const)(
    'a %s follower gets at least one prompt written for that type',
    (followerType) => {
      const result = rankPrompts(ctx({ followerType, mood: 3 }), catalogue);
      expect(result.some((s) => s.prompt.followerTypes?.includes(followerType))).toBe(true);
      expect(result.flatMap((s) => s.reasonCodes)).toContain('follower-type');
    },
  );

  it('favourites are a boost, not a must', () => {
    const star = 'mvv-colleague-lived-it';
    expect(ids(suggestPrompts(ctx(), catalogue))).not.toContain(star);
    const boosted = rankPrompts(ctx({ favourites: [star] }), catalogue);
    expect(ids(boosted)).toContain(star);
    expect(boosted.find((s) => s.prompt.id === star)?.reasonCodes).toContain('favourite');
    const low = suggestPrompts(ctx({ favourites: [star], mood: 1, wants: 'listen' }), catalogue);
    expect(low[0] && receivesEmotion(low[0].prompt)).toBe(true);
  });
});

describe('suggestPrompts: recently asked prompts', () => {
  it('never returns an id asked recently, and replaces it', () => {
    const context = ctx({ theme: 'career', mood: 3 });
    const first = ids(suggestPrompts(context, catalogue));
    const second = ids(suggestPrompts({ ...context, recentlyAsked: first }, catalogue));
    expect(second).toHaveLength(3);
    for (const id of second) expect(first).not.toContain(id);
  });

  it('widens to other themes when recentlyAsked removes the whole chosen theme', () => {
    const careerIds = catalogue.filter((p) => main(p) === 'career').map((p) => p.id);
    const result = rankPrompts(ctx({ theme: 'career', recentlyAsked: careerIds }), catalogue);
    expect(result).toHaveLength(3);
    for (const s of result) expect(careerIds).not.toContain(s.prompt.id);
    expect(result[0]?.reasonCodes[0]).toBe('theme-widened');
    expect(result[0]?.prompt.themes).toContain('career');
  });

  it('returns the only prompt left, and [] only when nothing is left at all', () => {
    const all = catalogue.map((p) => p.id);
    const last = all[all.length - 1]!;
    const oneLeft = suggestPrompts(ctx({ recentlyAsked: all.slice(0, -1) }), catalogue);
    expect(ids(oneLeft)).toEqual([last]);
    expect(suggestPrompts(ctx({ recentlyAsked: all }), catalogue)).toEqual([]);
    expect(suggestPrompts(ctx(), [])).toEqual([]);
  });
});

describe('suggestPrompts: contract', () => {
  const moods: readonly (Mood | undefined)[] = [undefined, 1, 3, 5];
  const wants: readonly (Want | undefined)[] = [undefined, 'advice', 'think-together', 'listen'];
  const phases: readonly Phase[] = ['opening', 'middle', 'closing'];
  const contexts = [undefined, ...ALL_THEMES].flatMap((theme) =>
    moods.flatMap((mood) =>
      wants.flatMap((w) => phases.map((phase) => ctx({ theme, mood, wants: w, phase }))),
    ),
  );

  it('holds for every combination of theme, mood, wants and phase', () => {
    const asked = ['emotion-hardest-part', 'career-most-yourself', 'closing-take-away'];
    for (const c of contexts) {
      const result = suggestPrompts({ ...c, recentlyAsked: asked, openActionCount: 1 }, catalogue);
      expect(result.length).toBeGreaterThanOrEqual(1);
      expect(result.length).toBeLessThanOrEqual(3);
      expect(new Set(ids(result)).size).toBe(result.length);
      for (const s of result) {
        expect(asked).not.toContain(s.prompt.id);
        expect(catalogue).toContain(s.prompt);
        expect(s.reasons.length).toBeGreaterThanOrEqual(1);
        for (const r of s.reasons) {
          expect(r.trim()).not.toBe('');
          expect(r).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        }
      }
    }
  });

  it('returns exactly the contract shape', () => {
    for (const s of suggestPrompts(ctx({ theme: 'growth' }), catalogue)) {
      expect(Object.keys(s).sort()).toEqual(['prompt', 'reasons']);
    }
  });

  it('is deterministic: the same input twice gives the same output', () => {
    for (const c of contexts.slice(0, 200)) {
      expect(suggestPrompts(c, catalogue)).toEqual(suggestPrompts(c, catalogue));
    }
    const copy = structuredClone([...catalogue]);
    expect(ids(suggestPrompts(ctx({ mood: 2 }), copy))).toEqual(
      ids(suggestPrompts(ctx({ mood: 2 }), catalogue)),
    );
  });

  it('does not mutate frozen inputs', () => {
    const cat = deepFreeze(structuredClone([...catalogue]));
    const before = JSON.stringify(cat);
    const context = deepFreeze(
      ctx({
        theme: 'career',
        mood: 2,
        wants: 'think-together',
        recentlyAsked: ['career-most-yourself'],
        favourites: ['growth-small-wins'],
        openActionCount: 2,
      }),
    );
    const contextBefore = JSON.stringify(context);
    expect(() => suggestPrompts(context, cat)).not.toThrow();
    expect(() => rankPrompts(context, cat, 10)).not.toThrow();
    expect(JSON.stringify(cat)).toBe(before);
    expect(JSON.stringify(context)).toBe(contextBefore);
  });

  it.each([1, 2, 3, 5, 8])('respects limit %i', (limit) => {
    const result = suggestPrompts(ctx({ theme: 'emotion', mood: 2 }), catalogue, limit);
    expect(result).toHaveLength(limit);
    expect(new Set(ids(result)).size).toBe(limit);
  });

  it('defaults to 3 and treats a limit below 1 as 1', () => {
    expect(suggestPrompts(ctx(), catalogue)).toHaveLength(3);
    expect(suggestPrompts(ctx(), catalogue, 0)).toHaveLength(1);
    expect(suggestPrompts(ctx(), catalogue, -4)).toHaveLength(1);
  });

  it('works with a tiny custom catalogue and returns its own objects', () => {
    const tiny = [
      prompt('mine-career', ['career']),
      prompt('mine-mvv', ['mvv']),
      prompt('mine-career', ['career', 'growth']),
    ];
    const result = suggestPrompts(ctx({ theme: 'mvv' }), tiny, 3);
    expect(ids(result)).toEqual(['mine-mvv', 'mine-career']);
    expect(result[0]?.prompt).toBe(tiny[1]);
    expect(result[1]?.prompt).toBe(tiny[0]);
    for (const s of result) expect(s.reasons.length).toBeGreaterThanOrEqual(1);
  });

  it('falls back to feedback prompts for listen only when nothing else is left', () => {
    const onlyFeedback = [prompt('fb-a', ['feedback']), prompt('fb-b', ['feedback', 'growth'])];
    expect(suggestPrompts(ctx({ wants: 'listen' }), onlyFeedback)).toHaveLength(2);
    const mixed = [...onlyFeedback, prompt('em-a', ['emotion'])];
    expect(ids(suggestPrompts(ctx({ wants: 'listen' }), mixed))).toEqual(['em-a']);
  });

  it('gives a general reason when nothing specific applies', () => {
    const [only] = rankPrompts(ctx(), [prompt('plain', ['mvv'])]);
    expect(only?.reasonCodes).toEqual(['general']);
    expect(only?.reasons).toEqual(['A good open question for any 1on1']);
  });
});
