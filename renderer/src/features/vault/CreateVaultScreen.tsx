import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../../ui/AuthLayout';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { StrengthMeter } from './StrengthMeter';
import { usePassphraseStrength } from './use-passphrase-strength';
import { useCreateVault } from './vault-mutations';

/** First run: there is no vault yet, so the clinician chooses the passphrase that encrypts it. */
export function CreateVaultScreen() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { strength, current, acceptable } = usePassphraseStrength(passphrase);
  const create = useCreateVault();

  const matches = passphrase === confirmation;
  const canSubmit = acceptable && matches && !create.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSubmit) create.mutate(passphrase);
  };

  return (
    <AuthLayout title={t('create.title')}>
      <p>{t('create.intro')}</p>
      <p className="notice notice-warning">{t('create.warning')}</p>
      <form onSubmit={submit} noValidate>
        <Field
          label={t('create.passphrase')}
          help={t('create.passphraseHelp')}
          after={<StrengthMeter strength={strength} current={current} />}
        >
          {(control) => (
            <PassphraseInput
              {...control}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="new-password"
              autoFocus
            />
          )}
        </Field>
        <Field label={t('create.confirm')} error={confirmation.length > 0 && !matches && t('create.mismatch')}>
          {(control) => (
            <PassphraseInput {...control} value={confirmation} onChange={setConfirmation} autoComplete="new-password" />
          )}
        </Field>
        <ErrorNotice error={create.error} />
        <button type="submit" className="button-primary" disabled={!canSubmit}>
          {create.isPending ? t('create.submitting') : t('create.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
