import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { TransportError } from '../api/api-errors';
import { forgetToken } from '../api/web-token';
import { useCoreEvent } from '../api/core-events';
import { DamagedVaultScreen } from '../features/backups/DamagedVaultScreen';
import { setVaultDamaged, useVaultDamaged } from '../features/backups/damage-store';
import { CreateVaultScreen } from '../features/vault/CreateVaultScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { useVaultEvents } from '../features/vault/vault-events';
import { forgetVaultData } from '../features/vault/vault-session';
import { useVaultStatus } from '../features/vault/vault-status';
import { ConnectionScreen } from './ConnectionScreen';
import { LoadingScreen } from './LoadingScreen';
import { useAppearance } from './use-appearance';

// Everything behind the lock (clients, notes, settings) loads after unlocking: the unlock screen
// never downloads it.
const AppFrame = lazy(() => import('./AppFrame').then((module) => ({ default: module.AppFrame })));

/** Shows the screen the vault's state calls for; the core's events show a lock at once. */
export function VaultGate() {
  const client = useQueryClient();
  const connection = useVaultEvents();
  // Until the stream has answered one way or another, asking would leave a window for a missed lock.
  const status = useVaultStatus(connection !== 'connecting');
  const state = status.data?.state;
  const unauthorized = status.error instanceof TransportError && status.error.problem === 'unauthorized';
  useAppearance(state);
  const damaged = useVaultDamaged();
  useCoreEvent('vault.damaged', () => setVaultDamaged(true));

  useEffect(() => {
    if (state !== undefined && state !== 'unlocked') forgetVaultData(client);
  }, [client, state]);

  useEffect(() => {
    // The web host makes a new token at every start: an old one will never work again.
    if (unauthorized) forgetToken();
  }, [unauthorized]);

  // A failed check hides whatever was on screen: the vault's state is unknown.
  if (unauthorized) return <ConnectionScreen problem="expired" />;
  if (status.isError) return <ConnectionScreen problem="unreachable" onRetry={() => void status.refetch()} />;
  if (state === undefined) return <LoadingScreen />;
  if (damaged) return <DamagedVaultScreen />;
  if (state === 'none') return <CreateVaultScreen />;
  if (state === 'locked') return <UnlockScreen />;
  return (
    <Suspense fallback={<LoadingScreen />}>
      <AppFrame />
    </Suspense>
  );
}
