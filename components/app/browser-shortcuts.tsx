import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { useI18n } from './i18n-context';

/** The browser-wide commands with the keys really bound to them (the user may have changed them). */
export function BrowserShortcuts() {
  const { t } = useI18n();
  const [commands, setCommands] = useState<Browser.commands.Command[]>([]);

  useEffect(() => {
    // A promise chain also catches a browser (or test double) without the commands API.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => setCommands(all.filter((c) => c.name && !c.name.startsWith('_'))))
      .catch(() => setCommands([]));
  }, []);

  const openSettings = () => {
    const url = import.meta.env.BROWSER === 'firefox' ? 'about:addons' : 'chrome://extensions/shortcuts';
    browser.tabs.create({ url }).catch(() => undefined);
  };

  return (
    <>
      <h3>{t('browserShortcuts')}</h3>
      <dl>
        {commands.map((c) => (
          <div key={c.name}>
            <dt>
              <kbd>{c.shortcut || t('shortcutUnset')}</kbd>
            </dt>
            <dd>{c.description}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="link" onClick={openSettings}>
        {t('changeShortcuts')}
      </button>
    </>
  );
}
