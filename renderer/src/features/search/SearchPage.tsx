import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { SEARCH_KINDS } from '@shared/api/constants';
import type { SearchKind } from '@shared/api/search';
import type { TranslationKey } from '../../i18n/resources';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeading } from '../../ui/PageHeading';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useClientList } from '../clients/client-queries';
import { displayName, useShowPseudonym } from '../clients/display-preference';
import { openHit } from './open-hit';
import { parseSearchRoute, searchHref, type SearchRoute } from './search-route';
import { totalText } from './total-text';
import { useSearchResults, useTotal, type SearchInput } from './search-queries';
import { SearchHitLine } from './SearchHitLine';

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 200;
const KIND_KEYS: Record<SearchKind, TranslationKey> = {
  note: 'search.kind.note',
  addendum: 'search.kind.addendum',
  client: 'search.kind.client',
  formulation: 'search.kind.formulation',
  hypothesis: 'search.kind.hypothesis',
};

/**
 * The full search: filters for client, dates and kind, a total, and pages of results. Everything
 * it shows is in the address (#/search?q=…), so a search can be linked, reloaded and returned to.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const ids = { q: useId(), client: useId(), from: useId(), to: useId() };
  const route = parseSearchRoute(useSearch());
  const { q, clientId, from, to, kinds, page } = route;
  // Typing and filtering replace the address (Back leaves the page, not the last letter); pages push.
  const change = (patch: Partial<SearchRoute>) =>
    navigate(searchHref({ ...route, page: 0, ...patch }), { replace: true });
  const setPage = (next: number) => navigate(searchHref({ ...route, page: next }));
  const settled = useDebouncedValue(q, TYPING_PAUSE_MS);
  const clients = useClientList({});
  const showPseudonym = useShowPseudonym();

  const input: SearchInput = {
    q: settled,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    ...(clientId ? { clientId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(kinds.length > 0 && kinds.length < SEARCH_KINDS.length ? { kinds } : {}),
  };
  const results = useSearchResults(input);
  const data = settled.trim() === '' ? undefined : results.data;
  // An approximate total is shown as such, and counted exactly in the background.
  const { total, approximate } = useTotal(input, data, results.isPlaceholderData);
  const pages = data ? Math.ceil(total / PAGE_SIZE) : 0;

  return (
    <>
      <PageHeading>{t('search.title')}</PageHeading>
      <form className="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.q}>{t('search.query')}</label>
          <input
            id={ids.q}
            type="search"
            autoComplete="off"
            value={q}
            autoFocus
            onChange={(e) => change({ q: e.target.value })}
          />
          <p className="field-help">{t('search.help')}</p>
        </div>
        <div className="search-filters">
          <div className="field">
            <label htmlFor={ids.client}>{t('search.filter.client')}</label>
            <select id={ids.client} value={clientId} onChange={(e) => change({ clientId: e.target.value })}>
              <option value="">{t('search.filter.allClients')}</option>
              {(clients.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {displayName(c, showPseudonym)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.from}>{t('search.filter.from')}</label>
            <input
              id={ids.from}
              type="date"
              className="input-date"
              autoComplete="off"
              value={from}
              onChange={(e) => change({ from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.to}>{t('search.filter.to')}</label>
            <input
              id={ids.to}
              type="date"
              className="input-date"
              autoComplete="off"
              value={to}
              onChange={(e) => change({ to: e.target.value })}
            />
          </div>
          <fieldset className="field search-kinds">
            <legend>{t('search.filter.kinds')}</legend>
            {SEARCH_KINDS.map((kind) => (
              <label key={kind} className="checkbox">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  // Searching no kind at all would find nothing: the last one stays.
                  disabled={kinds.length === 1 && kinds.includes(kind)}
                  onChange={(e) =>
                    change({ kinds: e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind) })
                  }
                />
                {t(KIND_KEYS[kind])}
              </label>
            ))}
          </fieldset>
        </div>
      </form>
      <ErrorNotice error={results.error} lead="search.failed" />
      {data && (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" className="search-total" aria-live="polite">
            {totalText(t, total, approximate)}
          </h2>
          <ol className="search-results">
            {data.hits.map((hit) => (
              <li key={`${hit.kind}:${hit.id}`}>
                <button type="button" className="search-result" onClick={() => openHit(hit, navigate)}>
                  <SearchHitLine hit={hit} />
                </button>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav className="pager" aria-label={t('search.pages')}>
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('search.previous')}
              </button>
              <span>{t('search.pageOf', { page: page + 1, pages })}</span>
              <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t('search.next')}
              </button>
            </nav>
          )}
        </section>
      )}
    </>
  );
}
