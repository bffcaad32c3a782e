import { useTranslation } from 'react-i18next';
import { useAuditIntegrity } from './audit-queries';

/**
 * Says so, on every screen, when the audit log's hash chain was broken at unlock: someone with the
 * passphrase and another tool changed the record's history.
 */
export function AuditIntegrityBanner() {
  const { t } = useTranslation();
  const integrity = useAuditIntegrity();
  if (!integrity.data || integrity.data.ok) return null;
  return (
    <div className="notice notice-error audit-broken" role="alert">
      <p>{t('audit.chainBroken', { id: integrity.data.brokenAt ?? '?' })}</p>
    </div>
  );
}
