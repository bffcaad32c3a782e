import { z } from 'zod';

/** The closed list of error codes any method may answer with. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'NO_VAULT',
  'VAULT_EXISTS',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'CORRUPT_VAULT',
  'NOT_FOUND',
  'CONFLICT',
  'CANCELLED',
  'DISK_FULL',
  'SIGNED',
  /** The record is still inside its retention period (an erasure then needs a legal reason). */
  'RETENTION',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const validationIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** A machine-readable detail the UI can translate (for example why a passphrase is weak). */
  reason: z.string().optional(),
  issues: z.array(validationIssueSchema).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
