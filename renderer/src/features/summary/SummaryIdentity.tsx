import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '@shared/api/summary';
import type { TranslationKey } from '../../i18n/resources';
import { formatDate } from '../../ui/format-date';
import { CLIENT_STATUS_KEYS } from '../clients/client-status';

const NOTES_SHOWN: Record<CaseSummary['options']['notes'], TranslationKey> = {
  full: 'summary.notes.full',
  excerpts: 'summary.notes.excerpts',
  list: 'summary.notes.list',
};

/** Who the summary is about, the period it covers and who keeps the record. */
export function SummaryIdentity({ summary }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null | undefined) => (iso ? formatDate(iso, i18n.language) : '–');
  const { client, period, options } = summary;
  const requested =
    options.from || options.to
      ? t('summary.periodValue', { from: date(options.from), to: date(options.to) })
      : t('summary.periodAll');
  const status = (CLIENT_STATUS_KEYS as Record<string, TranslationKey | undefined>)[client.status];
  return (
    <section className="summary-section summary-identity" aria-labelledby="summary-identity-title">
      <h2 id="summary-identity-title">{t('summary.identity')}</h2>
      <dl className="summary-facts">
        <div>
          <dt>{t('summary.client')}</dt>
          <dd>{client.label}</dd>
        </div>
        {client.name !== undefined && client.name !== client.label && (
          <div>
            <dt>{t('clientForm.name')}</dt>
            <dd>{client.name}</dd>
          </div>
        )}
        {client.dateOfBirth && (
          <div>
            <dt>{t('clientForm.dateOfBirth')}</dt>
            <dd>{date(client.dateOfBirth)}</dd>
          </div>
        )}
        {client.contact && (
          <>
            {client.contact.email && (
              <div>
                <dt>{t('clientForm.email')}</dt>
                <dd>{client.contact.email}</dd>
              </div>
            )}
            {client.contact.phone && (
              <div>
                <dt>{t('clientForm.phone')}</dt>
                <dd>{client.contact.phone}</dd>
              </div>
            )}
            {client.contact.address && (
              <div className="summary-facts-wide">
                <dt>{t('clientForm.address')}</dt>
                <dd className="summary-address">{client.contact.address}</dd>
              </div>
            )}
          </>
        )}
        <div>
          <dt>{t('clientForm.status')}</dt>
          <dd>{status ? t(status) : client.status}</dd>
        </div>
        <div>
          <dt>{t('summary.treatment')}</dt>
          <dd>
            {t('summary.periodValue', {
              from: date(client.treatmentStart),
              to: client.treatmentEnd ? date(client.treatmentEnd) : '',
            })}
          </dd>
        </div>
        <div>
          <dt>{t('summary.period')}</dt>
          <dd>
            {requested}
            <br />
            <span className="muted">
              {period.from
                ? t('summary.periodSessions', { from: date(period.from), to: date(period.to) })
                : t('summary.periodEmpty')}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('summary.practitioner')}</dt>
          <dd>{summary.practiceName || t('summary.practiceUnnamed')}</dd>
        </div>
        <div>
          <dt>{t('summary.notes')}</dt>
          <dd>{t(NOTES_SHOWN[options.notes])}</dd>
        </div>
        <div>
          <dt>{t('summary.generated')}</dt>
          <dd>{formatDate(summary.generatedAt, i18n.language)}</dd>
        </div>
      </dl>
    </section>
  );
}
