import type { HandlerTable } from './dispatch';
import type { IdleLock } from './idle-lock';
import type { SettingsService } from './settings/settings-service';
import { estimatePassphrase } from './vault/passphrase-strength';
import type { VaultService } from './vault/vault-service';

export interface Services {
  vault: VaultService;
  settings: SettingsService;
  idleLock: IdleLock;
}

/** The request table: method name -> handler. Inputs arrive already parsed by dispatch. */
export function buildHandlers({ vault, settings, idleLock }: Services): HandlerTable {
  return {
    'vault.status': () => ({ state: vault.state() }),
    'vault.create': ({ passphrase }) => {
      vault.create(passphrase);
      return { state: 'unlocked' as const };
    },
    'vault.unlock': ({ passphrase }) => {
      vault.unlock(passphrase);
      return { state: 'unlocked' as const };
    },
    'vault.lock': () => {
      vault.lock();
      return { state: vault.state() };
    },
    'vault.touch': () => ({ state: vault.state() }),
    'vault.changePassphrase': ({ current, next }) => {
      vault.changePassphrase(current, next);
      return { changed: true as const };
    },
    'vault.passphraseStrength': ({ passphrase }) => estimatePassphrase(passphrase),
    'settings.get': () => settings.get(),
    'settings.public': () => {
      if (vault.state() !== 'unlocked') return settings.publicSettings();
      const { language, theme } = settings.get();
      return { language, theme };
    },
    'settings.update': (patch) => {
      const next = settings.update(patch);
      idleLock.setMinutes(next.idleLockMinutes);
      return next;
    },
  };
}
