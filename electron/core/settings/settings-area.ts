import type { Settings } from '@shared/api/settings';
import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { SettingsRepository } from './settings-repository';
import { SettingsService } from './settings-service';

export interface SettingsDeps {
  /** Whether the vault is open (the public settings are read from outside it when it is not). */
  unlocked: () => boolean;
  /** Told of the idle-lock minutes whenever the vault opens or they change. */
  idleMinutesChanged: (minutes: number) => void;
  /** Told of the settings after every update. */
  changed?: (next: Settings) => void;
}

export function createSettingsArea(ctx: CoreContext, dataDir: string, deps: SettingsDeps) {
  const service = new SettingsService(
    dataDir,
    perVault(ctx, (db) => new SettingsRepository(db)),
    (fn) => ctx.transaction(fn),
  );
  const area = defineArea({
    name: 'settings',
    handlers: {
      'settings.get': () => service.get(),
      'settings.public': () => {
        if (!deps.unlocked()) return service.publicSettings();
        const { language, theme } = service.get();
        return { language, theme };
      },
      'settings.update': (patch) => {
        const next = service.update(patch);
        deps.idleMinutesChanged(next.idleLockMinutes);
        deps.changed?.(next);
        return next;
      },
    },
    onUnlock: () => deps.idleMinutesChanged(service.get().idleLockMinutes),
  });
  return { area, service };
}
