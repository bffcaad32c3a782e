import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@shared/api/constants';
import type { Language } from '@shared/clinical/attachment-patterns';

/** The interface's language, for the clinical texts shared/clinical keeps in each language. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}
