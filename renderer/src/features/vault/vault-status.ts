import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { VaultState } from '@shared/api/vault';
import { call } from '../../api/client';

export const VAULT_STATUS_KEY = ['vault.status'] as const;

/**
 * The vault's state. Asked once the event stream is open (so no lock between the answer and the
 * stream goes unseen) and again whenever the stream reopens; between those, the core's
 * vault.locked and vault.unlocked events keep it current (vault-events.ts), so it never polls.
 */
export function useVaultStatus(enabled: boolean) {
  return useQuery({
    queryKey: VAULT_STATUS_KEY,
    queryFn: () => call('vault.status', {}),
    enabled,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function setVaultState(client: QueryClient, state: VaultState): void {
  client.setQueryData(VAULT_STATUS_KEY, { state });
}
