import type { Member, Owner } from '@/storage/types';
import { useI18n } from '../app/i18n-context';

/** Whose topic an item is: the manager's or the member's. */
export function OwnerSelect({
  member,
  value,
  onChange,
}: {
  member: Member;
  value: Owner;
  onChange: (owner: Owner) => void;
}) {
  const { t } = useI18n();
  return (
    <select aria-label={t('whoseTopic')} value={value} onChange={(e) => onChange(e.target.value as Owner)}>
      <option value="me">{t('ownerMe')}</option>
      <option value="member">{member.name}</option>
    </select>
  );
}
