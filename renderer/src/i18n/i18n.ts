import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/api/settings';
import { resolveLanguage } from './detect-language';
import { translations } from './resources';

const resources = Object.fromEntries(
  Object.entries(translations).map(([language, translation]) => [language, { translation }]),
);

/** Starts in the operating system's language; settings switch it once they are read. */
export function initI18n(): void {
  const language = resolveLanguage(null);
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    // Keys are flat ("unlock.title"): neither dots nor colons mean nesting.
    keySeparator: false,
    nsSeparator: false,
    // React already escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
}

export function applyLanguage(setting: Language | null): void {
  const language = resolveLanguage(setting);
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}
