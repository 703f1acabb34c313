import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type KeyboardEvent } from 'react';
import { searchNotes } from '@/storage/search';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { isComposing } from '../app/is-composing';
import { SearchResults } from './search-results';

/** The id of the search box, for the panel's "go to search" key. */
export const SEARCH_BOX_ID = 'search-notes';
const SEARCH_DELAY_MS = 120;

/** Searches the notes of every member, Japanese and English; a result opens its session. */
export function SearchNotes() {
  const db = useDb();
  const { t, lang } = useI18n();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const result = useLiveQuery(async () => {
    if (!query.trim()) return null;
    const start = performance.now();
    const found = await searchNotes(db, query, 50, lang);
    // Read by the e2e run and the benchmark; costs nothing otherwise.
    performance.measure('aizuchi:search', { start, end: performance.now() });
    return found;
  }, [db, query, lang]);

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
      {result && query.trim() && (
        <SearchResults result={result} query={query} onOpened={() => type('', true)} />
      )}
    </div>
  );
}
