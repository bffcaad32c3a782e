import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../../ui/AuthLayout';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { ApiCallError } from '../../api/api-errors';
import { setVaultDamaged } from '../backups/damage-store';
import { useUnlockVault } from './vault-mutations';

export function UnlockScreen() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const unlock = useUnlockVault();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length > 0 && !unlock.isPending) unlock.mutate(passphrase);
  };

  return (
    <AuthLayout title={t('unlock.title')}>
      <p>{t('unlock.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('unlock.passphrase')}>
          {(control) => (
            <PassphraseInput
              {...control}
              aria-invalid={unlock.isError}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="current-password"
              autoFocus
            />
          )}
        </Field>
        <ErrorNotice error={unlock.error} />
        {unlock.error instanceof ApiCallError && unlock.error.code === 'CORRUPT_VAULT' && (
          <button type="button" className="button-quiet" onClick={() => setVaultDamaged(true)}>
            {t('damaged.offer')}
          </button>
        )}
        <button type="submit" className="button-primary" disabled={passphrase.length === 0 || unlock.isPending}>
          {unlock.isPending ? t('unlock.submitting') : t('unlock.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
