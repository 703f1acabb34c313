import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DbContext } from '@/components/app/db-context';
import { LangContext } from '@/components/app/i18n-context';
import type { Lang } from '@/lib/i18n';
import type { AizuchiDB } from '@/storage/db';

/** Renders panel UI with a given database and language, as main.tsx does. */
export function renderPanel(ui: ReactNode, db: AizuchiDB, lang: Lang = 'en') {
  return render(
    <LangContext value={lang}>
      <DbContext value={db}>{ui}</DbContext>
    </LangContext>,
  );
}
