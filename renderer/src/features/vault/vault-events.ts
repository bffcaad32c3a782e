import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useCoreEvent, useEventConnection } from '../../api/core-events';
import type { ConnectionState } from '../../api/event-transport';
import { setVaultState, VAULT_STATUS_KEY } from './vault-status';

/**
 * Keeps the vault's state current from the core's events: a lock from anywhere (another tab,
 * the idle timer, suspend) shows the unlock screen at once, an unlock elsewhere opens this
 * window too. Whenever the stream reopens after a break, events may have been missed, so the
 * status is asked again. Returns the stream's state.
 */
export function useVaultEvents(): ConnectionState {
  const client = useQueryClient();
  const connection = useEventConnection();
  useCoreEvent('vault.locked', () => setVaultState(client, 'locked'));
  useCoreEvent('vault.unlocked', () => setVaultState(client, 'unlocked'));

  // Back from sleep (the lid opened, the tab shown again): the core checks the idle time by the
  // wall clock on every request, so asking is enough to lock at once if the time has passed.
  useEffect(() => {
    const ask = () => {
      if (document.visibilityState === 'visible') void client.refetchQueries({ queryKey: VAULT_STATUS_KEY });
    };
    document.addEventListener('visibilitychange', ask);
    window.addEventListener('focus', ask);
    window.addEventListener('pageshow', ask);
    return () => {
      document.removeEventListener('visibilitychange', ask);
      window.removeEventListener('focus', ask);
      window.removeEventListener('pageshow', ask);
    };
  }, [client]);

  // The first answer needs no help: the status query waits for the stream, then asks.
  const previous = useRef<ConnectionState>(connection);
  useEffect(() => {
    if (previous.current === 'retrying' && connection !== 'retrying') {
      void client.refetchQueries({ queryKey: VAULT_STATUS_KEY });
    }
    previous.current = connection;
  }, [client, connection]);

  return connection;
}
