import { useState } from 'react';
import { useI18n } from './i18n-context';
import { useUi } from './ui-store';

/** Offers to undo the last destructive action. */
export function UndoBar() {
  const { t } = useI18n();
  const undo = useUi((s) => s.undo);
  const setUndo = useUi((s) => s.setUndo);
  const [error, setError] = useState('');
  if (!undo) return null;

  const run = () => {
    undo
      .run()
      .then(() => {
        setUndo(null);
        setError('');
      })
      .catch((e: unknown) => setError(t('saveFailed', { error: String(e) })));
  };

  return (
    <div className="undo-bar" role="status">
      <span>{error || undo.message}</span>
      <button type="button" className="secondary" onClick={run}>
        {t('undo')}
      </button>
      <button type="button" className="icon" aria-label={t('cancel')} onClick={() => setUndo(null)}>
        ×
      </button>
    </div>
  );
}
