import { z } from 'zod';
import { isoDateTime } from './common';
import { MAX_BACKUP_PATH, MAX_PASSPHRASE_LENGTH } from './constants';

export {
  DEFAULT_BACKUP_KEEP,
  DEFAULT_BACKUP_WARN_DAYS,
  MAX_BACKUP_KEEP,
  MAX_BACKUP_WARN_DAYS,
  MIN_BACKUP_KEEP,
  MIN_BACKUP_WARN_DAYS,
} from './constants';

/** A path the core may read or write: absolute (POSIX, a Windows drive or a UNC share), no NUL. */
export const absolutePath = z
  .string()
  .trim()
  .min(1)
  .max(MAX_BACKUP_PATH)
  .refine(
    (p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p) && !p.includes('\0'),
    'An absolute path, such as /home/me/Backups.',
  );

export const backupSchema = z.object({
  path: z.string(),
  createdAt: isoDateTime,
  /** Opened with the passphrase and passed SQLite's integrity check when it was written. */
  verified: z.boolean(),
  bytes: z.number().int().min(0),
});
export type Backup = z.infer<typeof backupSchema>;

const empty = z.strictObject({});

export const backupMethods = {
  /** Writes an encrypted copy of the vault to the backup folder and verifies it (progress as a 'backup' job). */
  'backups.run': {
    input: empty,
    output: backupSchema.pick({ path: true, createdAt: true, verified: true }),
  },
  /** The backups in the folder, newest first (readable while locked, so a damaged vault can be restored). */
  'backups.list': { input: empty, output: z.array(backupSchema) },
  'backups.status': {
    input: empty,
    output: z.object({ lastVerifiedAt: isoDateTime.nullable(), running: z.boolean() }),
  },
  /**
   * Replaces the vault with a backup, opened with that backup's passphrase; the vault it replaces
   * is kept aside beside it, never overwritten.
   */
  'backups.restore': {
    input: z.strictObject({ path: absolutePath, passphrase: z.string().min(1).max(MAX_PASSPHRASE_LENGTH) }),
    output: z.object({ keptAsidePath: z.string() }),
  },
} as const;
