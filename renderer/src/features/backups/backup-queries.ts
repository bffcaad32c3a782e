import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { setVaultState } from '../vault/vault-status';

/** Query keys of the backups area, built here only. */
export const backupKeys = {
  all: () => ['backups'] as const,
  status: () => ['backups', 'status'] as const,
  list: () => ['backups', 'list'] as const,
};

const HOUR_MS = 60 * 60 * 1000;

export function useBackupStatus(enabled = true) {
  return useQuery({
    queryKey: backupKeys.status(),
    queryFn: () => call('backups.status', {}),
    enabled,
    refetchInterval: HOUR_MS,
  });
}

export function useBackupList(enabled = true) {
  return useQuery({ queryKey: backupKeys.list(), queryFn: () => call('backups.list', {}), enabled });
}

export function useRunBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.run', {}),
    onSettled: () => client.invalidateQueries({ queryKey: backupKeys.all() }),
  });
}

/** Replaces the vault with a backup; afterwards everything on screen came from another vault. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { path: string; passphrase: string }) => call('backups.restore', input),
    onSuccess: async () => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'vault.status' });
      setVaultState(client, 'unlocked');
      await client.invalidateQueries({ queryKey: backupKeys.all() });
    },
  });
}
