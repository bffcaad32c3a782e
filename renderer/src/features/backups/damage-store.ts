import { useSyncExternalStore } from 'react';

/**
 * Whether the vault was found damaged (by the check after unlock, a later read, or an unlock
 * that answered CORRUPT_VAULT) and the clinician has not yet restored or set the notice aside.
 */
let damaged = false;
const listeners = new Set<() => void>();

export function setVaultDamaged(next: boolean): void {
  if (damaged === next) return;
  damaged = next;
  for (const listener of [...listeners]) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useVaultDamaged(): boolean {
  return useSyncExternalStore(subscribe, () => damaged);
}
