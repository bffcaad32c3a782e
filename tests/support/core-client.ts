import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiError } from '@shared/api/errors';
import { createCore, type Core, type CoreOptions } from '../../electron/core';

/** A core over a real temporary vault, with typed calls for tests. */
export function testCore(dataDir: string, now?: () => Date, options: Omit<CoreOptions, 'dataDir' | 'now'> = {}) {
  const core: Core = createCore({ dataDir, ...(now ? { now } : {}), ...options });
  async function ok<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value as MethodOutput<M>;
  }
  async function fails(method: string, input?: unknown): Promise<ApiError> {
    const result = await core.dispatch(method, input);
    if (result.ok) throw new Error(`${method} should have failed but answered ${JSON.stringify(result.value)}`);
    return result.error;
  }
  return { core, ok, fails, close: () => core.close() };
}
