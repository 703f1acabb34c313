import { describe, expect, it, vi } from 'vitest';
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

describe('loading a language', () => {
  it('translates only once its messages are loaded, and loads each language once', async () => {
    vi.resetModules(); // a fresh module: the test setup has loaded both languages into the shared one
    const i18n = await import('@/lib/i18n');
    expect(i18n.hasMessages('ja')).toBe(false);
    expect(i18n.translator('ja')('appTitle')).toBe('appTitle'); // the key, never a crash
    const loading = i18n.loadMessages('ja');
    expect(i18n.loadMessages('ja')).toBe(loading);
    await loading;
    expect(i18n.hasMessages('ja')).toBe(true);
    expect(i18n.hasMessages('en')).toBe(false);
    expect(i18n.translator('ja')('notes')).toBe(ja.notes);
  });
});
