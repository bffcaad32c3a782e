import type { ErrorCode } from '@shared/api/errors';

/** An expected failure that the caller can act on; anything else becomes INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const CORRUPT_SQLITE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

export function isCorruptionError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPT_SQLITE_CODES.has(code.split('_').slice(0, 2).join('_'));
}

export const corruptVault = (): AppError =>
  new AppError(
    'CORRUPT_VAULT',
    'The vault file is damaged or is not a Trygg vault. Nothing was changed; restore it from a backup.',
  );

/** SQLite's SQLITE_FULL, or the file system's ENOSPC: the disk has no room for the write. */
export function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_FULL') || code === 'ENOSPC');
}

export const diskFull = (): AppError =>
  new AppError(
    'DISK_FULL',
    'The disk is full, so this was not saved. Everything saved before is safe. Free some space, then try again.',
  );

/** The vault's triggers refuse changes to signed records with RAISE(ABORT, 'SIGNED'). */
export function isSignedTrigger(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT') && e.message === 'SIGNED';
}
