import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Kept outside the vault, beside it: the backup folder (so a vault that will not open can still
 * be restored) and the data directory's tag that names its backups. No records, no names.
 */
export const LOCATION_FILE = 'backups.json';

export interface BackupLocation {
  folder: string | null;
  tag: string;
}

const TAG = /^[a-z0-9]{8}$/;

export function readLocation(dataDir: string): BackupLocation {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, LOCATION_FILE), 'utf8')) as Partial<BackupLocation>;
    const folder = typeof value.folder === 'string' ? value.folder : null;
    if (typeof value.tag === 'string' && TAG.test(value.tag)) return { folder, tag: value.tag };
    return { folder, tag: newTag() };
  } catch {
    return { folder: null, tag: newTag() };
  }
}

export function writeLocation(dataDir: string, location: BackupLocation): void {
  const path = join(dataDir, LOCATION_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(location)}\n`);
  renameSync(`${path}.tmp`, path);
}

function newTag(): string {
  return randomBytes(8)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 8);
}
