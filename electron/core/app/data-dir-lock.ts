import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';

/** The file the operating system locks, and the note beside it that names the holder. */
export const LOCK_FILE = 'trygg.lock';
export const HOLDER_FILE = 'trygg.lock.json';

export interface LockHolder {
  pid: number;
  /** What holds it, in words ("the web host", "the desktop app"). */
  what: string;
  since: string;
  host: string;
}

export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(
      holder
        ? `The data directory ${dataDir} is in use by another Trygg: ${holder.what}, process ${holder.pid} on ${holder.host}, since ${holder.since}. ` +
            'Only one Trygg may open a vault at a time; use that one, or quit it first.'
        : `The data directory ${dataDir} is in use by another Trygg. Only one Trygg may open a vault at a time; quit the other first.`,
    );
    this.name = 'DataDirInUse';
  }
}

function readHolder(dataDir: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.what !== 'string') return undefined;
    return { pid: value.pid, what: value.what, since: String(value.since), host: String(value.host) };
  } catch {
    return undefined;
  }
}

/**
 * One core per data directory. The lock is an operating-system file lock (SQLite's exclusive
 * locking mode on a small lock database: fcntl on POSIX, LockFileEx on Windows), so the kernel
 * releases it the moment its process ends, however it ends: a killed process never leaves a
 * stale lock, and nothing has to guess from timestamps or process ids whether a holder is alive.
 * The JSON note only names the holder for the refusal's message; a stale note is overwritten.
 */
export function lockDataDir(dataDir: string, what: string, nativeBinding?: string): () => void {
  const db = new Database(join(dataDir, LOCK_FILE), {
    timeout: 0,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // No journal file beside it: in exclusive mode a rollback journal would stay on disk.
    db.pragma('journal_mode = MEMORY');
    // The first write takes the exclusive lock; locking_mode=EXCLUSIVE keeps it until close.
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (at TEXT); COMMIT;');
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY'))
      throw new DataDirInUse(dataDir, readHolder(dataDir));
    throw err;
  }
  const holder: LockHolder = { pid: process.pid, what, since: new Date().toISOString(), host: hostname() };
  const note = join(dataDir, HOLDER_FILE);
  writeFileSync(`${note}.tmp`, `${JSON.stringify(holder)}\n`);
  renameSync(`${note}.tmp`, note);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    db.close();
  };
}
