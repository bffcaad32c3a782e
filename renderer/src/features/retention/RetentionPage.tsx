import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RetentionStatus } from '@shared/api/retention';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate, formatDateTime } from '../../ui/format-date';
import { PageHeading } from '../../ui/PageHeading';
import { useLanguage } from '../attachment/use-language';
import { useDisplayName } from '../clients/display-preference';
import { showToast } from '../../ui/toast-store';
import { COUNTRY_KEYS } from './RetentionSettingsForm';
import { EraseClientDialog } from './EraseClientDialog';
import { useRetentionReview } from './retention-queries';

/**
 * The records past the practice's retention period, for the clinician to review (DOMAIN.md §6):
 * each may be kept or erased. Below, the erasures made so far: when, and on what ground.
 */
export function RetentionPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = useDisplayName();
  const review = useRetentionReview();
  const [erasing, setErasing] = useState<string | null>(null);

  const columns: Column<RetentionStatus>[] = [
    {
      id: 'client',
      header: t('retention.column.client'),
      rowHeader: true,
      cell: (r) => <Link href={`/clients/${r.clientId}`}>{nameOf(r)}</Link>,
      sortValue: (r) => nameOf(r),
    },
    {
      id: 'last',
      header: t('retention.column.lastEntry'),
      cell: (r) => formatDate(r.lastEntryAt, language),
      sortValue: (r) => r.lastEntryAt,
    },
    {
      id: 'ends',
      header: t('retention.column.ended'),
      cell: (r) => formatDate(r.retentionEndsAt, language),
      sortValue: (r) => r.retentionEndsAt,
    },
    {
      id: 'erase',
      header: t('retention.column.action'),
      cell: (r) => (
        <button type="button" className="button-quiet" onClick={() => setErasing(r.clientId)}>
          {t('retention.erase', { name: nameOf(r) })}
        </button>
      ),
    },
  ];

  return (
    <>
      <PageHeading>{t('retention.title')}</PageHeading>
      {review.isError && <ErrorNotice error={review.error} lead="retention.loadFailed" />}
      {review.data && (
        <>
          <section className="panel">
            <p>
              {t('retention.period', { country: t(COUNTRY_KEYS[review.data.country]), years: review.data.years })}{' '}
              <Link href="/settings">{t('retention.changePeriod')}</Link>
            </p>
            <DataTable
              rows={review.data.due}
              columns={columns}
              rowKey={(r) => r.clientId}
              caption={t('retention.caption')}
              empty={<p>{t('retention.empty')}</p>}
            />
          </section>
          <section className="panel" aria-labelledby="erasures-title">
            <h2 id="erasures-title">{t('retention.erasuresTitle')}</h2>
            {review.data.erasures.length === 0 ? (
              <p>{t('retention.noErasures')}</p>
            ) : (
              <ul className="erasure-list">
                {review.data.erasures.map((e) => (
                  <li key={e.at}>
                    {formatDateTime(e.at, language)}:{' '}
                    {e.override ? t('retention.erasedEarly', { reason: e.reason }) : t('retention.erasedAfter')}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      {erasing && (
        <EraseClientDialog
          clientId={erasing}
          open
          onClose={() => setErasing(null)}
          onErased={() => {
            setErasing(null);
            showToast({ message: t('erase.done'), durationMs: 6000 });
          }}
        />
      )}
    </>
  );
}
