import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Client } from '@shared/api/clients';
import { NavLink } from '../../app/NavLink';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ExportRecord } from '../record/ExportRecord';
import { searchHref } from '../search/search-route';
import { summaryHref } from '../summary/summary-route';
import { PageHeading } from '../../ui/PageHeading';
import { useClient } from './client-queries';
import { ClientFacts } from './ClientFacts';
import { useDisplayName } from './display-preference';

interface ClientPageProps {
  clientId: string;
  children: (client: Client) => ReactNode;
}

/**
 * A client's heading, key facts and section tabs around one section. The tabs are links (each
 * section has its own address), so they are a navigation landmark with the current page marked;
 * the case summary, a page of its own made for print, is a link beside the heading.
 */
export function ClientPage({ clientId, children }: ClientPageProps) {
  const { t } = useTranslation();
  const client = useClient(clientId);
  const nameOf = useDisplayName();
  if (!client.data) return <ErrorNotice error={client.error} lead="client.loadFailed" />;
  const base = `/clients/${clientId}`;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/clients">{t('client.backToList')}</Link>
      </p>
      <div className="page-header">
        <PageHeading>{nameOf(client.data)}</PageHeading>
        <Link href={searchHref({ clientId })} className="button-quiet button-link">
          {t('search.inClient')}
        </Link>
        <Link href={summaryHref(clientId)} className="button-quiet button-link">
          {t('summary.link')}
        </Link>
        <Link href={`${base}/edit`} className="button-quiet button-link">
          {t('client.edit')}
        </Link>
        <ExportRecord client={client.data} />
      </div>
      <ClientFacts client={client.data} />
      <nav className="tabs" aria-label={t('client.sections')}>
        <NavLink href={base}>{t('client.tab.sessions')}</NavLink>
        <NavLink href={`${base}/formulation`}>{t('client.tab.formulation')}</NavLink>
        <NavLink href={`${base}/attachment`}>{t('client.tab.attachment')}</NavLink>
        <NavLink href={`${base}/alliance`}>{t('client.tab.alliance')}</NavLink>
        <NavLink href={`${base}/documents`}>{t('client.tab.documents')}</NavLink>
        <NavLink href={`${base}/audit`}>{t('client.tab.audit')}</NavLink>
      </nav>
      {children(client.data)}
    </>
  );
}
