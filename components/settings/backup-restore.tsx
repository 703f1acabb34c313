import { useId, useState, type ChangeEvent } from 'react';
import {
  restoreBackup,
  type Backup,
  type BackupSummary,
  type ProblemCode,
  type RestoreMode,
} from '@/storage/backup';
import { useDb } from '../app/db-context';
import { useUi } from '../app/ui-store';
import { readBackupFile } from './read-backup-file';
import { useSettingsI18n } from './use-settings-i18n';

type State =
  | { step: 'idle' }
  | { step: 'reading'; percent: number }
  | { step: 'preview'; backup: Backup; summary: BackupSummary }
  | { step: 'restoring'; written: number; total: number }
  | { step: 'done'; summary: BackupSummary }
  | { step: 'refused'; problem: ProblemCode; detail?: string }
  | { step: 'failed'; error: string };

/**
 * Restore from a backup file: read and validate it whole, show what it holds, and write
 * it only after the manager confirms (merge by id, or replace), in one transaction.
 */
export function BackupRestore() {
  const db = useDb();
  const { t, lang } = useSettingsI18n();
  const setViewedSession = useUi((s) => s.setViewedSession);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const modeName = useId();
  const busy = state.step === 'reading' || state.step === 'restoring';
  const progressId = useId();

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Choosing the same file again must fire `change` again.
    e.target.value = '';
    if (!file) return;
    setMode('merge');
    setState({ step: 'reading', percent: 0 });
    readBackupFile(file, (percent) => setState({ step: 'reading', percent }))
      .then((result) => {
        if (result.ok) setState({ step: 'preview', backup: result.backup, summary: result.summary });
        else setState({ step: 'refused', problem: result.problem, detail: result.detail });
      })
      .catch((error: unknown) => setState({ step: 'failed', error: String(error) }));
  };

  const restore = (backup: Backup, summary: BackupSummary) => {
    setState({ step: 'restoring', written: 0, total: 0 });
    restoreBackup(db, backup, mode, ({ written, total }) => setState({ step: 'restoring', written, total }))
      .then(() => {
        setViewedSession(null);
        setState({ step: 'done', summary });
      })
      .catch((error: unknown) => setState({ step: 'failed', error: String(error) }));
  };

  const date = (stamp: number) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(stamp);

  return (
    <div className="settings-action">
      <label className={`file-button${busy ? ' disabled' : ''}`}>
        <input
          type="file"
          accept=".json,application/json"
          aria-label={t('restoreBackup')}
          disabled={busy}
          onChange={choose}
        />
        <span aria-hidden="true">{t('restoreBackup')}</span>
      </label>
      {state.step === 'reading' && (
        <p className="message" role="status">
          {state.percent < 100 ? t('restoreReading', { percent: state.percent }) : t('restoreChecking')}
        </p>
      )}
      {state.step === 'preview' && (
        <div className="confirm restore-preview">
          <p role="status">
            {t('restorePreview', {
              date: date(state.backup.exportedAt),
              members: state.summary.members,
              sessions: state.summary.sessions,
              agenda: state.summary.agendaItems,
              notes: state.summary.notes,
            })}
          </p>
          <fieldset className="choices">
            <legend>{t('restoreMode')}</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <label key={m} className="check">
                <input
                  type="radio"
                  name={modeName}
                  value={m}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />
                {m === 'merge' ? t('restoreMerge') : t('restoreReplace')}
              </label>
            ))}
          </fieldset>
          {mode === 'replace' && <p className="message error">{t('restoreReplaceWarning')}</p>}
          <div className="row">
            <button
              type="button"
              className={mode === 'replace' ? 'danger' : undefined}
              onClick={() => restore(state.backup, state.summary)}
            >
              {t('restoreConfirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setState({ step: 'idle' })}>
              {t('restoreCancel')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'restoring' && (
        <div className="row" role="status">
          <progress max={Math.max(1, state.total)} value={state.written} aria-labelledby={progressId} />
          <span className="message" id={progressId}>
            {t('restoreProgress', { written: state.written, total: state.total })}
          </span>
        </div>
      )}
      {state.step === 'done' && (
        <p className="message" role="status">
          {t('restoreDone', {
            members: state.summary.members,
            sessions: state.summary.sessions,
            notes: state.summary.notes,
          })}
        </p>
      )}
      {state.step === 'refused' && (
        <div role="alert" className="message error">
          <p>{t('restoreRefused', { reason: t(`problem_${state.problem}`) })}</p>
          {state.detail && <p className="hint">{t('restoreDetail', { detail: state.detail })}</p>}
        </div>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="message error">
          {t('restoreFailed', { error: state.error })}
        </p>
      )}
    </div>
  );
}
