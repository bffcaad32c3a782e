import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_STATUS_KEYS, CLIENT_STATUSES } from './client-status';
import { ApiCallError } from '../../api/api-errors';
import type { TranslationKey } from '../../i18n/resources';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import {
  errorsFromIssues,
  validateClientForm,
  type ClientField,
  type ClientFieldProblem,
  type ClientFormErrors,
  type ClientFormValues,
} from './client-form-values';

const PROBLEM_KEYS: Record<ClientFieldProblem, TranslationKey> = {
  required: 'clientForm.error.required',
  tooLong: 'clientForm.error.tooLong',
  date: 'clientForm.error.date',
  endBeforeStart: 'clientForm.error.endBeforeStart',
  tags: 'clientForm.error.tags',
  invalid: 'clientForm.error.invalid',
};

type TextField = Exclude<ClientField, 'status' | 'presentingProblems' | 'address'>;
const TEXT_FIELDS: {
  field: TextField;
  label: TranslationKey;
  type: 'text' | 'date' | 'email' | 'tel';
  help?: TranslationKey;
}[] = [
  { field: 'name', label: 'clientForm.name', type: 'text' },
  {
    field: 'pseudonym',
    label: 'clientForm.pseudonym',
    type: 'text',
    help: 'clientForm.pseudonymHelp',
  },
  { field: 'dateOfBirth', label: 'clientForm.dateOfBirth', type: 'date' },
  { field: 'email', label: 'clientForm.email', type: 'email' },
  { field: 'phone', label: 'clientForm.phone', type: 'tel' },
];
const TREATMENT_FIELDS: typeof TEXT_FIELDS = [
  { field: 'referralSource', label: 'clientForm.referralSource', type: 'text', help: 'clientForm.referralSourceHelp' },
  { field: 'treatmentStart', label: 'clientForm.treatmentStart', type: 'date' },
  { field: 'treatmentEnd', label: 'clientForm.treatmentEnd', type: 'date' },
  { field: 'tags', label: 'clientForm.tags', type: 'text', help: 'clientForm.tagsHelp' },
];

interface ClientFormProps {
  initial: ClientFormValues;
  submitLabel: string;
  pending: boolean;
  /** The last refusal from the core; its VALIDATION issues are placed on their fields. */
  error: unknown;
  onSubmit: (values: ClientFormValues) => void;
  onCancel: () => void;
}

/** Every field of a client record (DOMAIN §1), checked before sending and again by the core. */
export function ClientForm({ initial, submitLabel, pending, error, onSubmit, onCancel }: ClientFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<ClientFormErrors>({});
  const serverErrors =
    error instanceof ApiCallError && error.code === 'VALIDATION' ? errorsFromIssues(error.error.issues) : {};
  const shown = { ...serverErrors, ...errors };

  const set = (field: ClientField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateClientForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0 || pending) return;
    onSubmit(values);
  };

  const errorText = (field: ClientField) => shown[field] !== undefined && t(PROBLEM_KEYS[shown[field]]);
  const textField = ({ field, label, type, help }: (typeof TEXT_FIELDS)[number]) => (
    <Field key={field} label={t(label)} help={help && t(help)} error={errorText(field)}>
      {(control) => (
        <input
          {...control}
          type={type}
          className={type === 'date' ? 'input-date' : undefined}
          autoComplete="off"
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="client-form">
      <fieldset>
        <legend>{t('clientForm.identity')}</legend>
        {TEXT_FIELDS.map(textField)}
        <Field label={t('clientForm.address')} error={errorText('address')}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              autoComplete="off"
              value={values.address}
              onChange={(event) => set('address', event.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('clientForm.treatment')}</legend>
        <Field label={t('clientForm.status')}>
          {(control) => (
            <select {...control} value={values.status} onChange={(event) => set('status', event.target.value)}>
              {CLIENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(CLIENT_STATUS_KEYS[status])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {TREATMENT_FIELDS.map(textField)}
        <Field label={t('clientForm.presentingProblems')} error={errorText('presentingProblems')}>
          {(control) => (
            <textarea
              {...control}
              rows={5}
              autoComplete="off"
              value={values.presentingProblems}
              onChange={(event) => set('presentingProblems', event.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <ErrorNotice error={error} lead="clientForm.saveFailed" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? t('clientForm.saving') : submitLabel}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
