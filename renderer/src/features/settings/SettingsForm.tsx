import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SHORT_TEXT } from '@shared/api/constants';
import type { Language, Settings, Theme } from '@shared/api/settings';
import type { TranslationKey } from '../../i18n/resources';
import { LANGUAGE_NAMES } from '../../i18n/language-names';
import { Field } from '../../ui/Field';
import { NumberField } from '../../ui/NumberField';
import { useUpdateSettings } from './settings-queries';
import { SaveOutcome } from './SaveOutcome';
import {
  buildSettingsPatch,
  FORM_MAX_IDLE_MINUTES,
  FORM_MIN_IDLE_MINUTES,
  toFormValues,
  type SettingsFormValues,
} from './settings-form-values';

const THEME_KEYS: Record<Theme, TranslationKey> = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
};

export function SettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(saved));
  const [idleTouched, setIdleTouched] = useState(false);
  const update = useUpdateSettings();

  const set = <K extends keyof SettingsFormValues>(key: K, value: SettingsFormValues[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    update.reset();
  };
  const patch = buildSettingsPatch(saved, values);
  // The patch is null only when a changed idle time is out of range.
  const idleError = idleTouched && patch === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIdleTouched(true);
    if (patch === null || update.isPending) return;
    update.mutate(patch, { onSuccess: (next) => setValues(toFormValues(next)) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="settings-general-title">
      <h2 id="settings-general-title">{t('settings.general')}</h2>
      <Field label={t('settings.practiceName')} help={t('settings.practiceNameHelp')}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={MAX_SHORT_TEXT}
            autoComplete="organization"
            value={values.practiceName}
            onChange={(event) => set('practiceName', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('settings.language')}>
        {(control) => (
          <select
            {...control}
            value={values.language}
            onChange={(event) => set('language', event.target.value as SettingsFormValues['language'])}
          >
            <option value="system">{t('settings.languageSystem')}</option>
            {(Object.keys(LANGUAGE_NAMES) as Language[]).map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('settings.theme')}>
        {(control) => (
          <select {...control} value={values.theme} onChange={(event) => set('theme', event.target.value as Theme)}>
            {(Object.keys(THEME_KEYS) as Theme[]).map((theme) => (
              <option key={theme} value={theme}>
                {t(THEME_KEYS[theme])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <NumberField
        label={t('settings.idleLock')}
        help={t('settings.idleLockHelp')}
        error={idleError && t('settings.idleLockInvalid')}
        min={FORM_MIN_IDLE_MINUTES}
        max={FORM_MAX_IDLE_MINUTES}
        step={1}
        value={values.idleLockMinutes}
        onChange={(value) => set('idleLockMinutes', value)}
        onBlur={() => setIdleTouched(true)}
      />
      <SaveOutcome save={update} />
      <button type="submit" className="button-primary" disabled={update.isPending}>
        {update.isPending ? t('settings.saving') : t('settings.save')}
      </button>
    </form>
  );
}
