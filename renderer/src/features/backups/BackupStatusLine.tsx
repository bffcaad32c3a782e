import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCoreEvent } from '../../api/core-events';
import { formatDateTime } from '../../ui/format-date';
import { useSettings } from '../settings/settings-queries';
import { backupHealth } from './backup-age';
import { backupKeys, useBackupStatus } from './backup-queries';
import './backups.css';

/** One line in the frame: when the last verified backup was made, and a warning when it is old. */
export function BackupStatusLine() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const settings = useSettings();
  const status = useBackupStatus();
  // A backup finished (here, in another window, or the daily one): ask again.
  useCoreEvent('job.progress', (progress) => {
    if (progress.kind === 'backup' && progress.state !== 'running')
      void client.invalidateQueries({ queryKey: backupKeys.all() });
  });
  if (!settings.data || !status.data) return null;
  const { backupFolder, backupWarnDays } = settings.data;
  const { lastVerifiedAt, running } = status.data;
  // Judged at the moment the status was read; it is read again every hour.
  const health = backupHealth(backupFolder, lastVerifiedAt, backupWarnDays, status.dataUpdatedAt);
  const when = lastVerifiedAt ? formatDateTime(lastVerifiedAt, i18n.language) : '';
  const text =
    health === 'off'
      ? t('backups.statusOff')
      : health === 'none'
        ? t('backups.statusNone')
        : t(health === 'stale' ? 'backups.statusStale' : 'backups.statusFresh', { when, days: backupWarnDays });
  return (
    // Not a live region: it is standing information, and a page's own status messages stay alone.
    <p className={`backup-status backup-status-${health}`}>
      {running ? t('backups.statusRunning') : text}{' '}
      {health !== 'fresh' && <Link href="/settings#backups">{t('backups.statusOpenSettings')}</Link>}
    </p>
  );
}
