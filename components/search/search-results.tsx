import { excerpt } from '@/lib/search/match';
import { parseQuery } from '@/lib/search/query';
import { formatOffset, offsetInSession } from '@/lib/time';
import { setSetting } from '@/storage/settings';
import type { SearchHit, SearchResult } from '@/storage/search';
import { useDb } from '../app/db-context';
import { useI18n } from '../app/i18n-context';
import { useUi } from '../app/ui-store';
import { KindBadge } from '../notes/kind-badge';
import { saveErrorText } from '../notes/save-error';
import { useMemo, useState } from 'react';

interface Props {
  result: SearchResult;
  query: string;
  onOpened: () => void;
}

/** Matching notes with member, date and offset; choosing one opens its member and session. */
export function SearchResults({ result, query, onOpened }: Props) {
  const db = useDb();
  const { t, lang } = useI18n();
  const setViewed = useUi((s) => s.setViewedSession);
  const [error, setError] = useState('');
  // Made once per language and query, not on every render of up to 50 results.
  const date = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }), [lang]);
  const { words } = useMemo(() => parseQuery(query, lang), [query, lang]);

  const open = async (hit: SearchHit) => {
    setViewed(hit.note.sessionId);
    await setSetting(db, 'selectedMemberId', hit.member.id);
    onOpened();
  };

  const describe = (hit: SearchHit) =>
    [
      hit.member.name + (hit.member.archived ? ` (${t('archivedTag')})` : ''),
      date.format(hit.note.createdAt),
      hit.session && formatOffset(offsetInSession(hit.session.startedAt, hit.note.createdAt)),
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <div className="search-results">
      <p className="hint" role="status">
        {result.total === 0
          ? t('searchNone', { query })
          : result.more
            ? t('searchMany', { shown: result.hits.length })
            : t('searchCount', { count: result.total })}
      </p>
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
      {result.hits.length > 0 && (
        <ul aria-label={t('searchResults')}>
          {result.hits.map((hit) => {
            const body = (
              <>
                <span className="meta">{describe(hit)}</span>
                <span className="snippet">
                  <KindBadge kind={hit.note.kind} />
                  {excerpt(hit.note.text, words)}
                </span>
              </>
            );
            return (
              <li key={hit.note.id}>
                {/* An archived member is not in the picker: their notes are shown, not opened. */}
                {hit.member.archived ? (
                  <div className="result">{body}</div>
                ) : (
                  <button
                    type="button"
                    className="result"
                    onClick={() => {
                      open(hit).catch((e: unknown) => setError(saveErrorText(t, e)));
                    }}
                  >
                    {body}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
