import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { VaultState } from '@shared/api/vault';
import { call } from '../../api/client';

export const VAULT_STATUS_KEY = ['vault.status'] as const;

/** The core locks itself after the idle time; polling is how the window finds out. */
const POLL_MS = 2_000;

export function useVaultStatus() {
  return useQuery({
    queryKey: VAULT_STATUS_KEY,
    queryFn: () => call('vault.status', {}),
    refetchInterval: POLL_MS,
    // A window left open in the background must still show the lock once the core has locked.
    refetchIntervalInBackground: true,
  });
}

export function setVaultState(client: QueryClient, state: VaultState): void {
  client.setQueryData(VAULT_STATUS_KEY, { state });
}
