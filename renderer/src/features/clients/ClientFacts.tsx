import { useTranslation } from 'react-i18next';
import type { Client } from '@shared/api/clients';
import { formatDate } from '../../ui/format-date';
import { CLIENT_STATUS_KEYS } from './client-status';

/** The facts a clinician glances at before a session; the rest is one click away in Edit. */
export function ClientFacts({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '—');
  return (
    <dl className="facts">
      <div>
        <dt>{t('clientForm.status')}</dt>
        <dd>
          <span className={`status-badge status-${client.status}`}>{t(CLIENT_STATUS_KEYS[client.status])}</span>
        </dd>
      </div>
      <div>
        <dt>{t('clientForm.treatmentStart')}</dt>
        <dd>{date(client.treatmentStart)}</dd>
      </div>
      {client.treatmentEnd && (
        <div>
          <dt>{t('clientForm.treatmentEnd')}</dt>
          <dd>{date(client.treatmentEnd)}</dd>
        </div>
      )}
      {client.tags.length > 0 && (
        <div>
          <dt>{t('clientForm.tags')}</dt>
          <dd>{client.tags.join(', ')}</dd>
        </div>
      )}
      {client.presentingProblems && (
        <div className="facts-wide">
          <dt>{t('clientForm.presentingProblems')}</dt>
          <dd>{client.presentingProblems}</dd>
        </div>
      )}
    </dl>
  );
}
