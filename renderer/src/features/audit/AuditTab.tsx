import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@shared/api/audit';
import { call } from '../../api/client';
import type { TranslationKey } from '../../i18n/resources';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { auditDetail } from './audit-detail';

const PAGE_SIZE = 50;

const ACTION_KEYS: Record<AuditEntry['action'], TranslationKey> = {
  create: 'audit.action.create',
  update: 'audit.action.update',
  sign: 'audit.action.sign',
  addendum: 'audit.action.addendum',
  delete: 'audit.action.delete',
  restore: 'audit.action.restore',
  export: 'audit.action.export',
  print: 'audit.action.print',
};
const ENTITY_KEYS: Record<AuditEntry['entity'], TranslationKey> = {
  client: 'audit.entity.client',
  session: 'audit.entity.session',
  addendum: 'audit.entity.addendum',
  attachment: 'audit.entity.attachment',
  template: 'audit.entity.template',
};

/** Who did what, and when, to this client's record: read-only, newest first. */
export function AuditTab({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const audit = useQuery({
    queryKey: ['audit.list', clientId, offset],
    queryFn: () => call('audit.list', { clientId, limit: PAGE_SIZE, offset }),
    placeholderData: keepPreviousData,
  });
  const total = audit.data?.total ?? 0;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p className="muted">{t('audit.intro')}</p>
      <ErrorNotice error={audit.error} lead="audit.loadFailed" />
      {audit.data && (
        <table className="data-table">
          <caption className="visually-hidden">{t('audit.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.column.when')}</th>
              <th scope="col">{t('audit.column.who')}</th>
              <th scope="col">{t('audit.column.what')}</th>
              <th scope="col">{t('audit.column.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.data.entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.at, i18n.language)}</td>
                <td>{entry.actor === 'clinician' ? t('audit.clinician') : entry.actor}</td>
                <td>
                  {t('audit.what', { action: t(ACTION_KEYS[entry.action]), entity: t(ENTITY_KEYS[entry.entity]) })}
                </td>
                <td className="audit-detail">{auditDetail(entry, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > PAGE_SIZE && (
        <div className="pager">
          <button
            type="button"
            className="button-quiet"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t('audit.newer')}
          </button>
          <span>{t('audit.range', { from: offset + 1, to: Math.min(total, offset + PAGE_SIZE), total })}</span>
          <button
            type="button"
            className="button-quiet"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('audit.older')}
          </button>
        </div>
      )}
    </section>
  );
}
