import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DbContext } from '@/components/app/db-context';
import { ErrorBoundary } from '@/components/app/error-boundary';
import { LangProvider } from '@/components/app/lang-provider';
import { pickLang, translator } from '@/lib/i18n';
import { getDb } from '@/storage/db';
import { App } from './App';
import './style.css';

// Only for the last-resort message: the panel itself follows the language setting.
const t = translator(pickLang(navigator.languages));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DbContext value={getDb()}>
      <ErrorBoundary fallback={(error) => <p role="alert">{t('loadFailed', { error: error.message })}</p>}>
        <LangProvider>
          <App />
        </LangProvider>
      </ErrorBoundary>
    </DbContext>
  </StrictMode>,
);
