import {
  DEFAULT_IDLE_LOCK_MINUTES,
  settingsSchema,
  type PublicSettings,
  type Settings,
} from '@shared/api/settings';
import type { Db } from '../vault/sqlcipher';
import { DEFAULT_PUBLIC_SETTINGS, readPublicPrefs, writePublicPrefs } from './public-prefs';
import { SettingsRepository } from './settings-repository';

const DEFAULTS: Settings = {
  ...DEFAULT_PUBLIC_SETTINGS,
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  practiceName: '',
};

export class SettingsService {
  private repo: SettingsRepository | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly connection: () => Db,
  ) {}

  /** Statements are prepared once per unlocked vault. */
  private repository(): SettingsRepository {
    const db = this.connection();
    this.repo ??= new SettingsRepository(db);
    return this.repo;
  }

  forget(): void {
    this.repo = undefined;
  }

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
    const db = this.connection();
    db.transaction(() => this.repository().write(patch))();
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
