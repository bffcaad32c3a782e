import 'i18next';
import type en from './locales/en.json';

// Lets the compiler reject a t('key') that English does not define.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    keySeparator: false;
    nsSeparator: false;
  }
}
