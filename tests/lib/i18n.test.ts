import { describe, expect, it, vi } from 'vitest';
import { pickLang, translator, type MessageKey, type SettingsKey, type Translate } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { enSettings } from '@/lib/i18n/en-settings';
import { ja } from '@/lib/i18n/ja';
import { jaSettings } from '@/lib/i18n/ja-settings';

type Catalogue = Readonly<Record<string, string>>;
const PARTS: readonly (readonly [string, Catalogue, Catalogue])[] = [
  ['core', en, ja],
  ['settings', enSettings, jaSettings],
];

describe('i18n', () => {
  it.each(PARTS)(
    '%s: has every English key in Japanese, none empty, with the same placeholders',
    (_, en, ja) => {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) {
        expect(ja[key]?.trim(), key).not.toBe('');
        expect(placeholders(ja[key] ?? ''), key).toEqual(placeholders(en[key]!));
      }
    },
  );

  it('keeps each key in one part only', () => {
    expect(Object.keys(enSettings).filter((key) => key in en)).toEqual([]);
  });

  it('types the keys: the core ones for the panel, the settings ones only where asked for', () => {
    const t: Translate = translator('en');
    // @ts-expect-error the first view's t has no settings keys: they load with the settings view
    expect(t('exportBackup')).toBe(enSettings.exportBackup);
    const settings: Translate<MessageKey | SettingsKey> = translator('en');
    expect(settings('exportBackup')).toBe(enSettings.exportBackup);
    // @ts-expect-error a key of no part
    expect(settings('noSuchKey')).toBe('noSuchKey');
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
  it('translates only once its messages are loaded, its settings part only once asked for', async () => {
    vi.resetModules(); // a fresh module: the test setup has loaded every part into the shared one
    const i18n = await import('@/lib/i18n');
    expect(i18n.hasMessages('ja')).toBe(false);
    const t = i18n.translator('ja');
    expect(t('appTitle')).toBe('appTitle'); // the key, never a crash
    await i18n.loadMessages('ja');
    expect(i18n.hasMessages('ja')).toBe(true);
    expect(i18n.hasMessages('en')).toBe(false);
    expect(t('notes')).toBe(ja.notes);
    expect(i18n.hasMessages('ja', 'settings')).toBe(false);
    expect(t('exportBackup')).toBe('exportBackup');
  });

  it('once the settings view has asked for its part, loads it for a language switched to', async () => {
    vi.resetModules();
    const i18n = await import('@/lib/i18n');
    await i18n.loadMessages('en');
    await i18n.loadSettingsMessages('en');
    expect(i18n.translator('en')('exportBackup')).toBe(enSettings.exportBackup);
    await i18n.loadMessages('ja'); // what the panel does when the language setting changes
    expect(i18n.hasMessages('ja', 'settings')).toBe(true);
    expect(i18n.translator('ja')('exportBackup')).toBe(jaSettings.exportBackup);
  });
});
