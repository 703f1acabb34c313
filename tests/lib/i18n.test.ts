import { describe, expect, it } from 'vitest';
import { pickLang, translator } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { ja } from '@/lib/i18n/ja';

describe('i18n', () => {
  it('has every English key in Japanese, none empty, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ja[key].trim(), key).not.toBe('');
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['en-US', 'ja'], 'en'],
    [['fr-FR', 'ja'], 'ja'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%j → %s', (langs, expected) => {
    expect(pickLang(langs)).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en');
    expect(t('summaryTitle', { member: 'Hana' })).toBe('1on1 with Hana');
    expect(t('summaryTitle')).toBe('1on1 with {member}');
  });
});
