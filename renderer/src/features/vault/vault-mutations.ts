import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { setVaultState } from './vault-status';

export function useCreateVault() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (passphrase: string) => call('vault.create', { passphrase }),
    onSuccess: ({ state }) => setVaultState(client, state),
  });
}

export function useUnlockVault() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (passphrase: string) => call('vault.unlock', { passphrase }),
    onSuccess: ({ state }) => setVaultState(client, state),
  });
}

export function useLockVault() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('vault.lock', {}),
    onSuccess: ({ state }) => setVaultState(client, state),
  });
}

/** Tells the core the clinician is at work, which postpones its idle lock. */
export function useTouchVault() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('vault.touch', {}),
    onSuccess: ({ state }) => {
      if (state !== 'unlocked') setVaultState(client, state);
    },
  });
}

export function useChangePassphrase() {
  return useMutation({
    mutationFn: (input: { current: string; next: string }) => call('vault.changePassphrase', input),
  });
}
