import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../../ui/AuthLayout';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { formatDateTime } from '../../ui/format-date';
import { useBackupList } from './backup-queries';
import { setVaultDamaged } from './damage-store';
import { RestoreBackupForm } from './RestoreBackupForm';

/**
 * The vault has a damaged page. Nothing was changed; this offers the last verified backup (or
 * any backup file the clinician names), and keeps the damaged vault aside when restoring.
 */
export function DamagedVaultScreen() {
  const { t, i18n } = useTranslation();
  const list = useBackupList();
  const latest = list.data?.find((backup) => backup.verified);
  const [typed, setTyped] = useState('');
  const path = typed.trim() || latest?.path || '';
  return (
    <AuthLayout title={t('damaged.title')}>
      <p>{t('damaged.intro')}</p>
      {list.isError && <ErrorNotice error={list.error} />}
      {latest ? (
        <p className="notice notice-success" role="status">
          {t('damaged.latest', { when: formatDateTime(latest.createdAt, i18n.language) })}
        </p>
      ) : (
        list.isSuccess && (
          <p className="notice notice-warning" role="status">
            {t('damaged.noBackup')}
          </p>
        )
      )}
      <Field label={t('damaged.otherFile')} help={t('damaged.otherFileHelp')}>
        {(control) => (
          <input
            {...control}
            type="text"
            spellCheck={false}
            value={typed}
            placeholder={latest?.path ?? '/'}
            onChange={(event) => setTyped(event.target.value)}
          />
        )}
      </Field>
      {path && <RestoreBackupForm key={path} path={path} onRestored={() => setVaultDamaged(false)} />}
      <button type="button" className="button-quiet" onClick={() => setVaultDamaged(false)}>
        {t('damaged.notNow')}
      </button>
    </AuthLayout>
  );
}
