import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Client, ClientSummary } from '@shared/api/clients';
import type { TranslationKey } from '../../i18n/resources';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeading } from '../../ui/PageHeading';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { formatDateTime } from '../../ui/format-date';
import { useClientList, type ClientListInput } from './client-queries';
import { CLIENT_STATUS_KEYS, CLIENT_STATUSES } from './client-status';
import { useDisplayName } from './display-preference';

type Sort = NonNullable<ClientListInput['sort']>;
const SORT_KEYS: Record<Sort, TranslationKey> = {
  name: 'clients.sortName',
  lastSession: 'clients.sortLastSession',
  status: 'clients.sortStatus',
};
/** Short enough to feel live, long enough not to ask the core for every letter. */
const FILTER_DELAY_MS = 150;

export function ClientsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const [status, setStatus] = useState<Client['status'] | ''>('');
  const settledQuery = useDebouncedValue(query.trim(), FILTER_DELAY_MS);
  const list = useClientList({ query: settledQuery || undefined, sort, status: status || undefined });
  const filtered = settledQuery !== '' || status !== '';

  return (
    <>
      <div className="page-header">
        <PageHeading>{t('clients.title')}</PageHeading>
        <Link href="/clients/new" className="button-primary button-link">
          {t('clients.new')}
        </Link>
      </div>
      <div className="toolbar" role="search">
        <label className="toolbar-field toolbar-grow">
          <span>{t('clients.filter')}</span>
          <input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t('clients.filterPlaceholder')}
          />
        </label>
        <label className="toolbar-field">
          <span>{t('clients.statusFilter')}</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as Client['status'] | '')}>
            <option value="">{t('clients.statusAll')}</option>
            {CLIENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(CLIENT_STATUS_KEYS[value])}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span>{t('clients.sort')}</span>
          <select value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
            {(Object.keys(SORT_KEYS) as Sort[]).map((value) => (
              <option key={value} value={value}>
                {t(SORT_KEYS[value])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice error={list.error} lead="clients.loadFailed" />
      {list.data && list.data.length === 0 && (
        <section className="empty-state">
          <h2>{filtered ? t('clients.noMatchTitle') : t('clients.emptyTitle')}</h2>
          <p>{filtered ? t('clients.noMatchBody') : t('clients.emptyBody')}</p>
        </section>
      )}
      {list.data && list.data.length > 0 && <ClientTable clients={list.data} />}
    </>
  );
}

function ClientTable({ clients }: { clients: ClientSummary[] }) {
  const { t, i18n } = useTranslation();
  const nameOf = useDisplayName();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('clients.tableCaption', { count: clients.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('clients.column.name')}</th>
          <th scope="col">{t('clients.column.status')}</th>
          <th scope="col">{t('clients.column.lastSession')}</th>
          <th scope="col">{t('clients.column.unsigned')}</th>
          <th scope="col">{t('clients.column.tags')}</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => (
          <tr key={client.id}>
            <th scope="row">
              <Link href={`/clients/${client.id}`}>{nameOf(client)}</Link>
            </th>
            <td>
              <span className={`status-badge status-${client.status}`}>{t(CLIENT_STATUS_KEYS[client.status])}</span>
            </td>
            <td>
              {client.lastSessionAt ? formatDateTime(client.lastSessionAt, i18n.language) : t('clients.noSessions')}
            </td>
            <td>{client.unsignedNotes > 0 ? client.unsignedNotes : ''}</td>
            <td className="tags">{client.tags.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
