import type { Language } from '@shared/api/settings';

/** Norwegian comes as no, nb or nn; Nynorsk readers are better served by Bokmål than by English. */
const BY_PRIMARY_SUBTAG: Record<string, Language> = {
  en: 'en',
  da: 'da',
  nb: 'nb',
  nn: 'nb',
  no: 'nb',
  sv: 'sv',
};

/** The first of the user's preferred languages that Trygg speaks, else English. */
export function languageFromPreferences(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    const language = BY_PRIMARY_SUBTAG[primary];
    if (language) return language;
  }
  return 'en';
}

/** A language chosen in settings wins; null means "follow the operating system". */
export function resolveLanguage(setting: Language | null): Language {
  return setting ?? languageFromPreferences(navigator.languages);
}
