import type { Language } from '@shared/api/settings';
import da from './locales/da.json';
import en from './locales/en.json';
import nb from './locales/nb.json';
import sv from './locales/sv.json';

/** English is the reference: every other language must have exactly its keys. */
export type TranslationKey = keyof typeof en;
type Translations = Record<TranslationKey, string>;

export const translations: Record<Language, Translations> = { en, da, nb, sv };
