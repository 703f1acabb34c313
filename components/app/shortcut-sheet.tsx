import type { MessageKey } from '@/lib/i18n';
import { BrowserShortcuts } from './browser-shortcuts';
import { useI18n } from './i18n-context';

/** In-panel keys and what they do; the browser-wide commands follow, read from the browser. */
const KEYS: readonly (readonly [string, MessageKey])[] = [
  ['Enter', 'key_save'],
  ['Shift+Enter', 'key_newline'],
  ['/a /d /q /p /m', 'key_prefix'],
  ['Escape', 'key_escape'],
  ['N', 'key_focusNote'],
  ['/', 'key_focusSearch'],
  ['Tab / Shift+Tab', 'key_tab'],
  ['Alt+↑ / Alt+↓', 'key_agenda'],
  ['?', 'key_sheet'],
];

/** The shortcut sheet `?` opens. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card shortcut-sheet" role="dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcuts')}</h2>
      <dl>
        {KEYS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('key_ime')}</p>
      <BrowserShortcuts />
      <button type="button" className="secondary" onClick={onClose} autoFocus>
        {t('close')}
      </button>
    </section>
  );
}
