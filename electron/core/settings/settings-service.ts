import { DEFAULT_BACKUP_KEEP, DEFAULT_BACKUP_WARN_DAYS } from '@shared/api/backups';
import { DEFAULT_DIP_K, DEFAULT_REPAIR_TOLERANCE, DEFAULT_REPAIR_WINDOW } from '@shared/clinical/alliance';
import { DEFAULT_IDLE_LOCK_MINUTES, settingsSchema, type PublicSettings, type Settings } from '@shared/api/settings';
import { DEFAULT_CLIPBOARD_CLEAR_SECONDS, RETENTION_MIN_YEARS } from '@shared/api/constants';
import { AppError } from '../errors';
import type { SettingsRepository } from './settings-repository';
import { DEFAULT_PUBLIC_SETTINGS, readPublicPrefs, writePublicPrefs } from './public-prefs';

const DEFAULTS: Settings = {
  ...DEFAULT_PUBLIC_SETTINGS,
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  practiceName: '',
  showPseudonym: false,
  allianceInstrument: 'none',
  dipK: DEFAULT_DIP_K,
  repairWindow: DEFAULT_REPAIR_WINDOW,
  repairTolerance: DEFAULT_REPAIR_TOLERANCE,
  backupFolder: null,
  backupKeep: DEFAULT_BACKUP_KEEP,
  backupWarnDays: DEFAULT_BACKUP_WARN_DAYS,
  practiceCountry: 'other',
  retentionYears: null,
  clipboardClearSeconds: DEFAULT_CLIPBOARD_CLEAR_SECONDS,
};

const COUNTRY_NAMES = { DK: 'Danish', NO: 'Norwegian', SE: 'Swedish', other: 'This' } as const;

export class SettingsService {
  constructor(
    private readonly dataDir: string,
    private readonly repository: () => SettingsRepository,
    private readonly transaction: <T>(fn: () => T) => T,
  ) {}

  get(): Settings {
    const stored = this.repository().read();
    // A value the schema no longer accepts falls back to its default instead of failing the app.
    const merged: Record<string, unknown> = { ...DEFAULTS };
    for (const [key, value] of Object.entries(stored)) {
      const field = settingsSchema.shape[key as keyof Settings];
      if (field?.safeParse(value).success) merged[key] = value;
    }
    return settingsSchema.parse(merged);
  }

  update(patch: Partial<Settings>): Settings {
    const repository = this.repository();
    if (patch.practiceCountry !== undefined || patch.retentionYears !== undefined) {
      const current = this.get();
      const country = patch.practiceCountry ?? current.practiceCountry;
      const years = patch.retentionYears !== undefined ? patch.retentionYears : current.retentionYears;
      const minimum = RETENTION_MIN_YEARS[country];
      if (years !== null && years < minimum) {
        throw new AppError(
          'VALIDATION',
          `${COUNTRY_NAMES[country]} law asks that records be kept at least ${minimum} years after the last entry. Nothing was changed.`,
          `retentionMin:${minimum}`,
        );
      }
    }
    this.transaction(() => repository.write(patch));
    const settings = this.get();
    if (patch.language !== undefined || patch.theme !== undefined) {
      writePublicPrefs(this.dataDir, { language: settings.language, theme: settings.theme });
    }
    return settings;
  }

  /** Readable while the vault is locked. */
  publicSettings(): PublicSettings {
    return readPublicPrefs(this.dataDir);
  }
}
