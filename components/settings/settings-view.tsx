import { use, useEffect, useRef } from 'react';
import { hasMessages, loadSettingsMessages } from '@/lib/i18n';
import { useI18n } from '../app/i18n-context';
import { useUi } from '../app/ui-store';
import { SETTINGS_BUTTON_ID } from './settings-button';
import { BackupExport } from './backup-export';
import { BackupRestore } from './backup-restore';
import { Preferences } from './preferences';
import { QuestionImport } from './question-import';
import { SummaryDefaults } from './summary-defaults';
import { useSettingsI18n } from './use-settings-i18n';

/**
 * Backup and restore, language, look and defaults; Escape or the back button returns to the panel.
 * Its text is a messages part of its own (lib/i18n): the view suspends until that is loaded, inside
 * the Suspense its lazy chunk already waits in, so it never renders a key.
 */
export function SettingsView() {
  const { lang } = useI18n();
  if (!hasMessages(lang, 'settings')) use(loadSettingsMessages(lang));
  return <Settings />;
}

function Settings() {
  const { t } = useSettingsI18n();
  const setOpen = useUi((s) => s.setSettingsOpen);
  const heading = useRef<HTMLHeadingElement>(null);
  const closeRef = useRef<() => void>(() => setOpen(false));

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    const close = () => {
      setOpen(false);
      // The button that opened the view gets the focus back, as after a dialog.
      requestAnimationFrame(() => document.getElementById(SETTINGS_BUTTON_ID)?.focus());
    };
    closeRef.current = close;
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing || e.keyCode === 229) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [setOpen]);

  return (
    <section id="settings-view" className="content settings-view" aria-labelledby="settings-heading">
      <div className="row settings-head">
        <h2 id="settings-heading" className="grow" tabIndex={-1}>
          {t('settings')}
        </h2>
        <button
          type="button"
          className="secondary small"
          aria-keyshortcuts="Escape"
          title={t('closeSettingsHint')}
          onClick={() => closeRef.current()}
        >
          {t('closeSettings')}
        </button>
      </div>
      <section className="card" aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('backupHeading')}</h2>
        <p className="hint">{t('backupHint')}</p>
        <BackupExport />
        <BackupRestore />
      </section>
      <section className="card" aria-labelledby="question-bank-heading">
        <h2 id="question-bank-heading">{t('questionBank')}</h2>
        <p className="hint">{t('questionBankHint')}</p>
        <QuestionImport />
      </section>
      <Preferences />
      <SummaryDefaults />
    </section>
  );
}
