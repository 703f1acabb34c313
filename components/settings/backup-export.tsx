import { useState } from 'react';
import { backupToJson, exportBackup } from '@/storage/backup';
import { useDb } from '../app/db-context';
import { downloadText, localDay } from '../app/download';
import { useSettingsI18n } from './use-settings-i18n';

/** Downloads everything as `aizuchi-backup-YYYY-MM-DD.json`. */
export function BackupExport() {
  const db = useDb();
  const { t } = useSettingsI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = async () => {
    setBusy(true);
    try {
      const now = Date.now();
      const backup = await exportBackup(db, now);
      const file = `aizuchi-backup-${localDay(now)}.json`;
      downloadText(file, backupToJson(backup), 'application/json');
      const { members, sessions, notes } = backup.counts;
      setMessage({ text: t('backupExported', { file, members, sessions, notes }), error: false });
    } catch (e) {
      setMessage({ text: t('backupExportFailed', { error: String(e) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="settings-action">
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          void run();
        }}
      >
        {t('exportBackup')}
      </button>
      {message && (
        <p className={`message${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
