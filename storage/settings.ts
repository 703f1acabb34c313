import type { AizuchiDB } from './db';

/** Keys of the settings table and the type each holds. */
export interface SettingValues {
  selectedMemberId: string;
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
