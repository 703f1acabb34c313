import type { Session } from '@/storage/types';
import { useI18n } from '../app/i18n-context';

const LAST = 12;
const W = 240;
const H = 60;
const PAD = 6;

/** Mood (1–5) over the member's last sessions as a small line chart, with a text alternative. */
export function PulseTrend({ sessions }: { sessions: readonly Session[] }) {
  const { t } = useI18n();
  const recent = sessions.slice(0, LAST).reverse();
  const points = recent
    .map((s, i) => ({ i, mood: s.mood }))
    .filter((p): p is { i: number; mood: NonNullable<Session['mood']> } => p.mood !== undefined);
  if (points.length < 2) return null;

  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / Math.max(1, recent.length - 1);
  const y = (mood: number) => H - PAD - ((mood - 1) * (H - 2 * PAD)) / 4;
  const description = t('moodTrendText', {
    count: recent.length,
    values: recent.map((s) => s.mood ?? t('noMood')).join(', '),
  });

  return (
    <figure className="pulse">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description} preserveAspectRatio="none">
        <title>{t('moodTrend')}</title>
        {[1, 3, 5].map((m) => (
          <line key={m} x1={PAD} x2={W - PAD} y1={y(m)} y2={y(m)} className="grid" />
        ))}
        <polyline points={points.map((p) => `${x(p.i)},${y(p.mood)}`).join(' ')} className="line" />
        {points.map((p) => (
          <circle key={p.i} cx={x(p.i)} cy={y(p.mood)} r={3} className={p.mood <= 2 ? 'dot low' : 'dot'} />
        ))}
      </svg>
      <figcaption className="hint">{t('moodTrend')}</figcaption>
    </figure>
  );
}
