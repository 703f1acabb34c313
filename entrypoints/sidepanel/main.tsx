import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BootContext } from '@/components/app/boot-context';
import { DbContext } from '@/components/app/db-context';
import { ErrorBoundary } from '@/components/app/error-boundary';
import { LangProvider } from '@/components/app/lang-provider';
import { loadMessages, pickLang, translator } from '@/lib/i18n';
import { loadBoot, type BootData } from '@/storage/boot';
import { getDb } from '@/storage/db';
import { App } from './App';
import './style.css';

const db = getDb();
const browserLang = pickLang(navigator.languages);

function render(boot: BootData | null): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DbContext value={db}>
        <BootContext value={boot}>
          <ErrorBoundary
            fallback={(error) => (
              // Only the last-resort message: the panel itself follows the language setting.
              <p role="alert">{translator(browserLang)('loadFailed', { error: error.message })}</p>
            )}
          >
            <LangProvider>
              <App />
            </LangProvider>
          </ErrorBoundary>
        </BootContext>
      </DbContext>
    </StrictMode>,
  );
}

/**
 * Reads the first view and loads the messages of the language it shows before the first
 * render, side by side, so the panel opens complete. If the read fails, the panel renders
 * anyway and its own queries show the problem.
 */
async function start(): Promise<BootData | null> {
  const [boot] = await Promise.all([loadBoot(db).catch(() => null), loadMessages(browserLang)]);
  const chosen = boot?.prefs.language;
  if (chosen && chosen !== 'auto') await loadMessages(chosen);
  return boot;
}

start().then(render, () => render(null));
