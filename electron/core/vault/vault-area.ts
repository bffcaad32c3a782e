import { defineArea } from '../app/area';
import { estimatePassphrase } from './passphrase-strength';
import type { VaultService } from './vault-service';

export function createVaultArea(vault: VaultService) {
  return defineArea({
    name: 'vault',
    handlers: {
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
      // The door tells the idle lock of every request; this one only asks for that.
      'vault.touch': () => ({ state: vault.state() }),
      'vault.changePassphrase': async ({ current, next }) => {
        await vault.changePassphrase(current, next);
        return { changed: true as const };
      },
      'vault.passphraseStrength': ({ passphrase }) => estimatePassphrase(passphrase),
    },
  });
}
