import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DbContext } from '@/components/app/db-context';
import { ErrorBoundary } from '@/components/app/error-boundary';
import { LangContext } from '@/components/app/i18n-context';
import { pickLang, translator } from '@/lib/i18n';
import { getDb } from '@/storage/db';
import { App } from './App';
import './style.css';

const lang = pickLang(navigator.languages);
document.documentElement.lang = lang;
const t = translator(lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangContext value={lang}>
      <DbContext value={getDb()}>
        <ErrorBoundary fallback={(error) => <p role="alert">{t('loadFailed', { error: error.message })}</p>}>
          <App />
        </ErrorBoundary>
      </DbContext>
    </LangContext>
  </StrictMode>,
);
