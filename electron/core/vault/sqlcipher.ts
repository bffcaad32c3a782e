import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Create the file if it is missing (only when making a new vault). */
  create?: boolean;
  /** Where the Electron-ABI build of the SQLite module lives, when running inside Electron. */
  nativeBinding?: string;
}

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * The pragmas that key a connection, in the order that matters: cipher, legacy, key.
 * SQLite3MC's default legacy=0 writes files that stock SQLCipher refuses.
 */
export function keyPragmas(passphrase: string): string[] {
  return [`cipher=${quote('sqlcipher')}`, 'legacy=4', `key=${quote(passphrase)}`];
}

/** Opens a SQLCipher 4 database and applies the key. */
export function openKeyed(path: string, passphrase: string, options: OpenOptions = {}): Db {
  const db = new Database(path, {
    fileMustExist: !options.create,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    for (const pragma of keyPragmas(passphrase)) db.pragma(pragma);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** PRAGMA key answers ok even with a wrong key; the first read tells. */
export function keyIsRight(db: Db): boolean {
  try {
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') return false;
    throw err;
  }
}

/** The settings every connection needs; journal_mode after the key. */
export function applyConnectionPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // The package defaults to NORMAL under WAL and to temp files on disk, which are not encrypted.
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
}

export function rekey(db: Db, next: string): void {
  db.pragma(`rekey=${quote(next)}`);
}

export function quickCheck(db: Db): boolean {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}
