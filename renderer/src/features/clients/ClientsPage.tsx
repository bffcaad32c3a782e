import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Client, ClientSummary } from '@shared/api/clients';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeading } from '../../ui/PageHeading';
import { ImportRecord } from '../record/ImportRecord';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { formatDateTime } from '../../ui/format-date';
import { useClientList } from './client-queries';
import { CLIENT_STATUS_KEYS, CLIENT_STATUSES } from './client-status';
import { useDisplayName } from './display-preference';

/** Short enough to feel live, long enough not to ask the core for every letter. */
const FILTER_DELAY_MS = 150;

export function ClientsPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Client['status'] | ''>('');
  const settledQuery = useDebouncedValue(query.trim(), FILTER_DELAY_MS);
  const list = useClientList({ query: settledQuery || undefined, status: status || undefined });
  const filtered = settledQuery !== '' || status !== '';

  return (
    <>
      <div className="page-header">
        <PageHeading>{t('clients.title')}</PageHeading>
        <ImportRecord />
        <Link href="/clients/new" className="button-primary button-link">
          {t('clients.new')}
        </Link>
      </div>
      <div className="toolbar" role="search">
        <label className="toolbar-field toolbar-grow">
          <span>{t('clients.filter')}</span>
          <input
            type="search"
            autoComplete="off"
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
      </div>
      <ErrorNotice error={list.error} lead="clients.loadFailed" />
      {list.data && (
        <ClientTable
          clients={list.data}
          empty={
            <section className="empty-state">
              <h2>{filtered ? t('clients.noMatchTitle') : t('clients.emptyTitle')}</h2>
              <p>{filtered ? t('clients.noMatchBody') : t('clients.emptyBody')}</p>
            </section>
          }
        />
      )}
    </>
  );
}

function ClientTable({ clients, empty }: { clients: ClientSummary[]; empty: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const nameOf = useDisplayName();
  const columns: Column<ClientSummary>[] = [
    {
      id: 'name',
      header: t('clients.column.name'),
      rowHeader: true,
      sortValue: nameOf,
      cell: (client) => <Link href={`/clients/${client.id}`}>{nameOf(client)}</Link>,
    },
    {
      id: 'status',
      header: t('clients.column.status'),
      sortValue: (client) => CLIENT_STATUSES.indexOf(client.status),
      cell: (client) => (
        <span className={`status-badge status-${client.status}`}>{t(CLIENT_STATUS_KEYS[client.status])}</span>
      ),
    },
    {
      id: 'lastSession',
      header: t('clients.column.lastSession'),
      sortValue: (client) => client.lastSessionAt,
      firstDirection: 'descending',
      cell: (client) =>
        client.lastSessionAt ? formatDateTime(client.lastSessionAt, i18n.language) : t('clients.noSessions'),
    },
    {
      id: 'unsigned',
      header: t('clients.column.unsigned'),
      sortValue: (client) => client.unsignedNotes || null,
      firstDirection: 'descending',
      cell: (client) => (client.unsignedNotes > 0 ? client.unsignedNotes : ''),
    },
    {
      id: 'tags',
      header: t('clients.column.tags'),
      cellClassName: () => 'tags',
      cell: (client) => client.tags.join(', '),
    },
  ];
  return (
    <DataTable
      rows={clients}
      columns={columns}
      rowKey={(client) => client.id}
      caption={t('clients.tableCaption', { count: clients.length })}
      defaultSort={{ column: 'name', direction: 'ascending' }}
      onOpen={(client) => navigate(`/clients/${client.id}`)}
      empty={empty}
    />
  );
}
