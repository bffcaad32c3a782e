import type { ApiError } from '@shared/api/errors';

/** Trygg answered, and the answer was a refusal with one of the contract's error codes. */
export class ApiCallError extends Error {
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.error = error;
  }

  get code(): ApiError['code'] {
    return this.error.code;
  }
}

/**
 * No usable answer arrived: the web link's token is missing or no longer valid (the web host
 * makes a new one at every start), Trygg could not be reached, or it answered something that is
 * not a Result.
 */
export type TransportProblem = 'unauthorized' | 'unreachable' | 'malformed';

export class TransportError extends Error {
  readonly problem: TransportProblem;

  constructor(problem: TransportProblem, message: string) {
    super(message);
    this.name = 'TransportError';
    this.problem = problem;
  }
}

export function isApiErrorCode(err: unknown, code: ApiError['code']): boolean {
  return err instanceof ApiCallError && err.code === code;
}
