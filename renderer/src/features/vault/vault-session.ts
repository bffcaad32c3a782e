import type { QueryClient } from '@tanstack/react-query';
import { HOST_CAPABILITIES_KEY } from '../../api/host';
import { VAULT_STATUS_KEY } from './vault-status';

/** Queries that answer while the vault is locked; everything else is vault data. */
const READABLE_WHILE_LOCKED = new Set<unknown>([VAULT_STATUS_KEY[0], 'settings.public', HOST_CAPABILITIES_KEY[0]]);

/** Drops every cached answer that came out of the vault, so nothing of it outlives the lock. */
export function forgetVaultData(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => !READABLE_WHILE_LOCKED.has(query.queryKey[0]) });
}
