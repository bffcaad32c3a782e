import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { useRestoreBackup } from './backup-queries';

interface RestoreBackupFormProps {
  path: string;
  onRestored?: (keptAsidePath: string) => void;
  onCancel?: () => void;
}

/** Restores one backup, opened with the passphrase the vault had when the backup was made. */
export function RestoreBackupForm({ path, onRestored, onCancel }: RestoreBackupFormProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const restore = useRestoreBackup();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length === 0 || restore.isPending) return;
    restore.mutate({ path, passphrase }, { onSuccess: ({ keptAsidePath }) => onRestored?.(keptAsidePath) });
  };
  return (
    <form onSubmit={submit} noValidate className="backup-restore">
      <p className="field-help">{t('backups.restoreHelp')}</p>
      <Field label={t('backups.restorePassphrase')}>
        {(control) => (
          <PassphraseInput
            {...control}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
            autoFocus
          />
        )}
      </Field>
      <ErrorNotice error={restore.error} lead="backups.restoreFailed" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={passphrase.length === 0 || restore.isPending}>
          {restore.isPending ? t('backups.restoring') : t('backups.restore')}
        </button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel} disabled={restore.isPending}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
