import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@shared/api/audit';
import type { TranslationKey } from '../../i18n/resources';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { auditDetail } from './audit-detail';
import { useAuditLog } from './audit-queries';

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
  backup: 'audit.action.backup',
  read: 'audit.action.read',
  search: 'audit.action.search',
  unlock: 'audit.action.unlock',
  erase: 'audit.action.erase',
  redacted: 'audit.action.redacted',
};
const ENTITY_KEYS: Record<AuditEntry['entity'], TranslationKey> = {
  client: 'audit.entity.client',
  session: 'audit.entity.session',
  addendum: 'audit.entity.addendum',
  document: 'audit.entity.document',
  template: 'audit.entity.template',
  formulation: 'audit.entity.formulation',
  hypothesis: 'audit.entity.hypothesis',
  evidence: 'audit.entity.evidence',
  alliance: 'audit.entity.alliance',
  rupture: 'audit.entity.rupture',
  vault: 'audit.entity.vault',
};

/** Who did what, and when, to this client's record: read-only, newest first. */
export function AuditTab({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const audit = useAuditLog({ clientId, limit: PAGE_SIZE, offset });
  const columns: Column<AuditEntry>[] = [
    { id: 'when', header: t('audit.column.when'), cell: (entry) => formatDateTime(entry.at, i18n.language) },
    {
      id: 'who',
      header: t('audit.column.who'),
      cell: (entry) => (entry.actor === 'clinician' ? t('audit.clinician') : entry.actor),
    },
    {
      id: 'what',
      header: t('audit.column.what'),
      cell: (entry) => t('audit.what', { action: t(ACTION_KEYS[entry.action]), entity: t(ENTITY_KEYS[entry.entity]) }),
    },
    {
      id: 'detail',
      header: t('audit.column.detail'),
      cellClassName: () => 'audit-detail',
      cell: (e) => auditDetail(e, t),
    },
  ];
  const total = audit.data?.total ?? 0;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p className="muted">{t('audit.intro')}</p>
      <ErrorNotice error={audit.error} lead="audit.loadFailed" />
      {audit.data && (
        <DataTable
          rows={audit.data.entries}
          columns={columns}
          rowKey={(entry) => String(entry.id)}
          caption={t('audit.title')}
        />
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
