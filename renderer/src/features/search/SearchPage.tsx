import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { SearchKind } from '@shared/api/search';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeading } from '../../ui/PageHeading';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useClientList } from '../clients/client-queries';
import { displayName, useShowPseudonym } from '../clients/display-preference';
import { openHit } from './open-hit';
import { takeSearchDraft } from './search-draft';
import { totalText } from './total-text';
import { useSearchResults, type SearchInput } from './search-queries';
import { SearchHitLine } from './SearchHitLine';

const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 200;
const KINDS: Array<{ kind: SearchKind; label: 'search.kind.note' | 'search.kind.addendum' | 'search.kind.client' }> = [
  { kind: 'note', label: 'search.kind.note' },
  { kind: 'addendum', label: 'search.kind.addendum' },
  { kind: 'client', label: 'search.kind.client' },
];

/** The full search: filters for client, dates and kind, a total, and pages of results. */
export function SearchPage({ clientId: initialClient }: { clientId?: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const ids = { q: useId(), client: useId(), from: useId(), to: useId() };
  const [q, setQ] = useState(takeSearchDraft);
  const [clientId, setClientId] = useState(initialClient ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kinds, setKinds] = useState<SearchKind[]>(['note', 'addendum', 'client']);
  const [page, setPage] = useState(0);
  const settled = useDebouncedValue(q, TYPING_PAUSE_MS);
  const clients = useClientList({ sort: 'name' });
  const showPseudonym = useShowPseudonym();

  const input: SearchInput = {
    q: settled,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    ...(clientId ? { clientId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(kinds.length > 0 && kinds.length < KINDS.length ? { kinds } : {}),
  };
  const results = useSearchResults(input);
  const data = settled.trim() === '' ? undefined : results.data;
  const pages = data ? Math.ceil(data.total / PAGE_SIZE) : 0;
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(0);
  };

  return (
    <>
      <PageHeading>{t('search.title')}</PageHeading>
      <form className="search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.q}>{t('search.query')}</label>
          <input id={ids.q} type="search" value={q} autoFocus onChange={(e) => reset(setQ)(e.target.value)} />
          <p className="field-help">{t('search.help')}</p>
        </div>
        <div className="search-filters">
          <div className="field">
            <label htmlFor={ids.client}>{t('search.filter.client')}</label>
            <select id={ids.client} value={clientId} onChange={(e) => reset(setClientId)(e.target.value)}>
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
            <input id={ids.from} type="date" className="input-date" value={from} onChange={(e) => reset(setFrom)(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.to}>{t('search.filter.to')}</label>
            <input id={ids.to} type="date" className="input-date" value={to} onChange={(e) => reset(setTo)(e.target.value)} />
          </div>
          <fieldset className="field search-kinds">
            <legend>{t('search.filter.kinds')}</legend>
            {KINDS.map(({ kind, label }) => (
              <label key={kind} className="checkbox">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={(e) => reset(setKinds)(e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))}
                />
                {t(label)}
              </label>
            ))}
          </fieldset>
        </div>
      </form>
      <ErrorNotice error={results.error} lead="search.failed" />
      {data && (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" className="search-total" aria-live="polite">
            {totalText(t, data.total)}
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
