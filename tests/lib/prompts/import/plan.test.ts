import { describe, expect, it } from 'vitest';
import { guessTheme } from '@/lib/prompts/import/guess-theme';
import { defaultChoice, duplicateKey, knownKeys, planImport, themesFor } from '@/lib/prompts/import/plan';
import type { ImportedQuestion } from '@/lib/prompts/import/types';

const q = (
  row: number,
  text: ImportedQuestion['text'],
  category?: string,
  tags: string[] = [],
): ImportedQuestion => (category === undefined ? { row, text, tags } : { row, text, category, tags });

describe('duplicates by normalised text', () => {
  it.each([
    ['How are you?', 'how are you'],
    ['How  are\nyou ?', 'HOW ARE YOU!'],
    ['最近、どう？', '最近どう?'],
    ['ＡＢＣ？', 'abc'],
  ])('%j is the same question as %j', (a, b) => {
    expect(duplicateKey(a)).toBe(duplicateKey(b));
  });

  it('against known prompts (either language) and earlier rows of the same file', () => {
    const known = knownKeys([{ text: { ja: '調子はどう？', en: 'How are you doing?' } }]);
    const plan = planImport(
      [
        q(1, { en: 'How are you doing' }),
        q(2, { ja: '調子はどう', en: 'Something new?' }),
        q(3, { en: 'New one?' }, 'Career'),
        q(4, { en: 'new one' }, 'Other'),
        q(5, { ja: '新しい？' }),
      ],
      [{ row: 6, reason: 'no-text' }],
      known,
    );
    expect(plan.found).toBe(5);
    expect(plan.fresh.map((x) => x.row)).toEqual([3, 5]);
    expect(plan.duplicates.map((x) => x.row)).toEqual([1, 2, 4]);
    expect(plan.errors).toEqual([{ row: 6, reason: 'no-text' }]);
    expect(plan.categories).toEqual(['Career', '']);
  });
});

describe('themes for imported questions', () => {
  it.each([
    ['Career', 'career'],
    ['キャリア', 'career'],
    ['Psychological safety', 'safety'],
    ['心理的安全性', 'safety'],
    ['Icebreakers', 'condition'],
    ['Feedback for the manager', 'feedback'],
    ['Mission & values', 'mvv'],
    ['engagement', 'engagement'],
    ['mvv', 'mvv'],
    ['Misc', 'auto'],
    ['', 'auto'],
  ])('category %j defaults to %s', (category, choice) => {
    expect(defaultChoice(category)).toBe(choice);
  });

  it('"auto" guesses from the question, else engagement; tags add themes, up to three', () => {
    expect(themesFor(q(1, { en: 'What is your career goal?' }), 'auto')).toEqual(['career']);
    expect(themesFor(q(1, { en: 'Anything on your mind?' }), 'auto')).toEqual(['engagement']);
    expect(themesFor(q(1, { ja: '最近の体調は？' }), 'auto')).toEqual(['condition']);
    expect(themesFor(q(1, { en: 'X?' }, 'c', ['growth', 'safety', 'mvv', 'closing']), 'career')).toEqual([
      'career',
      'growth',
      'safety',
    ]);
    expect(themesFor(q(1, { en: 'X?' }, 'c', ['career', 'unknown']), 'career')).toEqual(['career']);
  });

  it('guessTheme knows nothing of unrelated words', () => {
    expect(guessTheme('lunch menu')).toBeUndefined();
  });
});
