import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/api/settings';
import { MAX_BACKUP_KEEP, MAX_BACKUP_WARN_DAYS, MIN_BACKUP_KEEP, MIN_BACKUP_WARN_DAYS } from '@shared/api/constants';
import { cancelJob, useJobProgress } from '../../api/jobs';
import { host, useHostCapabilities } from '../../api/host';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { formatDateTime } from '../../ui/format-date';
import { JobProgress } from '../../ui/JobProgress';
import { useUpdateSettings } from '../settings/settings-queries';
import { useBackupList, useRunBackup } from './backup-queries';
import { RestoreBackupForm } from './RestoreBackupForm';
import { SaveOutcome } from '../settings/SaveOutcome';
import './backups.css';

const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\)/;
const wholeIn = (value: string, min: number, max: number) =>
  /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max;

const formatBytes = (bytes: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
    bytes / 1_000_000,
  );

/**
 * Settings → Backups: the folder (chosen with the system's dialog in the app, typed as an
 * absolute path on the web host), how many to keep, when to warn; "Back up now" with its
 * progress; the backups in the folder, each restorable with its passphrase.
 */
export function BackupsPanel({ saved }: { saved: Settings }) {
  const { t, i18n } = useTranslation();
  const capabilities = useHostCapabilities();
  const canChoose = capabilities?.has('folder.choose') === true;
  const [folder, setFolder] = useState(saved.backupFolder ?? '');
  const [keep, setKeep] = useState(String(saved.backupKeep));
  const [warnDays, setWarnDays] = useState(String(saved.backupWarnDays));
  const [touched, setTouched] = useState(false);
  const [restoring, setRestoring] = useState<string>();
  const [keptAside, setKeptAside] = useState<string>();
  const update = useUpdateSettings();
  const run = useRunBackup();
  const list = useBackupList();
  const progress = useJobProgress('backup');
  const cancel = useMutation({ mutationFn: (jobId: string) => cancelJob(jobId) });

  const folderValid = folder.trim() === '' || ABSOLUTE.test(folder.trim());
  const keepValid = wholeIn(keep, MIN_BACKUP_KEEP, MAX_BACKUP_KEEP);
  const warnValid = wholeIn(warnDays, MIN_BACKUP_WARN_DAYS, MAX_BACKUP_WARN_DAYS);
  const running = run.isPending || progress?.state === 'running';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!folderValid || !keepValid || !warnValid || update.isPending) return;
    update.mutate({
      backupFolder: folder.trim() === '' ? null : folder.trim(),
      backupKeep: Number(keep),
      backupWarnDays: Number(warnDays),
    });
  };

  const choose = async () => {
    const { folder: chosen } = await host('folder.choose', {});
    if (chosen) {
      setFolder(chosen.path);
      update.reset();
    }
  };

  return (
    <div aria-labelledby="backups-title" id="backups">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="field-help">{t('backups.help')}</p>
      <form onSubmit={submit} noValidate>
        <Field
          label={t('backups.folder')}
          help={canChoose ? t('backups.folderHelpApp') : t('backups.folderHelpWeb')}
          error={touched && !folderValid && t('backups.folderInvalid')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              spellCheck={false}
              value={folder}
              readOnly={canChoose}
              placeholder={t('backups.folderNone')}
              onChange={(event) => {
                setFolder(event.target.value);
                update.reset();
              }}
            />
          )}
        </Field>
        {canChoose && (
          <div className="form-actions">
            <button type="button" className="button-quiet" onClick={() => void choose()}>
              {t('backups.chooseFolder')}
            </button>
          </div>
        )}
        <NumberField
          label={t('backups.keep')}
          help={t('backups.keepHelp')}
          error={touched && !keepValid && t('backups.keepInvalid', { min: MIN_BACKUP_KEEP, max: MAX_BACKUP_KEEP })}
          min={MIN_BACKUP_KEEP}
          max={MAX_BACKUP_KEEP}
          step={1}
          value={keep}
          onChange={(value) => setKeep(value)}
        />
        <NumberField
          label={t('backups.warnDays')}
          help={t('backups.warnDaysHelp')}
          error={
            touched &&
            !warnValid &&
            t('backups.warnDaysInvalid', { min: MIN_BACKUP_WARN_DAYS, max: MAX_BACKUP_WARN_DAYS })
          }
          min={MIN_BACKUP_WARN_DAYS}
          max={MAX_BACKUP_WARN_DAYS}
          step={1}
          value={warnDays}
          onChange={(value) => setWarnDays(value)}
        />
        <SaveOutcome save={update} saved="backups.saved" />
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? t('settings.saving') : t('backups.save')}
        </button>
      </form>

      <div className="form-actions">
        <button
          type="button"
          className="button-quiet"
          disabled={running || !saved.backupFolder}
          onClick={() => {
            cancel.reset();
            run.mutate();
          }}
        >
          {running ? t('backups.running') : t('backups.runNow')}
        </button>
      </div>
      {running && (
        <JobProgress
          label={t('backups.progress')}
          progress={progress?.state === 'running' && progress.total > 0 ? progress : undefined}
          phase={progress?.phase === 'verify' ? t('backups.phaseVerify') : t('backups.phaseCopy')}
          onCancel={progress?.state === 'running' ? () => cancel.mutate(progress.jobId) : undefined}
          cancelling={cancel.isPending}
        />
      )}
      {run.isSuccess && !running && (
        <p className="notice notice-success" role="status">
          {t('backups.done', { when: formatDateTime(run.data.createdAt, i18n.language) })}
        </p>
      )}
      <ErrorNotice error={run.error} lead="backups.failed" />

      <h3>{t('backups.listTitle')}</h3>
      {list.data && list.data.length === 0 && <p className="field-help">{t('backups.listEmpty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="backup-list">
          {list.data.map((backup) => (
            <li key={backup.path}>
              <span>
                {formatDateTime(backup.createdAt, i18n.language)} · {formatBytes(backup.bytes, i18n.language)} ·{' '}
                {backup.verified ? t('backups.verified') : t('backups.unverified')}
              </span>{' '}
              <button
                type="button"
                className="button-quiet"
                onClick={() => setRestoring(backup.path)}
                disabled={restoring === backup.path}
              >
                {t('backups.restoreThis')}
              </button>
              {restoring === backup.path && (
                <RestoreBackupForm
                  path={backup.path}
                  onCancel={() => setRestoring(undefined)}
                  onRestored={(aside) => {
                    setRestoring(undefined);
                    setKeptAside(aside);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {keptAside !== undefined && (
        <p className="notice notice-success" role="status">
          {keptAside ? t('backups.restored', { path: keptAside }) : t('backups.restoredFresh')}
        </p>
      )}
      <ErrorNotice error={list.error} />
    </div>
  );
}
