import type { Language } from '@shared/api/settings';

/**
 * Each language named in itself, whatever the interface language: a clinician who switched to a
 * language they do not read must still find their own in the list.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  da: 'Dansk',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
};
