const DAY_MS = 24 * 60 * 60 * 1000;

export type BackupHealth = 'off' | 'none' | 'stale' | 'fresh';

/**
 * What the status line says: no folder chosen (off), a folder but no verified backup yet (none),
 * the last verified one older than the clinician's warning age (stale), or recent enough (fresh).
 */
export function backupHealth(
  folder: string | null,
  lastVerifiedAt: string | null,
  warnDays: number,
  now: number,
): BackupHealth {
  if (!folder) return 'off';
  if (!lastVerifiedAt) return 'none';
  return now - Date.parse(lastVerifiedAt) > warnDays * DAY_MS ? 'stale' : 'fresh';
}
