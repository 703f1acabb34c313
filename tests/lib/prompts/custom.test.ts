import { describe, expect, it } from 'vitest';
import { catalogue } from '@/lib/prompts/catalogue';
import { customToPrompt, promptPool } from '@/lib/prompts/custom';
import { rankPrompts } from '@/lib/prompts/engine';
import { THEMES } from '@/lib/prompts/themes';
import type { CustomPrompt } from '@/storage/types';

const custom = (
  id: string,
  text: CustomPrompt['text'],
  origin: CustomPrompt['origin'] = 'manual',
): CustomPrompt => ({
  id,
  text,
  themes: ['mvv'],
  origin,
  createdAt: 1,
});

describe('the manager’s own prompts in the engine', () => {
  it('a prompt written in one language shows in both', () => {
    expect(customToPrompt(custom('a', { ja: '価値観は？', en: '' })).text).toEqual({
      ja: '価値観は？',
      en: '価値観は？',
    });
    expect(customToPrompt(custom('b', { ja: ' ', en: 'Values?' })).text).toEqual({
      ja: 'Values?',
      en: 'Values?',
    });
  });

  it('hidden prompts (forever, or for this member) never reach the engine; favourites are passed on', () => {
    const [a, b, c] = catalogue;
    const { prompts, favourites } = promptPool(
      catalogue,
      [custom('own', { ja: '', en: 'Mine?' })],
      [
        { promptId: a!.id, hidden: true },
        { promptId: b!.id, hiddenFor: ['m1'] },
        { promptId: c!.id, favourite: true },
        { promptId: 'own', favourite: true, hiddenFor: ['m2'] },
      ],
      'm1',
    );
    const ids = prompts.map((p) => p.id);
    expect(ids).not.toContain(a!.id);
    expect(ids).not.toContain(b!.id);
    expect(ids).toContain('own');
    expect(favourites).toEqual([c!.id, 'own']);
    expect(promptPool(catalogue, [], [{ promptId: b!.id, hiddenFor: ['m1'] }], 'm2').prompts).toHaveLength(
      catalogue.length,
    );
  });

  it.each(THEMES)('a prompt of your own is suggested first for its theme (%s)', (theme) => {
    const own = { ...custom('own', { ja: '', en: 'Mine?' }), themes: [theme] };
    const { prompts } = promptPool(catalogue, [own], [], 'm');
    for (const phase of ['opening', 'middle'] as const) {
      const top = rankPrompts({ theme, phase, recentlyAsked: [], openActionCount: 0 }, prompts);
      expect(top.map((s) => s.prompt.id)).toContain('own');
      expect(top.find((s) => s.prompt.id === 'own')?.reasonCodes).toContain('own');
    }
  });

  it.each(THEMES.filter((t) => t !== 'mvv'))('…but not for another theme (%s)', (theme) => {
    const { prompts } = promptPool(catalogue, [custom('own', { ja: '', en: 'Mine?' })], [], 'm');
    const top = rankPrompts({ theme, phase: 'middle', recentlyAsked: [], openActionCount: 0 }, prompts);
    expect(top.map((s) => s.prompt.id)).not.toContain('own');
  });

  it('an imported prompt can be suggested for its theme', () => {
    const imported = { ...custom('imp', { ja: '', en: 'Bank?' }, 'import'), themes: ['career' as const] };
    const { prompts } = promptPool(catalogue, [imported], [], 'm');
    const top = rankPrompts(
      { theme: 'career', phase: 'middle', recentlyAsked: [], openActionCount: 0 },
      prompts,
    );
    expect(top.map((s) => s.prompt.id)).toContain('imp');
  });
});
