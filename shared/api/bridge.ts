import type { Result } from './errors';

/**
 * What the Electron preload puts on `window.trygg`: one function, the same door the web host's
 * POST /rpc/:method opens. Absent in a plain browser, so the renderer checks `window.trygg?.call`.
 */
export interface TryggBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    trygg?: TryggBridge;
  }
}
