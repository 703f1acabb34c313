import { useEffect, useState } from 'react';
import { formatOffset } from '@/lib/time';
import { useI18n } from '../app/i18n-context';
import { useNow } from '../app/use-now';

const WAIT_MS = 20_000;

/** After a deeper question: a quiet count-up reminding the manager to leave the silence to them. */
export function WaitCue({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [since] = useState(() => Date.now());
  const now = useNow(true);
  const elapsed = Math.max(0, now - since);
  useEffect(() => {
    const timer = setTimeout(onDone, WAIT_MS);
    return () => clearTimeout(timer);
  }, [onDone]);
  return (
    <p className="wait-cue" role="timer" aria-live="off">
      {t('waitForWords')} · {formatOffset(elapsed)}
    </p>
  );
}
