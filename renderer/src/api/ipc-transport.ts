import type { TryggBridge } from '@shared/api/bridge';
import type { Transport } from './transport';

/** The Electron preload's bridge (one function, nothing else), or null in a plain browser. */
export function findIpcTransport(): Transport | null {
  const bridge: Partial<TryggBridge> | undefined = window.trygg;
  return typeof bridge?.call === 'function' ? bridge.call.bind(bridge) : null;
}
