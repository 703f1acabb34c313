import { Suspense, useState } from 'react';
import type { Member } from '@/storage/types';
import { useI18n } from '../app/i18n-context';
import { lazyPart } from '../app/lazy-part';

// The profile form loads the first time the section is opened (or the pointer or focus
// reaches its heading), not with the panel.
const profileForm = lazyPart(() => import('./member-profile-form').then((m) => m.MemberProfileForm));

/** The member's profile, archive and delete, folded away; once opened the form stays mounted (edits survive folding). */
export function MemberDetails({ member }: { member: Member }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <details className="card member-details" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary onPointerEnter={profileForm.preload} onFocus={profileForm.preload}>
        {t('memberDetails')}
      </summary>
      {opened && (
        <Suspense
          fallback={
            <p className="hint" aria-busy="true">
              …
            </p>
          }
        >
          <profileForm.Part member={member} />
        </Suspense>
      )}
    </details>
  );
}
