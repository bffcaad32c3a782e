import type { ErrorCode } from '@shared/api/errors';
import { ApiCallError, TransportError } from '../api/api-errors';
import type { TranslationKey } from '../i18n/resources';

/** Codes with a message of their own; the rest are failures the clinician cannot act on. */
const KEY_BY_CODE: Partial<Record<ErrorCode, TranslationKey>> = {
  WRONG_PASSPHRASE: 'error.WRONG_PASSPHRASE',
  CORRUPT_VAULT: 'error.CORRUPT_VAULT',
  WEAK_PASSPHRASE: 'error.WEAK_PASSPHRASE',
  VAULT_EXISTS: 'error.VAULT_EXISTS',
  NO_VAULT: 'error.NO_VAULT',
  LOCKED: 'error.LOCKED',
  CANCELLED: 'error.CANCELLED',
  DISK_FULL: 'error.DISK_FULL',
  VALIDATION: 'error.VALIDATION',
  RETENTION: 'error.RETENTION',
};

/** Reasons that say more than their code (a backup folder, a damaged backup). */
const KEY_BY_REASON: Record<string, TranslationKey> = {
  noBackupFolder: 'error.reason.noBackupFolder',
  backupFolderUnusable: 'error.reason.backupFolderUnusable',
  backupDamaged: 'error.reason.backupDamaged',
  backupIsFolder: 'error.reason.backupIsFolder',
  exportUnwritable: 'error.reason.exportUnwritable',
  backupTooNew: 'error.reason.backupTooNew',
  confirmName: 'error.reason.confirmName',
};

export function errorMessageKey(err: unknown): TranslationKey {
  const reason = err instanceof ApiCallError ? err.error.reason : undefined;
  if (reason !== undefined && Object.hasOwn(KEY_BY_REASON, reason)) return KEY_BY_REASON[reason] as TranslationKey;
  if (err instanceof ApiCallError) return KEY_BY_CODE[err.code] ?? 'error.generic';
  if (err instanceof TransportError) return 'error.unreachable';
  return 'error.generic';
}
