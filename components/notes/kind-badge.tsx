import type { NoteKind } from '@/storage/types';
import { useI18n } from '../app/i18n-context';

const ICONS: Record<NoteKind, string> = {
  note: '•',
  action: '☐',
  decision: '◆',
  quote: '❝',
  private: '🔒',
  moment: '⚑',
};

/** A note's kind as icon and text, so it never relies on colour alone. */
export function KindBadge({ kind }: { kind: NoteKind }) {
  const { t } = useI18n();
  if (kind === 'note') return null;
  return (
    <span className={`badge kind-${kind}`}>
      <span aria-hidden="true">{ICONS[kind]} </span>
      {t(`kind_${kind}`)}
    </span>
  );
}
