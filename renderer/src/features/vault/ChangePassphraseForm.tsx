import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { StrengthMeter } from './StrengthMeter';
import { usePassphraseStrength } from './use-passphrase-strength';
import { useChangePassphrase } from './vault-mutations';

export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const strength = usePassphraseStrength(next);
  const change = useChangePassphrase();

  const matches = next === confirmation;
  const canSubmit = current.length > 0 && strength.acceptable && matches && !change.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit) return;
    change.mutate(
      { current, next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirmation('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-passphrase-title">
      <h2 id="change-passphrase-title">{t('passphrase.title')}</h2>
      <p>{t('passphrase.intro')}</p>
      <Field label={t('passphrase.current')}>
        {(control) => (
          <PassphraseInput {...control} value={current} onChange={setCurrent} autoComplete="current-password" />
        )}
      </Field>
      <Field
        label={t('passphrase.next')}
        after={<StrengthMeter strength={strength.strength} current={strength.current} />}
      >
        {(control) => <PassphraseInput {...control} value={next} onChange={setNext} autoComplete="new-password" />}
      </Field>
      <Field label={t('passphrase.confirm')} error={confirmation.length > 0 && !matches && t('passphrase.mismatch')}>
        {(control) => (
          <PassphraseInput {...control} value={confirmation} onChange={setConfirmation} autoComplete="new-password" />
        )}
      </Field>
      <ErrorNotice
        error={change.error}
        lead="passphrase.failed"
        override={{ code: 'WRONG_PASSPHRASE', message: 'passphrase.wrongCurrent' }}
      />
      {change.isSuccess && (
        <p className="notice notice-success" role="status">
          {t('passphrase.changed')}
        </p>
      )}
      <button type="submit" className="button-primary" disabled={!canSubmit}>
        {change.isPending ? t('passphrase.submitting') : t('passphrase.submit')}
      </button>
    </form>
  );
}
