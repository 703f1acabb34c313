import { lazy, Suspense, useState } from 'react';
import type { Member } from '@/storage/types';
import { useI18n } from '../app/i18n-context';

// The profile form loads the first time the section is opened, not with the panel.
const MemberProfileForm = lazy(() =>
  import('./member-profile-form').then((m) => ({ default: m.MemberProfileForm })),
);

/** The member's profile, archive and delete, folded away; once opened the form stays mounted (edits survive folding). */
export function MemberDetails({ member }: { member: Member }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <details className="card member-details" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('memberDetails')}</summary>
      {opened && (
        <Suspense fallback={null}>
          <MemberProfileForm member={member} />
        </Suspense>
      )}
    </details>
  );
}
