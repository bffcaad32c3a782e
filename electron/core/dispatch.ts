import { z } from 'zod';
import { contract, isMethodName, type MethodName, type ParsedInput, type MethodOutput } from '@shared/api/contract';
import type { ApiError, Result } from '@shared/api/errors';
import { AppError, corruptVault, diskFull, isCorruptionError, isDiskFull, isSignedTrigger } from './errors';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type HandlerTable = { [M in MethodName]: Handler<M> };

export interface DispatchHooks {
  /** Called once a request has passed validation, before its handler runs. */
  beforeHandler?: (method: MethodName) => void;
  /** Told about failures that are not the caller's fault. */
  onInternalError?: (method: string, err: unknown) => void;
  /** Told when a request ran into a damaged page of the vault. */
  onCorruption?: (method: MethodName) => void;
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

function toIssues(error: z.ZodError): NonNullable<ApiError['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

/**
 * The one door: look the method up, parse its input, run it, check its output.
 * An unknown method or an input that fails its schema never reaches a handler.
 */
export function createDispatcher(table: HandlerTable, hooks: DispatchHooks = {}) {
  return async function dispatch(method: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method)) {
      return fail({ code: 'UNKNOWN_METHOD', message: `There is no method called "${method.slice(0, 100)}".` });
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      return fail({ code: 'VALIDATION', message: 'The request was not valid.', issues: toIssues(parsed.error) });
    }
    try {
      hooks.beforeHandler?.(method);
      const handler = table[method] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        hooks.onInternalError?.(method, checked.error);
        return fail({
          code: 'INTERNAL',
          message: 'Trygg produced an answer it could not vouch for. Nothing more was done.',
        });
      }
      return { ok: true, value: checked.data };
    } catch (err) {
      if (err instanceof AppError) {
        return fail({ code: err.code, message: err.message, ...(err.reason ? { reason: err.reason } : {}) });
      }
      if (isSignedTrigger(err)) {
        return fail({ code: 'SIGNED', message: 'This record is signed and can no longer be changed.' });
      }
      if (isDiskFull(err)) {
        const e = diskFull();
        return fail({ code: e.code, message: e.message });
      }
      if (isCorruptionError(err)) {
        hooks.onCorruption?.(method);
        const e = corruptVault();
        return fail({ code: e.code, message: e.message });
      }
      hooks.onInternalError?.(method, err);
      return fail({ code: 'INTERNAL', message: 'Something went wrong inside Trygg. Your records were not changed.' });
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
