import type { Result } from '@shared/api/errors';

/** Sends one request through the one door and hands back its Result untouched. */
export type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;
