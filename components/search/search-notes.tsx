import { lazy, Suspense, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';

// The search code and its results load on the first search, not with the panel.
const SearchLive = lazy(() => import('./search-live').then((m) => ({ default: m.SearchLive })));

/** The id of the search box, for the panel's "go to search" key. */
export const SEARCH_BOX_ID = 'search-notes';
const SEARCH_DELAY_MS = 120;

/** Searches the notes of every member, Japanese and English; a result opens its session. */
export function SearchNotes() {
  const { t } = useI18n();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const type = (value: string, now: boolean) => {
    setInput(value);
    clearTimeout(timer.current);
    if (now) setQuery(value);
    else timer.current = setTimeout(() => setQuery(value), SEARCH_DELAY_MS);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || isComposing(event) || !input) return;
    event.preventDefault();
    event.stopPropagation();
    type('', true);
  };

  return (
    <div className="search" role="search">
      <input
        id={SEARCH_BOX_ID}
        type="search"
        aria-label={t('searchNotes')}
        aria-keyshortcuts="/"
        placeholder={t('searchPlaceholder')}
        value={input}
        onChange={(e) => type(e.target.value, false)}
        onKeyDown={onKeyDown}
      />
      {query.trim() && (
        <Suspense fallback={null}>
          <SearchLive query={query} onOpened={() => type('', true)} />
        </Suspense>
      )}
    </div>
  );
}
