import { z } from 'zod';
import {
  ALLIANCE_INSTRUMENT_SETTINGS,
  DIP_KS,
  MAX_REPAIR_TOLERANCE,
  MAX_REPAIR_WINDOW,
  MIN_REPAIR_TOLERANCE,
  MIN_REPAIR_WINDOW,
} from '../clinical/alliance';
import { absolutePath } from './backups';
import {
  LANGUAGES,
  MAX_BACKUP_KEEP,
  MAX_BACKUP_WARN_DAYS,
  MAX_IDLE_LOCK_MINUTES,
  MAX_SHORT_TEXT,
  MIN_BACKUP_KEEP,
  MIN_BACKUP_WARN_DAYS,
  MIN_IDLE_LOCK_MINUTES,
  CLIPBOARD_CLEAR_SECONDS,
  MAX_RETENTION_YEARS,
  PRACTICE_COUNTRIES,
  THEMES,
} from './constants';

export { DEFAULT_IDLE_LOCK_MINUTES, LANGUAGES, MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES } from './constants';
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

const idleLockMinutes = z.number().min(MIN_IDLE_LOCK_MINUTES).max(MAX_IDLE_LOCK_MINUTES);
/** null follows the operating system's language. */
const language = languageSchema.nullable();

/** The alliance instrument the practice uses on paper, and the rule that finds dips (shared/clinical/alliance-dips.ts). */
const alliance = {
  allianceInstrument: z.enum(ALLIANCE_INSTRUMENT_SETTINGS),
  dipK: z.union(DIP_KS.map((k) => z.literal(k))),
  repairWindow: z.number().int().min(MIN_REPAIR_WINDOW).max(MAX_REPAIR_WINDOW),
  repairTolerance: z.number().min(MIN_REPAIR_TOLERANCE).max(MAX_REPAIR_TOLERANCE),
};

/** Automatic encrypted backups: where (null: none yet), how many to keep, when to warn. */
const backups = {
  backupFolder: absolutePath.nullable(),
  backupKeep: z.number().int().min(MIN_BACKUP_KEEP).max(MAX_BACKUP_KEEP),
  backupWarnDays: z.number().int().min(MIN_BACKUP_WARN_DAYS).max(MAX_BACKUP_WARN_DAYS),
};

/**
 * Where the practice is, how long records are kept after their last entry (null: the country's
 * period, DOMAIN.md §6), and when copied text leaves the clipboard.
 */
const retention = {
  practiceCountry: z.enum(PRACTICE_COUNTRIES),
  retentionYears: z.number().int().min(1).max(MAX_RETENTION_YEARS).nullable(),
  clipboardClearSeconds: z.union(CLIPBOARD_CLEAR_SECONDS.map((s) => z.literal(s))),
};

export const settingsSchema = z.object({
  language,
  theme: themeSchema,
  idleLockMinutes,
  practiceName: z.string().max(MAX_SHORT_TEXT),
  /** Show a client's pseudonym or code instead of the name everywhere on screen. */
  showPseudonym: z.boolean(),
  ...alliance,
  ...backups,
  ...retention,
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
      allianceInstrument: alliance.allianceInstrument.optional(),
      dipK: alliance.dipK.optional(),
      repairWindow: alliance.repairWindow.optional(),
      repairTolerance: alliance.repairTolerance.optional(),
      backupFolder: backups.backupFolder.optional(),
      backupKeep: backups.backupKeep.optional(),
      backupWarnDays: backups.backupWarnDays.optional(),
      practiceCountry: retention.practiceCountry.optional(),
      retentionYears: retention.retentionYears.optional(),
      clipboardClearSeconds: retention.clipboardClearSeconds.optional(),
    }),
    output: settingsSchema,
  },
} as const;
