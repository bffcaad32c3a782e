import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { ApiCallError } from './api-errors';
import { createHttpTransport } from './http-transport';
import { findIpcTransport } from './ipc-transport';
import type { Transport } from './transport';
import { readToken } from './web-token';

/** In the desktop app the preload's bridge carries requests; in a browser, the web host does. */
export const isWebMode = (): boolean => findIpcTransport() === null;

let transport: Transport | undefined;
/** The door itself, for the few callers typed from a table of their own (see jobs.ts). */
export const getTransport = (): Transport => (transport ??= findIpcTransport() ?? createHttpTransport(readToken));

/**
 * Calls one method of the contract. Its types come from the same zod schemas the core checks, so
 * a renamed field breaks the build; the core validates both sides, so the answer is trusted here.
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await getTransport()(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as MethodOutput<M>;
}
