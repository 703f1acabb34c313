import { useLiveQuery } from 'dexie-react-hooks';
import {
  getPreference,
  PREFERENCE_DEFAULTS,
  type Preference,
  type PreferenceValues,
} from '@/storage/settings';
import { useDb } from '../app/db-context';

/**
 * A preference read live from the settings table; its default while loading, when unset,
 * or when reading fails (a preference must never take the panel down).
 */
export function usePreference<K extends Preference>(key: K): PreferenceValues[K] {
  const db = useDb();
  const value = useLiveQuery(
    () => getPreference(db, key).catch((): PreferenceValues[K] => PREFERENCE_DEFAULTS[key]),
    [db, key],
  );
  return value ?? PREFERENCE_DEFAULTS[key];
}
