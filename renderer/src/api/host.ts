import { useQuery } from '@tanstack/react-query';
import type { HostCapability, HostInput, HostOutput } from '@shared/api/host';
import { ApiCallError } from './api-errors';
import { browserHost } from './browser-host';

export const HOST_CAPABILITIES_KEY = ['host.capabilities'] as const;

/**
 * Asks the shell for something only it can do (print, a file dialog, the clipboard): Electron
 * main in the app, the browser's own equivalents on the web host. Typed from shared/api/host.ts
 * and failing like `call`, with an ApiCallError; an absent capability fails with UNKNOWN_METHOD.
 */
export async function host<C extends HostCapability>(capability: C, input: HostInput<C>): Promise<HostOutput<C>> {
  const bridge = window.trygg;
  const result =
    typeof bridge?.host === 'function' ? await bridge.host(capability, input) : await browserHost(capability, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as HostOutput<C>;
}

/** Which capabilities this host has, so the UI can hide what is absent (undefined while asking). */
export function useHostCapabilities(): ReadonlySet<HostCapability> | undefined {
  const { data } = useQuery({
    queryKey: HOST_CAPABILITIES_KEY,
    queryFn: async () => new Set((await host('host.capabilities', {})).available),
    staleTime: Infinity,
  });
  return data;
}
