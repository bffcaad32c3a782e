import { useTranslation } from 'react-i18next';
import { ATTENDANCES, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES, MODALITIES, SETTINGS } from '@shared/api/constants';
import type { TranslationKey } from '../../i18n/resources';
import { Field } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import {
  ATTENDANCE_KEYS,
  MODALITY_KEYS,
  SETTING_KEYS,
  type SessionMetaForm,
  type SessionMetaProblem,
} from './session-meta';

interface SessionMetaFieldsProps {
  values: SessionMetaForm;
  problems: SessionMetaProblem[];
  onChange: (values: SessionMetaForm) => void;
}

type Choice = 'modality' | 'setting' | 'attendance';
const CHOICES: {
  field: Choice;
  label: TranslationKey;
  values: readonly string[];
  keys: Record<string, TranslationKey>;
}[] = [
  { field: 'modality', label: 'session.modality', values: MODALITIES, keys: MODALITY_KEYS },
  { field: 'setting', label: 'session.setting', values: SETTINGS, keys: SETTING_KEYS },
  { field: 'attendance', label: 'session.attendance', values: ATTENDANCES, keys: ATTENDANCE_KEYS },
];

/** Date and time, duration, modality, setting and attendance (DOMAIN §1). */
export function SessionMetaFields({ values, problems, onChange }: SessionMetaFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<SessionMetaForm>) => onChange({ ...values, ...patch });
  return (
    <div className="meta-grid">
      <Field label={t('session.startsAt')} error={problems.includes('startsAt') && t('session.startsAtInvalid')}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            autoComplete="off"
            value={values.startsAtLocal}
            onChange={(event) => set({ startsAtLocal: event.target.value })}
          />
        )}
      </Field>
      <NumberField
        label={t('session.duration')}
        error={problems.includes('duration') && t('session.durationInvalid')}
        min={MIN_DURATION_MINUTES}
        max={MAX_DURATION_MINUTES}
        step={5}
        value={values.durationMinutes}
        onChange={(value) => set({ durationMinutes: value })}
        short={false}
      />
      {CHOICES.map(({ field, label, values: choices, keys }) => (
        <Field key={field} label={t(label)}>
          {(control) => (
            <select {...control} value={values[field]} onChange={(event) => set({ [field]: event.target.value })}>
              {choices.map((value) => (
                <option key={value} value={value}>
                  {t(keys[value] as TranslationKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
    </div>
  );
}
