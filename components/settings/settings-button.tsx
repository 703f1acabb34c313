import { loadSettingsMessages } from '@/lib/i18n';
import { useI18n } from '../app/i18n-context';
import { useUi } from '../app/ui-store';

export const SETTINGS_BUTTON_ID = 'settings-button';

/** Opens (or closes) the settings view in place of the panel's main content. */
export function SettingsButton() {
  const { t, lang } = useI18n();
  const open = useUi((s) => s.settingsOpen);
  const setOpen = useUi((s) => s.setSettingsOpen);
  return (
    <button
      type="button"
      id={SETTINGS_BUTTON_ID}
      className="secondary small"
      aria-expanded={open}
      aria-controls={open ? 'settings-view' : undefined}
      onClick={() => {
        // The view's messages load side by side with its chunk; the view waits for them and
        // shows a failure itself.
        if (!open) loadSettingsMessages(lang).catch(() => {});
        setOpen(!open);
      }}
    >
      {t('settings')}
    </button>
  );
}
