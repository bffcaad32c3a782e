import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** SQLCipher 4's page size; an intact vault file is a whole number of pages. */
export const PAGE_SIZE = 4096;
const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type VaultFileShape = 'missing' | 'folder' | 'plausible' | 'not-a-vault';

/**
 * What can be told about a vault file without its key. An encrypted page is indistinguishable
 * from random bytes, so this only catches what is certainly not a vault: an empty or truncated
 * file, or a plain (unencrypted) SQLite database; and a folder given where a file belongs.
 */
export function inspectVaultFile(path: string): VaultFileShape {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch {
    return 'missing';
  }
  if (stat.isDirectory()) return 'folder';
  // A device or a pipe is no vault, and reading one may never end.
  if (!stat.isFile()) return 'not-a-vault';
  const { size } = stat;
  if (size < PAGE_SIZE || size % PAGE_SIZE !== 0) return 'not-a-vault';
  const head = Buffer.alloc(PLAIN_SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(PLAIN_SQLITE_HEADER) ? 'not-a-vault' : 'plausible';
}
