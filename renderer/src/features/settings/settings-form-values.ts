import { MAX_IDLE_LOCK_MINUTES } from '@shared/api/constants';
import type { MethodInput } from '@shared/api/contract';
import type { Language, Settings, Theme } from '@shared/api/settings';

/** What the settings form holds: text as typed, and "system" where the setting is null. */
export interface SettingsFormValues {
  language: Language | 'system';
  theme: Theme;
  idleLockMinutes: string;
  practiceName: string;
}

export type SettingsPatch = MethodInput<'settings.update'>;

/** The screen offers whole minutes; the contract also allows fractions, for tests. */
export const FORM_MIN_IDLE_MINUTES = 1;
export const FORM_MAX_IDLE_MINUTES = MAX_IDLE_LOCK_MINUTES;

export function toFormValues(settings: Settings): SettingsFormValues {
  return {
    language: settings.language ?? 'system',
    theme: settings.theme,
    idleLockMinutes: String(settings.idleLockMinutes),
    practiceName: settings.practiceName,
  };
}

export function isValidIdleMinutes(text: string): boolean {
  const minutes = Number(text.trim());
  return (
    text.trim() !== '' &&
    Number.isInteger(minutes) &&
    minutes >= FORM_MIN_IDLE_MINUTES &&
    minutes <= FORM_MAX_IDLE_MINUTES
  );
}

/**
 * Only what changed, so saving the theme does not resend (or re-check) an idle time that was set
 * elsewhere. Returns null when the idle time was changed to something the form does not accept.
 */
export function buildSettingsPatch(saved: Settings, form: SettingsFormValues): SettingsPatch | null {
  const patch: SettingsPatch = {};
  const language = form.language === 'system' ? null : form.language;
  if (language !== saved.language) patch.language = language;
  if (form.theme !== saved.theme) patch.theme = form.theme;
  if (form.practiceName.trim() !== saved.practiceName) patch.practiceName = form.practiceName.trim();
  if (form.idleLockMinutes.trim() !== String(saved.idleLockMinutes)) {
    if (!isValidIdleMinutes(form.idleLockMinutes)) return null;
    patch.idleLockMinutes = Number(form.idleLockMinutes.trim());
  }
  return patch;
}
