import { z } from 'zod';
import { MAX_SHORT_TEXT } from './limits';

export const LANGUAGES = ['en', 'da', 'nb', 'sv'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const themeSchema = z.enum(['light', 'dark', 'system']);
export type Theme = z.infer<typeof themeSchema>;

/** Fractions are allowed so a test can use a few seconds; the settings screen offers whole minutes. */
export const MIN_IDLE_LOCK_MINUTES = 0.05;
export const MAX_IDLE_LOCK_MINUTES = 480;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

const idleLockMinutes = z.number().min(MIN_IDLE_LOCK_MINUTES).max(MAX_IDLE_LOCK_MINUTES);
/** null follows the operating system's language. */
const language = languageSchema.nullable();

export const settingsSchema = z.object({
  language,
  theme: themeSchema,
  idleLockMinutes,
  practiceName: z.string().max(MAX_SHORT_TEXT),
  /** Show a client's pseudonym or code instead of the name everywhere on screen. */
  showPseudonym: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What the unlock screen needs before the vault is open; kept outside the vault too. */
export const publicSettingsSchema = settingsSchema.pick({ language: true, theme: true });
export type PublicSettings = z.infer<typeof publicSettingsSchema>;

export const settingsMethods = {
  'settings.get': {
    input: z.strictObject({}),
    output: settingsSchema,
  },
  'settings.public': {
    input: z.strictObject({}),
    output: publicSettingsSchema,
  },
  'settings.update': {
    input: z.strictObject({
      language: language.optional(),
      theme: themeSchema.optional(),
      idleLockMinutes: idleLockMinutes.optional(),
      practiceName: z.string().trim().max(MAX_SHORT_TEXT).optional(),
      showPseudonym: z.boolean().optional(),
    }),
    output: settingsSchema,
  },
} as const;
