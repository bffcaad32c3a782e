import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiErrorCode, TransportError } from '../api/api-errors';
import { setVaultState } from '../features/vault/vault-status';

/** Only a missed connection is worth retrying; a refusal from the core will not change. */
function shouldRetry(failureCount: number, error: Error): boolean {
  return error instanceof TransportError && error.problem === 'unreachable' && failureCount < 2;
}

/**
 * One cache for all server state. Any request refused with LOCKED means the core has locked the
 * vault (idle time, suspend, another window): show the unlock screen at once.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: Error) => {
    if (isApiErrorCode(error, 'LOCKED')) setVaultState(client, 'locked');
  };
  const client = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry },
      // Passphrases travel as mutation variables: keep no finished mutation around.
      mutations: { retry: false, gcTime: 0 },
    },
  });
  return client;
}
