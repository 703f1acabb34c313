import type { Translate } from '@/lib/i18n';

/** True for a full disk, whether the browser's error or Dexie's wrapper around it. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

/** What the manager reads when a note could not be saved; the text always stays in the box. */
export function saveErrorText(t: Translate, error: unknown): string {
  return isQuotaError(error) ? t('saveFailedQuota') : t('saveFailed', { error: String(error) });
}
