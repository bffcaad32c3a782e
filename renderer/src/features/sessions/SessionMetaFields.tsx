import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/resources';
import { Field } from '../../ui/Field';
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
const CHOICES: { field: Choice; label: TranslationKey; options: Record<string, TranslationKey> }[] = [
  { field: 'modality', label: 'session.modality', options: MODALITY_KEYS },
  { field: 'setting', label: 'session.setting', options: SETTING_KEYS },
  { field: 'attendance', label: 'session.attendance', options: ATTENDANCE_KEYS },
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
            value={values.startsAtLocal}
            onChange={(event) => set({ startsAtLocal: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('session.duration')} error={problems.includes('duration') && t('session.durationInvalid')}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            step={5}
            value={values.durationMinutes}
            onChange={(event) => set({ durationMinutes: event.target.value })}
          />
        )}
      </Field>
      {CHOICES.map(({ field, label, options }) => (
        <Field key={field} label={t(label)}>
          {(control) => (
            <select {...control} value={values[field]} onChange={(event) => set({ [field]: event.target.value })}>
              {Object.entries(options).map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
    </div>
  );
}
