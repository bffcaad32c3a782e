import type { Result } from './errors';
import type { CoreEvent } from './events';

/**
 * What the Electron preload puts on `window.trygg`: the door the web host's POST /rpc/:method
 * opens, the core's events (the web host's GET /events), and the shell's capabilities (the web
 * host's browser equivalents). Absent in a plain browser, so the renderer checks `window.trygg?.call`.
 */
export interface TryggBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Calls `listener` with each event the core sends; the returned function stops it. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
  host(capability: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    trygg?: TryggBridge;
  }
}
