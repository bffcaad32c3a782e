import { z } from 'zod';
import { LANGUAGES, MAX_IDLE_LOCK_MINUTES, MAX_SHORT_TEXT, MIN_IDLE_LOCK_MINUTES, THEMES } from './constants';

export { DEFAULT_IDLE_LOCK_MINUTES, LANGUAGES, MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES } from './constants';
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

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
