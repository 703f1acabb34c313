import type { Lang } from '@/lib/i18n';
import { MAX_PLANNED_MINUTES } from './limits';
import type { AizuchiDB } from './db';

export { MAX_PLANNED_MINUTES };

/** UI language: follow the browser, or a fixed one. */
export type LanguagePreference = 'auto' | Lang;
/** Light and dark: follow the system, or a fixed one. */
export type AppearancePreference = 'system' | 'light' | 'dark';
/** How a copied summary is laid out by default. */
export type SummaryLayout = 'full' | 'actions-first' | 'member';
/** Language of the summary's headings: the panel's, or a fixed one. */
export type HeadingLanguage = 'auto' | Lang;

/** Settings the manager chooses in the settings view. */
export interface PreferenceValues {
  language: LanguagePreference;
  appearance: AppearancePreference;
  /** Planned length given to new sessions, in minutes. */
  defaultPlannedMinutes: number;
  summaryLayout: SummaryLayout;
  summaryHeadingLanguage: HeadingLanguage;
  summaryIncludePrompts: boolean;
}

/** Keys of the settings table and the type each holds. */
export interface SettingValues extends PreferenceValues {
  selectedMemberId: string;
}

export type Preference = keyof PreferenceValues;

/** What a preference is when the manager never set it. */
export const PREFERENCE_DEFAULTS: Readonly<PreferenceValues> = {
  language: 'auto',
  appearance: 'system',
  defaultPlannedMinutes: 30,
  summaryLayout: 'full',
  summaryHeadingLanguage: 'auto',
  summaryIncludePrompts: true,
};

const ALLOWED: { [K in Preference]: (value: unknown) => boolean } = {
  language: (v) => v === 'auto' || v === 'ja' || v === 'en',
  appearance: (v) => v === 'system' || v === 'light' || v === 'dark',
  defaultPlannedMinutes: (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_PLANNED_MINUTES,
  summaryLayout: (v) => v === 'full' || v === 'actions-first' || v === 'member',
  summaryHeadingLanguage: (v) => v === 'auto' || v === 'ja' || v === 'en',
  summaryIncludePrompts: (v) => typeof v === 'boolean',
};

/**
 * A preference, or its default when unset or unusable: a restored backup may carry a
 * value this build does not know, and a bad preference must never break the panel.
 */
export async function getPreference<K extends Preference>(
  db: AizuchiDB,
  key: K,
): Promise<PreferenceValues[K]> {
  const value: unknown = await getSetting(db, key);
  return ALLOWED[key](value) ? (value as PreferenceValues[K]) : PREFERENCE_DEFAULTS[key];
}

export async function getSetting<K extends keyof SettingValues>(
  db: AizuchiDB,
  key: K,
): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingValues[K] | undefined;
}

export async function setSetting<K extends keyof SettingValues>(
  db: AizuchiDB,
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
